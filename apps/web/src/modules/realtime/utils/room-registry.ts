import type { JoinableRoom } from '@outloud/contracts';

/**
 * Counts who wants each room so two components on one room share one join, and says which rooms
 * to join again after a reconnect.
 */
export class RoomRegistry {
  private readonly counts = new Map<JoinableRoom, number>();

  /** True when this is the first holder: join now. */
  add(room: JoinableRoom): boolean {
    const count = this.counts.get(room) ?? 0;
    this.counts.set(room, count + 1);
    return count === 0;
  }

  /** True when this was the last holder: leave now. */
  remove(room: JoinableRoom): boolean {
    const count = this.counts.get(room) ?? 0;
    if (count <= 1) {
      this.counts.delete(room);
      return count === 1;
    }
    this.counts.set(room, count - 1);
    return false;
  }

  rooms(): JoinableRoom[] {
    return [...this.counts.keys()];
  }
}
