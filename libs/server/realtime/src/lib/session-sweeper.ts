import { Injectable, OnModuleInit } from '@nestjs/common';
import { SessionService } from '@outloud/identity';
import { Scheduler } from '@outloud/server-core';
import { SocketServer } from './socket-server';

/** How often each node re-checks the sessions behind its sockets (log out, expiry, revoke). */
export const SESSION_SWEEP_MS = 30_000;

/**
 * A socket outlives the request that opened it, so a session ended elsewhere (log out, log out
 * everywhere, expiry) must also end its sockets. Each node checks its own sockets in one query:
 * a per-node task of the scheduler (every node sweeps, none claims).
 */
@Injectable()
export class SessionSweeper implements OnModuleInit {
  constructor(
    private readonly sockets: SocketServer,
    private readonly sessions: SessionService,
    private readonly scheduler: Scheduler,
  ) {}

  onModuleInit(): void {
    this.scheduler.everyOnEachNode('realtime.sessionSweep', SESSION_SWEEP_MS, async () => {
      await this.sweep();
    });
  }

  /** Disconnects this node's sockets whose session is gone or whose person is deactivated. */
  async sweep(): Promise<number> {
    const local = [...(this.sockets.io?.of('/').sockets.values() ?? [])];
    if (local.length === 0) return 0;
    const sessionIds = [...new Set(local.map((s) => s.data.viewer.sessionId))];
    const keep = new Set(await this.sessions.aliveSessionIds(sessionIds));
    const ended = local.filter((s) => !keep.has(s.data.viewer.sessionId));
    for (const socket of ended) socket.disconnect(true);
    return ended.length;
  }
}
