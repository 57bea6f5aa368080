import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OneStatement } from '../database/one-statement';
import { OutloudEventName, OutloudEvents } from './events';
import {
  ClaimedJob,
  EventHandler,
  HandlerOptions,
  OutboxHandlers,
  OutboxLane,
} from './outbox-handlers';
import { LocalRunner, OutboxConsumer } from './outbox.consumer';
import { OutboxProducer, QueuedEvent } from './outbox.producer';

export type { ClaimedJob, EventHandler, HandlerOptions, OutboxLane } from './outbox-handlers';
export { orderingKey } from './outbox.consumer';
export type { LocalRunner } from './outbox.consumer';
export type { QueuedEvent } from './outbox.producer';
export { OUTBOX_CHANNEL } from './outbox.repository';

/**
 * Transactional outbox, the one name domains use: they register handlers (`on`) and queue events
 * in their writes (`enqueue`, `enqueueIn`: the producer); the consumer claims and runs the jobs
 * after commit, retries with backoff and survives restarts. Handlers must be idempotent.
 */
@Injectable()
export class OutboxService {
  constructor(
    private readonly handlers: OutboxHandlers,
    private readonly producer: OutboxProducer,
    private readonly consumer: OutboxConsumer,
  ) {}

  /** Registers a handler; `name` must be stable across releases (it is stored with each job). */
  on<K extends OutloudEventName>(
    type: K,
    name: string,
    handle: EventHandler<K>,
    options: HandlerOptions<K> = {},
  ): void {
    this.handlers.on(type, name, handle, options);
  }

  /** Queues an event inside `manager`'s transaction. */
  enqueue<K extends OutloudEventName>(
    manager: EntityManager,
    type: K,
    payload: OutloudEvents[K],
  ): Promise<void> {
    return this.producer.enqueue(manager, type, payload);
  }

  /** Queues several events inside `manager`'s transaction in one statement. */
  enqueueAll(manager: EntityManager, events: QueuedEvent[]): Promise<void> {
    return this.producer.enqueueAll(manager, events);
  }

  /** Adds the jobs of `events` to a statement that writes what they are about. */
  enqueueIn(statement: OneStatement, events: QueuedEvent[]): void {
    this.producer.enqueueIn(statement, events);
  }

  /**
   * Backpressure, at most `maxMs`: waits while this process's fast lane is full, then while the
   * bulk lane lags (`OutboxConsumer.admit`).
   */
  admit(maxMs?: number): Promise<void> {
    return this.consumer.admit(maxMs);
  }

  /** Lets this process's worker take fast jobs straight from the writes that queue them. */
  runLocally(runner: LocalRunner | null): void {
    this.consumer.runLocally(runner);
  }

  nudge(lanes?: readonly OutboxLane[]): void {
    this.consumer.nudge(lanes);
  }

  nudgeFor(payload: string): void {
    this.consumer.nudgeFor(payload);
  }

  wakeCount(lane: OutboxLane): number {
    return this.consumer.wakeCount(lane);
  }

  waitForWork(ms: number, lane: OutboxLane, seenWakes?: number): Promise<void> {
    return this.consumer.waitForWork(ms, lane, seenWakes);
  }

  claim(limit: number, lane?: OutboxLane): Promise<ClaimedJob[]> {
    return this.consumer.claim(limit, lane);
  }

  start(job: ClaimedJob, keepGoing?: () => boolean): Promise<void> {
    return this.consumer.start(job, keepGoing);
  }

  runBatch(jobs: ClaimedJob[], keepGoing?: () => boolean): Promise<void> {
    return this.consumer.runBatch(jobs, keepGoing);
  }

  runDueJobs(limit?: number, keepGoing?: () => boolean): Promise<number> {
    return this.consumer.runDueJobs(limit, keepGoing);
  }

  /** Runs jobs until none are due: tests and the CLI use this to settle derived data. */
  drain(): Promise<void> {
    return this.consumer.drain();
  }

  queueStats() {
    return this.consumer.queueStats();
  }

  backlog(): Promise<number> {
    return this.consumer.backlog();
  }
}
