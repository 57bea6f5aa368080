import { Injectable, Logger } from '@nestjs/common';
import { JoinAck } from '@outloud/contracts';
import { UUID_PATTERN } from '@outloud/server-core';
import { z } from 'zod';
import { FollowerRooms } from './follower-rooms';
import { RateWindow } from './rate-window';
import { RoomAccess } from './room-access';
import { OutloudSocket, sessionRoom, userRoom } from './socket-types';

/** Client commands per socket per window; past it the socket is disconnected. */
export const COMMAND_LIMIT = { count: 20, windowMs: 10_000 };

const roomCommand = z.object({
  room: z
    .string()
    .max(64)
    .regex(new RegExp(`^(post|community):${UUID_PATTERN}$`, 'i')),
});

/**
 * What a connected client may do: it is placed in its own `user:<id>` room (and the followers'
 * rooms of the people it follows), and may join or leave
 * a post's or community's room after an access check. Bad payloads get an error ack, never a
 * crash; a flood of commands ends the connection.
 */
@Injectable()
export class RoomCommands {
  private readonly logger = new Logger('RoomCommands');

  constructor(
    private readonly access: RoomAccess,
    private readonly followerRooms: FollowerRooms,
  ) {}

  attach(socket: OutloudSocket): void {
    void socket.join([userRoom(socket.data.viewer.id), sessionRoom(socket.data.viewer.sessionId)]);
    void this.followerRooms.joinAtConnect(socket);
    const window = new RateWindow(COMMAND_LIMIT.count, COMMAND_LIMIT.windowMs);
    socket.use((_packet, next) => {
      if (window.hit()) return next();
      socket.disconnect(true);
    });
    socket.on('join', (payload: unknown, ack: unknown) => {
      void this.join(socket, payload, replier(ack));
    });
    socket.on('leave', (payload: unknown, ack: unknown) => {
      const command = roomCommand.safeParse(payload);
      if (!command.success) return replier(ack)({ ok: false, code: 'BAD_USER_INPUT' });
      void socket.leave(command.data.room);
      replier(ack)({ ok: true });
    });
  }

  private async join(socket: OutloudSocket, payload: unknown, reply: (r: JoinAck) => void) {
    const command = roomCommand.safeParse(payload);
    if (!command.success) return reply({ ok: false, code: 'BAD_USER_INPUT' });
    const room = command.data.room.toLowerCase();
    try {
      if (!(await this.access.mayJoin(socket.data.viewer, room)))
        return reply({ ok: false, code: 'NOT_FOUND' });
      if (socket.connected) await socket.join(room);
      reply({ ok: true });
    } catch (error) {
      this.logger.warn(`Join ${room} failed: ${(error as Error).message}`);
      reply({ ok: false, code: 'NOT_FOUND' });
    }
  }
}

/** Clients may omit the acknowledgement callback or send something else in its place. */
function replier(ack: unknown): (result: JoinAck) => void {
  return typeof ack === 'function' ? (result) => ack(result) : () => undefined;
}
