import { createTestApp, TestApp } from '@outloud/server-core/testing';
import { Scheduler } from '../lib/scheduler/scheduler';

/** Two API nodes on one database, each with the same tasks registered. */
let a: TestApp;
let b: TestApp;
const runs: string[] = [];

beforeAll(async () => {
  a = await createTestApp({ imports: [], graphql: false });
  b = await createTestApp({ imports: [], graphql: false, shareDatabaseOf: a });
  for (const [node, t] of [
    ['a', a],
    ['b', b],
  ] as const) {
    const scheduler = t.app.get(Scheduler);
    scheduler.every('test.slow', { everyMs: 60_000 }, async () => {
      runs.push(`slow@${node}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    });
    scheduler.every('test.failing', { everyMs: 60_000 }, async () => {
      runs.push(`failing@${node}`);
      throw new Error('boom');
    });
    scheduler.everyOnEachNode('test.local', 60_000, async () => {
      runs.push(`local@${node}`);
    });
  }
});
afterAll(async () => {
  await b?.close();
  await a?.close();
});

const tasks = () =>
  a.dataSource.query(
    `SELECT name, locked_until, next_run_at > now() AS later, last_error FROM scheduled_tasks ORDER BY name`,
  );

describe('cluster-safe scheduler', () => {
  it('runs each due cluster task on exactly one of two racing nodes, and per-node tasks on both', async () => {
    // Let the local tasks be due now.
    for (const t of [a, b])
      (t.app.get(Scheduler) as unknown as { local: Map<string, { nextAt: number }> }).local.get(
        'test.local',
      )!.nextAt = 0;
    const [ranA, ranB] = await Promise.all([
      a.app.get(Scheduler).runDue({ clusterTasks: true }),
      b.app.get(Scheduler).runDue({ clusterTasks: true }),
    ]);
    expect([...ranA, ...ranB].sort()).toEqual(['test.failing', 'test.slow']);
    expect(runs.filter((r) => r.startsWith('slow@'))).toHaveLength(1);
    expect(runs.filter((r) => r.startsWith('failing@'))).toHaveLength(1);
    expect(runs.filter((r) => r.startsWith('local@')).sort()).toEqual(['local@a', 'local@b']);
  });

  it('releases the lease, records a failure and waits the interval before the next run', async () => {
    const rows = await tasks();
    expect(rows).toEqual([
      expect.objectContaining({
        name: 'test.failing',
        locked_until: null,
        later: true,
        last_error: 'boom',
      }),
      expect.objectContaining({
        name: 'test.slow',
        locked_until: null,
        later: true,
        last_error: null,
      }),
    ]);
    runs.length = 0;
    expect(await a.app.get(Scheduler).runDue({ clusterTasks: true })).toEqual([]);
    expect(runs).toEqual([]);
  });

  it('hands a task whose node died mid-run (lease expired) to another node', async () => {
    await a.dataSource.query(
      `UPDATE scheduled_tasks SET next_run_at = now(), locked_until = now() - interval '1 second'
        WHERE name = 'test.slow'`,
    );
    expect(await b.app.get(Scheduler).runDue({ clusterTasks: true })).toEqual(['test.slow']);
    // A live lease is respected.
    await a.dataSource.query(
      `UPDATE scheduled_tasks SET next_run_at = now(), locked_until = now() + interval '1 minute'
        WHERE name = 'test.slow'`,
    );
    expect(await a.app.get(Scheduler).runDue({ clusterTasks: true })).toEqual([]);
  });

  it('leaves cluster tasks to job nodes: not run with WORKER_MODE=off', async () => {
    await a.app.get(Scheduler).makeDue('test.failing');
    const off = await createTestApp({
      imports: [],
      graphql: false,
      shareDatabaseOf: a,
      config: { WORKER_MODE: 'off' },
    });
    try {
      const scheduler = off.app.get(Scheduler);
      scheduler.every('test.failing', { everyMs: 60_000 }, async () => undefined);
      expect(await scheduler.runDue()).toEqual([]);
    } finally {
      await off.close();
    }
  });
});
