import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import { DatabaseHealth, Public, ShutdownState } from '@outloud/server-core';
import type { Response } from 'express';

/** How long readiness waits for the database's answer. */
const READY_TIMEOUT_MS = 1_500;

@Controller()
export class HealthController {
  constructor(
    private readonly database: DatabaseHealth,
    private readonly shutdown: ShutdownState,
  ) {}

  /** Liveness: the process answers. */
  @Public()
  @Get('healthz')
  @HttpCode(200)
  healthz(): { status: string } {
    return { status: 'ok' };
  }

  /**
   * Readiness: the database answers within 1.5 s. A stalled database (no answer at all) is as
   * unready as a stopped one: load balancers hear so within 2 s instead of waiting with us.
   * A process draining after SIGTERM is unready too, while it still answers everything else.
   */
  @Public()
  @Get('readyz')
  async readyz(@Res() res: Response): Promise<void> {
    if (this.shutdown.draining) {
      res.status(503).json({ status: 'draining' });
      return;
    }
    let timer: NodeJS.Timeout | undefined;
    const answered = await Promise.race([
      this.database.ping(),
      new Promise<false>((resolve) => {
        timer = setTimeout(() => resolve(false), READY_TIMEOUT_MS);
      }),
    ]);
    clearTimeout(timer);
    if (answered) res.status(200).json({ status: 'ready', database: 'up' });
    else res.status(503).json({ status: 'not ready', database: 'down' });
  }
}
