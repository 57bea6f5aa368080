import cluster from 'node:cluster';
import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { SessionService } from '@outloud/identity';
import { AppConfig, NO_STORE } from '@outloud/server-core';
import { createAdapter as createClusterAdapter } from '@socket.io/cluster-adapter';
import { createAdapter } from '@socket.io/redis-adapter';
import { createClient } from 'redis';
import { Server } from 'socket.io';
import { RoomCommands } from './room-commands';
import { SocketHandshake } from './socket-handshake';
import { OutloudServer } from './socket-types';

type RedisClient = ReturnType<typeof createClient>;

/**
 * The socket.io server on the API's own HTTP server (same origin, same cookie). With REDIS_URL the
 * Redis adapter shares rooms across API nodes, so an event emitted by whichever node ran the job
 * reaches sockets connected anywhere. Without it, the HTTP processes of one machine
 * (HTTP_PROCESSES > 1) share theirs through their primary (the cluster adapter); a single process
 * works alone.
 */
@Injectable()
export class SocketServer implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('SocketServer');
  private server: OutloudServer | null = null;
  private redisClients: RedisClient[] = [];
  /** Whether other processes receive what this one emits (and send it theirs). */
  private shared = false;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly config: AppConfig,
    private readonly handshake: SocketHandshake,
    private readonly commands: RoomCommands,
    private readonly sessions: SessionService,
  ) {}

  /** Null until bootstrap, and in processes without an HTTP server. */
  get io(): OutloudServer | null {
    return this.server;
  }

  async onApplicationBootstrap(): Promise<void> {
    const http = this.adapterHost.httpAdapter?.getHttpServer();
    const redisUrl = this.config.get('REDIS_URL');
    if (!http) {
      if (this.config.get('WORKER_MODE') === 'only') await this.emitOnly(redisUrl);
      return;
    }
    const io: OutloudServer = new Server(http, {
      serveClient: false,
      // Node's cluster hands each HTTP request to any of the processes, and a long-polling
      // session lives in one: several processes accept WebSocket only (the web client tries it
      // first). Behind a proxy that blocks WebSocket, run one process (HTTP_PROCESSES=1).
      transports: cluster.isWorker ? ['websocket'] : ['polling', 'websocket'],
      // Commands are tiny; a large frame is an attack, not a client.
      maxHttpBufferSize: 16 * 1024,
      connectTimeout: 10_000,
    });
    // Long-polling responses carry a person's events: private as well as not stored.
    io.engine.on('headers', (headers: Record<string, string>) => {
      headers['cache-control'] = NO_STORE; // engine.io sets no-store under this key
    });
    if (redisUrl) io.adapter(await this.redisAdapter(redisUrl));
    else if (cluster.isWorker) io.adapter(createClusterAdapter());
    this.shared = !!redisUrl || cluster.isWorker;
    io.on('sessions:revoked', (sessionIds) => this.sessions.forgetSessions(sessionIds));
    io.use((socket, next) => void this.handshake.authenticate(socket, next));
    io.on('connection', (socket) => this.commands.attach(socket));
    this.server = io;
  }

  /**
   * A jobs-only process has no sockets of its own; through Redis its pushes and disconnects
   * still reach the sockets of every API node. Without Redis they reach nobody (clients catch
   * up over GraphQL), which is worth one line at start.
   */
  private async emitOnly(redisUrl: string | undefined): Promise<void> {
    if (!redisUrl) {
      this.logger.warn(
        'WORKER_MODE=only without REDIS_URL: live pushes from jobs cannot reach browsers on the API nodes.',
      );
      return;
    }
    const io: OutloudServer = new Server();
    io.adapter(await this.redisAdapter(redisUrl));
    this.shared = true;
    this.server = io;
  }

  /**
   * Ended sessions leave the session cache of this process and, through the adapter, of every
   * other (`serverSideEmit` reaches the others, not the sender). Alone, this one is all there is.
   */
  sessionsRevoked(sessionIds: string[]): void {
    this.sessions.forgetSessions(sessionIds);
    if (this.server && this.shared) this.server.serverSideEmit('sessions:revoked', sessionIds);
  }

  private async redisAdapter(url: string) {
    const pub = createClient({ url });
    const sub = pub.duplicate();
    for (const client of [pub, sub])
      client.on('error', (e: Error) => this.logger.warn(`Redis: ${e.message}`));
    await Promise.all([pub.connect(), sub.connect()]);
    this.redisClients = [pub, sub];
    return createAdapter(pub, sub, { key: 'outloud' });
  }

  /** Before Nest closes the HTTP server: open websockets would otherwise keep it from closing. */
  async onModuleDestroy(): Promise<void> {
    const io = this.server;
    this.server = null;
    if (io) {
      // Not io.close(): it would also close the HTTP server, which Nest does itself next.
      io.local.disconnectSockets(true);
      io.engine?.close(); // absent on a jobs-only process's emit-only server
      await io.of('/').adapter.close();
    }
    await Promise.all(this.redisClients.map((c) => c.close().catch(() => undefined)));
    this.redisClients = [];
  }
}
