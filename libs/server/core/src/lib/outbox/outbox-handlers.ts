import { Injectable } from '@nestjs/common';
import { OutloudEventName, OutloudEvents } from './events';

export type EventHandler<K extends OutloudEventName> = (payload: OutloudEvents[K]) => Promise<void>;

/**
 * `fast`: cheap jobs someone is waiting for (a socket push, a notification); they are claimed by
 * their own loop and never queue behind `bulk` work such as search indexing.
 */
export type OutboxLane = 'fast' | 'bulk';

export interface HandlerOptions<K extends OutloudEventName = OutloudEventName> {
  lane?: OutboxLane;
  /** Jobs of this handler with the same key run in event order (default: see `orderingKey`). */
  orderBy?: (payload: OutloudEvents[K]) => string;
  /**
   * Handles many of these jobs at once (the bulk lane claims them in batches): must have the
   * effect of `handle` on each payload. Only for handlers that recompute from the source tables,
   * so the order of jobs within a batch does not matter.
   */
  many?: (payloads: OutloudEvents[K][]) => Promise<void>;
}

export interface Registration {
  name: string;
  handle: (payload: unknown) => Promise<void>;
  orderBy?: (payload: unknown) => string;
  many?: (payloads: unknown[]) => Promise<void>;
}

export interface ClaimedJob {
  id: string;
  event_type: string;
  handler: string;
  payload: unknown;
  attempts: number;
}

/**
 * Who handles which event, and in which lane: the producer writes one job per handler, the
 * consumer looks the handler up again when it runs the job.
 */
@Injectable()
export class OutboxHandlers {
  private readonly handlers = new Map<string, Registration[]>();
  private readonly fast = new Set<string>();

  /** Registers a handler; `name` must be stable across releases (it is stored with each job). */
  on<K extends OutloudEventName>(
    type: K,
    name: string,
    handle: EventHandler<K>,
    options: HandlerOptions<K> = {},
  ): void {
    const list = this.handlers.get(type) ?? [];
    if (list.some((r) => r.name === name))
      throw new Error(`Duplicate outbox handler ${name} for ${type}`);
    list.push({
      name,
      handle: handle as (payload: unknown) => Promise<void>,
      orderBy: options.orderBy as ((payload: unknown) => string) | undefined,
      many: options.many as ((payloads: unknown[]) => Promise<void>) | undefined,
    });
    this.handlers.set(type, list);
    if (options.lane === 'fast') this.fast.add(name);
  }

  /** The handlers of an event type, in registration order. */
  of(type: string): readonly Registration[] {
    return this.handlers.get(type) ?? [];
  }

  /** The registration that runs a job, if its handler still exists. */
  forJob(job: Pick<ClaimedJob, 'event_type' | 'handler'>): Registration | undefined {
    return this.of(job.event_type).find((h) => h.name === job.handler);
  }

  isFast(handler: string): boolean {
    return this.fast.has(handler);
  }
}
