import type { ModuleRef } from '@nestjs/core';
import type { OutboxService, TransactionRunner } from '@outloud/server-core';
import { AggregatorRegistry } from 'prom-client';
import { MetricsRegistry } from './metrics.registry';

/** A process's registry over a queue it shares with the other processes (the one outbox table). */
function processRegistry(): MetricsRegistry {
  const outbox = {
    queueStats: async () => [
      { handler: 'notify.mention', pending: 5, oldestAgeSeconds: 2, failed: 1 },
    ],
  } as unknown as OutboxService;
  const transactions = {
    manager: {
      connection: { driver: { master: { totalCount: 4, idleCount: 3, waitingCount: 0 } } },
    },
  } as unknown as TransactionRunner;
  const moduleRef = {
    get: () => {
      throw new Error('no realtime in this process');
    },
  } as unknown as ModuleRef;
  return new MetricsRegistry(outbox, transactions, moduleRef);
}

describe('metrics gathered from several HTTP processes (HTTP_PROCESSES > 1)', () => {
  it("sums each process's own figures and reads the shared queue once", async () => {
    const processes = [processRegistry(), processRegistry()];
    processes[0].observeGraphql('Feed', 'query', 0.01, []);
    processes[1].observeGraphql('Feed', 'query', 0.02, ['FORBIDDEN']);
    const text = await AggregatorRegistry.aggregate(
      await Promise.all(processes.map((p) => p.registry.getMetricsAsJSON())),
    ).metrics();
    processes.forEach((p) => p.onModuleDestroy());

    // Requests and connections are each process's own: summed.
    expect(text).toContain(
      'outloud_graphql_request_duration_seconds_count{operation="Feed",type="query"} 2',
    );
    expect(text).toContain('outloud_graphql_errors_total{code="FORBIDDEN"} 1');
    expect(text).toContain('outloud_db_pool_connections{state="total"} 8');
    // The queue is one table every process reads: its depth is not multiplied by two.
    expect(text).toContain('outloud_outbox_pending_jobs{handler="notify.mention"} 5');
    expect(text).toContain('outloud_outbox_oldest_job_age_seconds{handler="notify.mention"} 2');
    expect(text).toContain('outloud_outbox_failed_jobs{handler="notify.mention"} 1');
  });
});
