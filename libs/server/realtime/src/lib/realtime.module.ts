import { Module } from '@nestjs/common';
import { IdentityModule } from '@outloud/identity';
import { StreamModule } from '@outloud/stream';
import { FollowerRooms } from './follower-rooms';
import { RealtimeListeners } from './realtime.listeners';
import { RealtimePublisher } from './realtime.publisher';
import { RoomAccess } from './room-access';
import { RoomCommands } from './room-commands';
import { RoomRevalidator } from './room-revalidator';
import { SessionSweeper } from './session-sweeper';
import { SocketHandshake } from './socket-handshake';
import { SocketServer } from './socket-server';

/** socket.io on the API's HTTP server: authenticated sockets, access-checked rooms, pushes. */
@Module({
  imports: [IdentityModule, StreamModule],
  providers: [
    FollowerRooms,
    RealtimeListeners,
    RealtimePublisher,
    RoomAccess,
    RoomCommands,
    RoomRevalidator,
    SessionSweeper,
    SocketHandshake,
    SocketServer,
  ],
  exports: [RealtimePublisher, SocketServer, SessionSweeper],
})
export class RealtimeModule {}
