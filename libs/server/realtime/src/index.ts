export { RealtimeModule } from './lib/realtime.module';
export { RealtimePublisher } from './lib/realtime.publisher';
export { SocketServer } from './lib/socket-server';
export { SessionSweeper } from './lib/session-sweeper';
export { COMMAND_LIMIT } from './lib/room-commands';
export { MAX_SOCKETS_PER_USER } from './lib/socket-handshake';
