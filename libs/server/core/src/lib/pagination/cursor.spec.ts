import { BadUserInputError } from '../errors/app-errors';
import { decodeCursor, encodeCursor, pageSize, toPage } from './cursor';

describe('cursors', () => {
  it('round-trips values', () => {
    const c = encodeCursor(['2026-01-01T00:00:00.000Z', 42]);
    expect(decodeCursor(c, ['string', 'number'])).toEqual(['2026-01-01T00:00:00.000Z', 42]);
  });

  it.each([
    ['not base64!'],
    [Buffer.from('{"a":1}').toString('base64url')],
    [encodeCursor(['x'])],
    [encodeCursor([1, 2])],
    ["' OR 1=1 --"],
    ['x'.repeat(600)],
  ])('rejects a malformed or tampered cursor %p as BAD_USER_INPUT', (cursor) => {
    expect(() => decodeCursor(cursor, ['string', 'number'])).toThrow(BadUserInputError);
  });
});

describe('pageSize', () => {
  it('defaults to 20 and accepts 1..100', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(1)).toBe(1);
    expect(pageSize(100)).toBe(100);
  });
  it.each([0, -1, 101, 100000, 2.5])('rejects %p', (n) => {
    expect(() => pageSize(n)).toThrow(BadUserInputError);
  });
});

describe('toPage', () => {
  it('reports a next page when more rows than the limit came back', () => {
    const page = toPage([{ id: 1 }, { id: 2 }, { id: 3 }], 2, (r) => [r.id]);
    expect(page.nodes).toHaveLength(2);
    expect(page.hasNextPage).toBe(true);
    expect(decodeCursor(page.cursors[1], ['number'])).toEqual([2]);
  });
});
