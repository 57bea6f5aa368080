import { Injectable } from '@nestjs/common';

/**
 * Whether this process is on its way out. On SIGTERM readiness turns false first, so a load
 * balancer stops sending new requests here; only after SHUTDOWN_DRAIN_MS does the server stop
 * listening, which then resets no kept-alive connection a client was about to use.
 */
@Injectable()
export class ShutdownState {
  private drainingSince: number | null = null;

  get draining(): boolean {
    return this.drainingSince !== null;
  }

  beginDrain(): void {
    this.drainingSince ??= Date.now();
  }
}
