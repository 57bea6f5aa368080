import { BadUserInputError } from '../errors/app-errors';
import { cursorCodec, decodeCursor, encodeCursor, pageSize, toPage } from './cursor';

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

describe('cursorCodec', () => {
  const codec = cursorCodec({ createdAt: 'timestamp', id: 'uuid' });
  const id = '0b7c3f5e-9d1a-4c2b-8e3f-1a2b3c4d5e6f';

  it('round-trips a named key and writes the same cursor as encodeCursor', () => {
    const at = new Date('2026-03-01T10:00:00.123Z');
    const cursor = codec.encode({ createdAt: at, id });
    expect(cursor).toBe(encodeCursor([at.toISOString(), id]));
    expect(codec.decode(cursor)).toEqual({ createdAt: at.toISOString(), id });
    expect(codec.decode(null)).toBeNull();
    expect(codec.decode(undefined)).toBeNull();
  });

  it.each([
    ['a forged id', encodeCursor(['2026-03-01T10:00:00.000Z', 'x'])],
    ['a forged time', encodeCursor(['yesterday', id])],
    ['the wrong shape', encodeCursor([id])],
    ['not a cursor', 'bm9wZQ'],
  ])('refuses %s as BAD_USER_INPUT on the given path', (_name, cursor) => {
    let error: unknown;
    try {
      codec.decode(cursor, ['args', 'after']);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BadUserInputError);
    expect((error as BadUserInputError).problems[0].path).toEqual(['args', 'after']);
  });

  it('bounds offsets and bigserial ids', () => {
    const offset = cursorCodec({ offset: 'offset' }, { max: 100 });
    expect(offset.decode(offset.encode({ offset: 100 }))).toEqual({ offset: 100 });
    expect(() => offset.decode(encodeCursor([101]))).toThrow(BadUserInputError);
    expect(() => offset.decode(encodeCursor([-1]))).toThrow(BadUserInputError);
    expect(() => offset.decode(encodeCursor([1.5]))).toThrow(BadUserInputError);
    const serial = cursorCodec({ id: 'serial' });
    expect(serial.decode(encodeCursor(['9223372036854775807']))).toEqual({
      id: '9223372036854775807',
    });
    expect(() => serial.decode(encodeCursor(['9223372036854775808']))).toThrow(BadUserInputError);
    expect(() => serial.decode(encodeCursor(['12a']))).toThrow(BadUserInputError);
  });

  it('pages rows with cursors of their keys', () => {
    const rows = [1, 2, 3].map((n) => ({ createdAt: new Date(n * 1000), id }));
    const page = codec.page(rows, 2, (r) => r);
    expect(page.hasNextPage).toBe(true);
    expect(codec.decode(page.cursors[1])?.createdAt).toBe(new Date(2000).toISOString());
  });
});
