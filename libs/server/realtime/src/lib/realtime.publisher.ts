import { Injectable, Logger } from '@nestjs/common';
import { ServerToClientEvents } from '@outloud/contracts';
import { SocketServer } from './socket-server';

type Payload<E extends keyof ServerToClientEvents> = Parameters<ServerToClientEvents[E]>[0];

/**
 * How other domains push to connected clients. Call it from outbox handlers (after commit), with
 * payloads the room's members may all see. Best effort: a client that was offline catches up
 * through GraphQL.
 */
@Injectable()
export class RealtimePublisher {
  private readonly logger = new Logger('RealtimePublisher');

  constructor(private readonly sockets: SocketServer) {}

  toUser<E extends keyof ServerToClientEvents>(userId: string, event: E, payload: Payload<E>) {
    this.emit([`user:${userId}`], event, payload);
  }

  toRooms<E extends keyof ServerToClientEvents>(rooms: string[], event: E, payload: Payload<E>) {
    this.emit(rooms, event, payload);
  }

  private emit(rooms: string[], event: string, payload: unknown): void {
    const io = this.sockets.io;
    if (!io || rooms.length === 0) {
      if (!io) this.logger.debug(`No socket server in this process; ${event} not pushed`);
      return;
    }
    // socket.io's typed emit cannot follow a generic event name; the public methods are typed.
    (io.to(rooms) as unknown as { emit(e: string, p: unknown): boolean }).emit(event, payload);
  }
}
