import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OneStatement } from '../database/one-statement';
import { OutloudEventName, OutloudEvents } from './events';
import { OutboxHandlers } from './outbox-handlers';
import { OutboxConsumer } from './outbox.consumer';
import { NewJob, OutboxRepository } from './outbox.repository';

/** An event for `enqueueAll`. */
export type QueuedEvent = {
  [K in OutloudEventName]: { type: K; payload: OutloudEvents[K] };
}[OutloudEventName];

/**
 * The lock on fast jobs a write queues already claimed (`enqueueIn`): they start at commit and
 * take milliseconds, so a process that dies right after a commit delays that write's
 * notifications by at most this long. A job that overran it could run twice; handlers are
 * idempotent (notifications have dedupe keys).
 */
const PRECLAIM_LOCK_SECONDS = 15;

/**
 * The outbox's producing side (decision 0005): one job row per registered handler, written in
 * the caller's transaction or in the very statement that writes what the event is about, so an
 * acknowledged write always has its side effects queued. Fast jobs this process's worker has
 * room for are queued already claimed and handed to it after commit.
 */
@Injectable()
export class OutboxProducer {
  constructor(
    private readonly handlers: OutboxHandlers,
    private readonly consumer: OutboxConsumer,
    private readonly jobs: OutboxRepository,
  ) {}

  /** Queues an event inside `manager`'s transaction. */
  async enqueue<K extends OutloudEventName>(
    manager: EntityManager,
    type: K,
    payload: OutloudEvents[K],
  ): Promise<void> {
    await this.enqueueAll(manager, [{ type, payload } as QueuedEvent]);
  }

  /**
   * Queues several events inside `manager`'s transaction in one statement (one job row per
   * handler of each): a write with two events costs one round trip instead of two.
   */
  async enqueueAll(manager: EntityManager, events: QueuedEvent[]): Promise<void> {
    const statement = new OneStatement();
    this.enqueueIn(statement, events);
    await statement.run(manager);
  }

  /**
   * Adds the jobs of `events` to a statement that writes what they are about, so the write and
   * its jobs commit together in one round trip. The insert trigger (`outbox_jobs_notify`) wakes
   * the listening workers at commit. When this process's worker has room, its fast jobs are
   * queued already claimed and start right after commit: no wake-up and claim round trips
   * between a mention and its push (if the process dies first, they are claimed again once
   * their lock expires: PRECLAIM_LOCK_SECONDS).
   */
  enqueueIn(statement: OneStatement, events: QueuedEvent[]): void {
    const local = this.consumer.localRunnerWithRoom();
    const jobs: NewJob[] = [];
    for (const { type, payload } of events) {
      for (const h of this.handlers.of(type)) {
        const fast = this.handlers.isFast(h.name);
        const claim = local !== null && fast;
        jobs.push({
          type,
          handler: h.name,
          payload,
          fast,
          preclaimSeconds: claim ? PRECLAIM_LOCK_SECONDS : null,
        });
      }
    }
    const anyClaimed = jobs.some((job) => job.preclaimSeconds !== null);
    this.jobs.insertIn(
      statement,
      jobs,
      local && anyClaimed ? (claimed) => local.run(claimed) : undefined,
    );
  }
}
