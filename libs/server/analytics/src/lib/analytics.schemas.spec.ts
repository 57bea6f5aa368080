import { BadUserInputError, validateInput } from '@outloud/server-core';
import { analyticsRangeSchema, toRange } from './analytics.schemas';

const parse = (input: unknown) => validateInput(analyticsRangeSchema, input);

describe('analytics range', () => {
  it('defaults to the last 30 days ending today, compared with the 30 days before', () => {
    expect(toRange(parse({}), '2026-03-31')).toEqual({
      from: '2026-03-02',
      to: '2026-03-31',
      days: 30,
      previousFrom: '2026-01-31',
      previousTo: '2026-03-01',
    });
  });

  it('counts days back from an explicit end, across a leap day', () => {
    expect(toRange(parse({ days: 7, to: '2028-03-02' }), '2030-01-01')).toMatchObject({
      from: '2028-02-25',
      to: '2028-03-02',
      days: 7,
      previousTo: '2028-02-24',
    });
  });

  it('takes an explicit range of up to two years (731 days with a leap day)', () => {
    expect(toRange(parse({ from: '2024-01-01', to: '2025-12-31' })).days).toBe(731);
    expect(toRange(parse({ days: 731, to: '2026-12-31' })).from).toBe('2024-12-31');
  });

  it.each([
    [{ days: 732 }, 'input.days'],
    [{ days: 0 }, 'input.days'],
    [{ days: 2.5 }, 'input.days'],
    [{ from: '2024-01-01', to: '2026-01-01' }, 'input.from'],
    [{ from: '2026-02-02', to: '2026-02-01' }, 'input.from'],
    [{ from: '2026-02-30' }, 'input.from'],
    [{ to: '31/01/2026' }, 'input.to'],
    [{ days: 7, from: '2026-01-01' }, 'input.from'],
  ])('refuses %j with a field error on %s', (input, path) => {
    try {
      parse(input);
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(BadUserInputError);
      expect((error as BadUserInputError).details.fields).toEqual(
        expect.arrayContaining([{ path, message: expect.any(String) }]),
      );
    }
  });
});
