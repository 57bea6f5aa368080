import { sanitizeHighlight } from '../../components/highlight';
import { readSearchParams, toSearchVariables, writeSearchParams } from '../search-params';

describe('search params', () => {
  it('reads and writes the address, ignoring bad values', () => {
    const state = readSearchParams(
      new URLSearchParams('q=vpn&type=PERSON&tag=%23net&answered=1&from=2026-01-02&to=nope'),
    );
    expect(state).toEqual({
      q: 'vpn',
      type: 'PERSON',
      tag: 'net',
      answered: true,
      from: '2026-01-02',
      to: null,
      exact: false,
    });
    expect(writeSearchParams(state).toString()).toBe(
      'q=vpn&type=PERSON&tag=net&answered=1&from=2026-01-02',
    );
    expect(readSearchParams(new URLSearchParams('type=EVIL')).type).toBe('ALL');
    const exact = readSearchParams(new URLSearchParams('q=accpeted&exact=1'));
    expect(exact.exact).toBe(true);
    expect(writeSearchParams(exact).toString()).toBe('q=accpeted&exact=1');
  });

  it('maps filters to the API; post-only filters narrow to posts; "to" covers its day', () => {
    const base = readSearchParams(new URLSearchParams('q=x'));
    expect(toSearchVariables(base)).toEqual({ types: null, filters: null });
    expect(toSearchVariables({ ...base, answered: true, to: '2026-03-31' })).toEqual({
      types: ['POST'],
      filters: { answeredOnly: true, to: '2026-04-01T00:00:00.000Z' },
    });
    expect(toSearchVariables({ ...base, type: 'PERSON' }).types).toEqual(['PERSON']);
  });
});

describe('sanitizeHighlight', () => {
  it('keeps only <mark>', () => {
    expect(sanitizeHighlight('a <mark>vpn</mark> <img src=x onerror=alert(1)>b')).toBe(
      'a <mark>vpn</mark> b',
    );
  });
});
