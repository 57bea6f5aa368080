import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { SocketServer } from '@outloud/realtime';
import { OutboxService, TransactionRunner } from '@outloud/server-core';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { inHttpProcessOfPrimary, metricsOfAllProcesses, shareWithPrimary } from './cluster-metrics';

/** Operation names become label values: only well-formed ones, and at most this many. */
const MAX_OPERATIONS = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

type QueueStat = Awaited<ReturnType<OutboxService['queueStats']>>[number];

interface PgPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/**
 * One Prometheus registry per process (names in docs/operations.md § Metrics). Queue depth,
 * sockets and the pool are read at scrape time; requests are counted as they finish.
 */
@Injectable()
export class MetricsRegistry implements OnModuleDestroy {
  readonly registry = new Registry();
  private readonly operations = new Set<string>();
  private readonly duration = new Histogram({
    name: 'outloud_graphql_request_duration_seconds',
    help: 'GraphQL requests by operation name and type (query, mutation), from arrival to response.',
    labelNames: ['operation', 'type'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  private readonly errors = new Counter({
    name: 'outloud_graphql_errors_total',
    help: 'Errors in GraphQL responses by extensions.code.',
    labelNames: ['code'],
    registers: [this.registry],
  });

  constructor(
    private readonly outbox: OutboxService,
    private readonly transactions: TransactionRunner,
    private readonly moduleRef: ModuleRef,
  ) {
    collectDefaultMetrics({ register: this.registry, prefix: 'outloud_' });
    if (inHttpProcessOfPrimary()) shareWithPrimary(this.registry);
    // One query per scrape feeds the three outbox gauges (collected one after another).
    let shared: { at: number; stats: ReturnType<OutboxService['queueStats']> } | null = null;
    const stats = () => {
      if (!shared || Date.now() - shared.at > 1000)
        shared = { at: Date.now(), stats: this.outbox.queueStats() };
      return shared.stats;
    };
    const outboxGauge = (name: string, help: string, pick: (s: QueueStat) => number) =>
      new Gauge({
        name,
        help,
        labelNames: ['handler'],
        registers: [this.registry],
        // Every process reads the same shared queue: across processes, one reading, not a sum.
        aggregator: 'max',
        async collect() {
          this.reset();
          for (const s of await stats()) this.set({ handler: s.handler }, pick(s));
        },
      });
    outboxGauge(
      'outloud_outbox_pending_jobs',
      'Jobs waiting in the outbox, by handler (failed ones apart).',
      (s) => s.pending,
    );
    outboxGauge(
      'outloud_outbox_oldest_job_age_seconds',
      'Age of the oldest waiting job, by handler.',
      (s) => s.oldestAgeSeconds,
    );
    outboxGauge(
      'outloud_outbox_failed_jobs',
      'Jobs that gave up after their retries, by handler.',
      (s) => s.failed,
    );
    const sockets = () => this.socketServer();
    new Gauge({
      name: 'outloud_socket_connections',
      help: 'Open socket.io connections on this node.',
      registers: [this.registry],
      collect() {
        this.set(sockets()?.io?.engine.clientsCount ?? 0);
      },
    });
    const pool = this.pool();
    new Gauge({
      name: 'outloud_db_pool_connections',
      help: 'Database pool of this node: total, idle and waiting (clients queued for a connection).',
      labelNames: ['state'],
      registers: [this.registry],
      collect() {
        if (!pool) return;
        this.set({ state: 'total' }, pool.totalCount);
        this.set({ state: 'idle' }, pool.idleCount);
        this.set({ state: 'waiting' }, pool.waitingCount);
      },
    });
  }

  /** The text a scrape answers: this process's figures, or all HTTP processes' under a primary. */
  scrape(): Promise<string> {
    return inHttpProcessOfPrimary() ? metricsOfAllProcesses() : this.registry.metrics();
  }

  /** Records one finished GraphQL request. */
  observeGraphql(name: string | null, type: string | null, seconds: number, codes: string[]) {
    this.duration.observe({ operation: this.operationLabel(name), type: type ?? 'none' }, seconds);
    for (const code of codes) this.errors.inc({ code: OPERATION_NAME.test(code) ? code : 'OTHER' });
  }

  onModuleDestroy(): void {
    this.registry.clear();
  }

  private operationLabel(name: string | null): string {
    if (!name) return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'other';
    if (!this.operations.has(name)) {
      if (this.operations.size >= MAX_OPERATIONS) return 'other';
      this.operations.add(name);
    }
    return name;
  }

  /** Realtime is optional (a jobs-only process has no sockets); looked up once it exists. */
  private sockets: SocketServer | null | undefined;
  private socketServer(): SocketServer | null {
    if (this.sockets === undefined) {
      try {
        this.sockets = this.moduleRef.get(SocketServer, { strict: false });
      } catch {
        this.sockets = null;
      }
    }
    return this.sockets ?? null;
  }

  private pool(): PgPool | null {
    const master = (this.transactions.manager.connection.driver as unknown as { master?: PgPool })
      .master;
    return master && typeof master.totalCount === 'number' ? master : null;
  }
}
