import { backoffDelay } from '../backoff';
import { RoomRegistry } from '../room-registry';

describe('backoffDelay', () => {
  it('doubles up to 30 s, with jitter between half and all of it', () => {
    expect(backoffDelay(0, () => 1)).toBe(1_000);
    expect(backoffDelay(0, () => 0)).toBe(500);
    expect(backoffDelay(3, () => 1)).toBe(8_000);
    expect(backoffDelay(20, () => 1)).toBe(30_000);
  });
});

describe('RoomRegistry', () => {
  it('joins once for two holders and leaves after the last one', () => {
    const rooms = new RoomRegistry();
    expect(rooms.add('post:1')).toBe(true);
    expect(rooms.add('post:1')).toBe(false);
    expect(rooms.rooms()).toEqual(['post:1']);
    expect(rooms.remove('post:1')).toBe(false);
    expect(rooms.remove('post:1')).toBe(true);
    expect(rooms.remove('post:1')).toBe(false);
    expect(rooms.rooms()).toEqual([]);
  });
});
