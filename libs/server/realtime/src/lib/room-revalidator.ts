import { Injectable, Logger } from '@nestjs/common';
import { RoomAccess } from './room-access';
import { SocketServer } from './socket-server';

/**
 * Access can end while a socket is connected (removed from a community, community turned
 * restricted): re-ask the access check for every post/community room of the affected sockets,
 * on every node (fetchSockets goes through the Redis adapter), and leave the ones now refused.
 */
@Injectable()
export class RoomRevalidator {
  private readonly logger = new Logger('RoomRevalidator');

  constructor(
    private readonly sockets: SocketServer,
    private readonly access: RoomAccess,
  ) {}

  async revalidate(room: string): Promise<void> {
    const io = this.sockets.io;
    if (!io) return;
    const affected = await io.in(room).fetchSockets();
    for (const socket of affected) {
      for (const joined of socket.rooms) {
        if (!joined.startsWith('post:') && !joined.startsWith('community:')) continue;
        if (!(await this.access.mayJoin(socket.data.viewer, joined))) {
          socket.leave(joined);
          this.logger.debug(`${socket.data.viewer.id} left ${joined}`);
        }
      }
    }
  }
}
