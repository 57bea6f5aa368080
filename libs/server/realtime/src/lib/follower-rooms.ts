import { Injectable, Logger } from '@nestjs/common';
import { StreamReader } from '@outloud/stream';
import { followersRoom, OutloudServer, OutloudSocket, userRoom } from './socket-types';

/**
 * Keeps each socket in the followers' room of everyone its person follows: joined at connect,
 * and changed on every node (through the adapter) when the person follows or unfollows.
 */
@Injectable()
export class FollowerRooms {
  private readonly logger = new Logger('FollowerRooms');

  constructor(private readonly stream: StreamReader) {}

  /**
   * Called once the socket is in its person's room: a follow that commits while this reads is
   * either in what it reads or applied by `followChanged` to the person's room, which holds the
   * socket already.
   */
  async joinAtConnect(socket: OutloudSocket): Promise<void> {
    try {
      const followees = await this.stream.followeeIds(socket.data.viewer.id);
      if (socket.connected && followees.length) await socket.join(followees.map(followersRoom));
    } catch (error) {
      // The socket still hears its own events; banners about followed people wait for a reconnect.
      this.logger.warn(`Follower rooms of a socket failed: ${(error as Error).message}`);
    }
  }

  /** Moves the follower's sockets, everywhere, to match whether they follow now (jobs may run late). */
  async followChanged(io: OutloudServer, followerId: string, followeeId: string): Promise<void> {
    const sockets = io.in(userRoom(followerId));
    if (await this.stream.isFollowing(followerId, followeeId))
      sockets.socketsJoin(followersRoom(followeeId));
    else sockets.socketsLeave(followersRoom(followeeId));
  }
}
