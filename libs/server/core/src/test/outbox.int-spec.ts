import { createTestApp, TestApp } from '@outloud/server-core/testing';
import { Client, Pool } from 'pg';
import { OneStatement } from '../lib/database/one-statement';
import {
  BULK_LAG_LIMIT_MS,
  OutboxConsumer,
  SHARED_FAST_QUEUE_LIMIT,
  SHARED_QUEUE_READ_MS,
} from '../lib/outbox/outbox.consumer';
import { BULK_LAG_SQL, claimSql } from '../lib/outbox/outbox.repository';
import { OUTBOX_CHANNEL, OutboxService } from '../lib/outbox/outbox.service';
import { OutboxWorker } from '../lib/outbox/outbox.worker';

let t: TestApp;
let outbox: OutboxService;
const received: string[] = [];
let failuresLeft = 0;

beforeAll(async () => {
  t = await createTestApp({ imports: [], graphql: false });
  outbox = t.app.get(OutboxService);
  outbox.on('identity.user.registered', 'test.recorder', async ({ userId }) => {
    received.push(userId);
  });
  outbox.on('identity.user.registered', 'test.flaky', async () => {
    if (failuresLeft > 0) {
      failuresLeft -= 1;
      throw new Error('temporary failure');
    }
  });
});
afterAll(() => t?.close());

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Shared Hit Blocks': number;
  'Shared Read Blocks': number;
  Plans?: PlanNode[];
}

/** The buffers a plan's reads of outbox_jobs touched (its indexes and rows). */
const outboxScanBuffers = (node: PlanNode): number =>
  (node['Relation Name'] === 'outbox_jobs' && /Scan/.test(node['Node Type'])
    ? node['Shared Hit Blocks'] + node['Shared Read Blocks']
    : 0) + (node.Plans ?? []).reduce((sum, child) => sum + outboxScanBuffers(child), 0);

const rows = () =>
  t.dataSource.query(
    `SELECT handler, attempts, last_error, failed_at FROM outbox_jobs ORDER BY id`,
  );

describe('outbox', () => {
  it('queues one job per handler inside the transaction and delivers after commit', async () => {
    await t.dataSource.transaction((tx) =>
      outbox.enqueue(tx, 'identity.user.registered', { userId: 'u1' }),
    );
    expect((await rows()).map((r: { handler: string }) => r.handler)).toEqual([
      'test.recorder',
      'test.flaky',
    ]);
    await outbox.drain();
    expect(received).toEqual(['u1']);
    expect(await rows()).toEqual([]);
  });

  it('queues nothing when the transaction rolls back', async () => {
    await expect(
      t.dataSource.transaction(async (tx) => {
        await outbox.enqueue(tx, 'identity.user.registered', { userId: 'u2' });
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    expect(await rows()).toEqual([]);
  });

  it('wakes listening workers once the queued jobs commit, not before', async () => {
    const listener = new Client({ connectionString: t.db.url });
    await listener.connect();
    try {
      const notified: string[] = [];
      listener.on('notification', (n) => notified.push(`${n.channel}:${n.payload}`));
      await listener.query(`LISTEN ${OUTBOX_CHANNEL}`);
      let beforeCommit = -1;
      await t.dataSource.transaction(async (tx) => {
        await outbox.enqueue(tx, 'identity.user.registered', { userId: 'n1' });
        await listener.query('SELECT 1'); // a round trip: a notification would have arrived
        beforeCommit = notified.length;
      });
      await listener.query('SELECT 1');
      expect(beforeCommit).toBe(0);
      // The payload names the handlers with jobs to claim, so workers wake only their lanes.
      expect(notified).toEqual([`${OUTBOX_CHANNEL}:test.flaky,test.recorder`]);
    } finally {
      await listener.end();
      await outbox.drain();
    }
  });

  it('queues jobs with the write they belong to in one statement: all of it or none', async () => {
    await t.dataSource.query(`CREATE TABLE IF NOT EXISTS one_statement_probe (id int PRIMARY KEY)`);
    const write = (id: number) => {
      const statement = new OneStatement();
      statement.write(`INSERT INTO one_statement_probe (id) VALUES (${statement.param(id)})`);
      outbox.enqueueIn(statement, [
        { type: 'identity.user.registered', payload: { userId: `s${id}` } },
      ]);
      return statement.run(t.dataSource.manager);
    };
    await write(1);
    expect(await rows()).toHaveLength(2);
    await expect(write(1)).rejects.toThrow(/duplicate key/); // the insert fails: no jobs either
    expect(await rows()).toHaveLength(2);
    await outbox.drain();
    await t.dataSource.query(`DROP TABLE one_statement_probe`);
  });

  it('sends a write of a shape seen before as a named statement, planned once per connection', async () => {
    await t.dataSource.query(`CREATE TABLE IF NOT EXISTS one_statement_probe (id int PRIMARY KEY)`);
    const sent = jest.spyOn(Pool.prototype, 'query');
    try {
      for (const id of [10, 11, 12]) {
        const statement = new OneStatement();
        statement.write(`INSERT INTO one_statement_probe (id) VALUES (${statement.param(id)})`);
        await statement.run(t.dataSource.manager);
      }
      const names = sent.mock.calls
        .map(([q]) => q as unknown as { name?: string; text?: string })
        .filter((q) => q.text?.includes('one_statement_probe'))
        .map((q) => q.name ?? null);
      expect(names).toHaveLength(3);
      expect(names[0]).toBeNull();
      expect(names[1]).toBeTruthy();
      expect(names[2]).toBe(names[1]);
      expect(
        await t.dataSource.query(`SELECT id FROM one_statement_probe WHERE id >= 10`),
      ).toHaveLength(3);
    } finally {
      sent.mockRestore();
      await t.dataSource.query(`DROP TABLE one_statement_probe`);
    }
  });

  it('retries a failing handler later without re-running the ones that succeeded', async () => {
    failuresLeft = 1;
    received.length = 0;
    await t.dataSource.transaction((tx) =>
      outbox.enqueue(tx, 'identity.user.registered', { userId: 'u3' }),
    );
    await outbox.drain();
    const [pending] = await rows();
    expect(pending).toMatchObject({
      handler: 'test.flaky',
      attempts: 1,
      last_error: 'temporary failure',
      failed_at: null,
    });
    expect(received).toEqual(['u3']);
    await t.dataSource.query(`UPDATE outbox_jobs SET run_at = now()`); // skip the backoff wait
    await outbox.drain();
    expect(await rows()).toEqual([]);
    expect(received).toEqual(['u3']);
    expect(await outbox.backlog()).toBe(0);
  });

  it("runs one aggregate's jobs in order and different aggregates side by side", async () => {
    const log: string[] = [];
    outbox.on('stream.post.edited', 'test.slow', async ({ postId }) => {
      log.push(`start ${postId}`);
      await new Promise((r) => setTimeout(r, 50));
      log.push(`end ${postId}`);
    });
    await t.dataSource.transaction(async (tx) => {
      await outbox.enqueue(tx, 'stream.post.edited', { postId: 'a' });
      await outbox.enqueue(tx, 'stream.post.edited', { postId: 'a' });
      await outbox.enqueue(tx, 'stream.post.edited', { postId: 'b' });
    });
    await outbox.drain();
    const at = (entry: string, nth = 0) =>
      log.map((e, i) => (e === entry ? i : -1)).filter((i) => i >= 0)[nth];
    expect(log).toHaveLength(6);
    expect(at('start a', 1)).toBeGreaterThan(at('end a', 0)); // same post: in order
    expect(at('start b')).toBeLessThan(at('end a', 0)); // another post: side by side
  });

  it('deletes jobs that finish together in one statement, and a lone job at once', async () => {
    outbox.on('stream.post.liked', 'test.quick', async () => undefined);
    await t.dataSource.transaction(async (tx) => {
      for (let i = 0; i < 20; i++)
        await outbox.enqueue(tx, 'stream.post.liked', { postId: `p${i}`, userId: 'u' });
    });
    const spy = jest.spyOn(Client.prototype, 'query');
    const deletes = () =>
      spy.mock.calls.filter(([q]) =>
        /DELETE FROM outbox_jobs/.test(typeof q === 'string' ? q : (q as { text: string }).text),
      ).length;
    try {
      const jobs = await outbox.claim(50);
      expect(jobs).toHaveLength(20);
      // Twenty jobs side by side (different posts): one DELETE for the first to finish, one for
      // the others that finished while it ran.
      await Promise.all(jobs.map((job) => outbox.start(job)));
      expect(deletes()).toBeLessThanOrEqual(2);
      expect(await rows()).toEqual([]);
      spy.mockClear();
      await t.dataSource.transaction((tx) =>
        outbox.enqueue(tx, 'stream.post.liked', { postId: 'alone', userId: 'u' }),
      );
      await outbox.drain();
      expect(deletes()).toBe(1);
      expect(await rows()).toEqual([]);
    } finally {
      spy.mockRestore();
    }
  });

  it('claims fast-lane jobs separately from bulk ones', async () => {
    outbox.on('stream.post.deleted', 'test.bulk', async () => undefined);
    outbox.on('stream.post.deleted', 'test.fast', async () => undefined, { lane: 'fast' });
    await t.dataSource.transaction((tx) =>
      outbox.enqueue(tx, 'stream.post.deleted', { postId: 'c' }),
    );
    expect((await outbox.claim(10, 'fast')).map((j) => j.handler)).toEqual(['test.fast']);
    expect((await outbox.claim(10, 'bulk')).map((j) => j.handler)).toEqual(['test.bulk']);
    await t.dataSource.query(`DELETE FROM outbox_jobs`);
  });

  it.each(['fast', 'bulk'] as const)(
    'claims (%s lane) without reading the jobs that ran before: they left no trace it walks',
    async (lane) => {
      // 5,000 jobs queued already claimed (as a write's fast jobs are), run and deleted, not yet
      // vacuumed; then one job of the lane waiting.
      await t.dataSource.query(
        `INSERT INTO outbox_jobs (event_type, handler, payload, fast, locked_until, attempts)
       SELECT 'stream.post.deleted', 'test.gone', '{}', true, now() + interval '15 seconds', 1
         FROM generate_series(1, 5000)`,
      );
      await t.dataSource.query(`DELETE FROM outbox_jobs WHERE handler = 'test.gone'`);
      await t.dataSource.query(
        `INSERT INTO outbox_jobs (event_type, handler, payload, fast) VALUES ('stream.post.deleted', 'test.gone', '{}', $1)`,
        [lane === 'fast'],
      );
      const plan = await t.dataSource.transaction(async (tx) => {
        const [row] = await tx.query(
          `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${claimSql(lane)}`,
          [10, 60],
        );
        await tx.query('ROLLBACK AND CHAIN'); // the claim only measured, not kept
        return row['QUERY PLAN'][0].Plan as PlanNode;
      });
      expect(outboxScanBuffers(plan)).toBeGreaterThan(0);
      // A claim that also read locked rows touched 148 (fast) and 290 (bulk) buffers here.
      expect(outboxScanBuffers(plan)).toBeLessThan(15);
      await t.dataSource.query(`DELETE FROM outbox_jobs`);
    },
  );

  it('wakes a waiting worker on a nudge that came while it was busy (no lost wake-up)', async () => {
    const seen = outbox.wakeCount('fast');
    outbox.nudge();
    const started = Date.now();
    await outbox.waitForWork(5000, 'fast', seen);
    expect(Date.now() - started).toBeLessThan(100);
  });

  it('runs a batch handler once per batch and deletes its jobs; a failing batch falls back to one job at a time', async () => {
    const batches: string[][] = [];
    const singles: string[] = [];
    let failBatch = false;
    outbox.on(
      'stream.post.edited',
      'test.batched',
      async ({ postId }) => {
        if (postId === 'bad') throw new Error('bad post');
        singles.push(postId);
      },
      {
        many: async (payloads) => {
          if (failBatch) throw new Error('batch failed');
          batches.push(payloads.map((p) => p.postId));
        },
      },
    );
    const edit = (postId: string) =>
      t.dataSource.transaction((tx) => outbox.enqueue(tx, 'stream.post.edited', { postId }));
    for (const id of ['p1', 'p2', 'p3']) await edit(id);
    await outbox.runBatch(await outbox.claim(100, 'bulk'));
    expect(batches).toEqual([['p1', 'p2', 'p3']]);
    expect(singles).toEqual([]);
    expect(await rows()).toEqual([]);

    failBatch = true;
    for (const id of ['p4', 'bad', 'p5']) await edit(id);
    await outbox.runBatch(await outbox.claim(100, 'bulk'));
    expect(singles).toEqual(['p4', 'p5']);
    const left = await rows();
    expect(left).toHaveLength(1);
    expect(left[0]).toMatchObject({ handler: 'test.batched', last_error: 'bad post' });
    await t.dataSource.query(`DELETE FROM outbox_jobs`);
  });
});

describe('outbox with a worker in this process', () => {
  const ran: string[] = [];
  let worker: OutboxWorker;

  beforeAll(async () => {
    outbox.on(
      'communities.member.removed',
      'test.local',
      async ({ userId }) => {
        ran.push(userId);
      },
      { lane: 'fast' },
    );
    worker = t.app.get(OutboxWorker);
    await worker.start();
  });
  afterAll(() => worker.beforeApplicationShutdown());

  const removed = (userId: string) =>
    ({ type: 'communities.member.removed', payload: { communityId: 'c', userId } }) as const;
  /** Polls for up to 2 s: the worker runs on its own schedule. */
  const until = async (check: () => boolean | Promise<boolean>) => {
    for (let i = 0; i < 200 && !(await check()); i++) await new Promise((r) => setTimeout(r, 10));
  };

  it("queues a write's fast jobs already claimed and runs them right after its commit", async () => {
    let claimedBeforeCommit: unknown[] = [];
    await t.dataSource.transaction(async (tx) => {
      const statement = new OneStatement();
      outbox.enqueueIn(statement, [removed('l1')]);
      await statement.run(tx);
      claimedBeforeCommit = await tx.query(
        `SELECT attempts, locked_until <= now() + interval '15 seconds' AS short_lock
           FROM outbox_jobs WHERE handler = 'test.local' AND locked_until > now()`,
      );
      expect(ran).toEqual([]); // not before commit
    });
    // Locked briefly: if this process died now, another worker would take it within 15 s.
    expect(claimedBeforeCommit).toEqual([{ attempts: 1, short_lock: true }]);
    await until(() => ran.includes('l1'));
    expect(ran).toEqual(['l1']);
    await until(async () => (await rows()).length === 0); // the job's DELETE follows it
    expect(await rows()).toEqual([]);
  });

  it('runs nothing for a write that rolls back', async () => {
    await expect(
      t.dataSource.transaction(async (tx) => {
        const statement = new OneStatement();
        outbox.enqueueIn(statement, [removed('l2')]);
        await statement.run(tx);
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    await new Promise((r) => setTimeout(r, 100));
    expect(ran).not.toContain('l2');
    expect(await rows()).toEqual([]);
  });

  it('holds writes back while the fast lane is full, and lets them go as its jobs finish', async () => {
    let release = () => undefined as void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let blocked = 0;
    outbox.on(
      'communities.member.invited',
      'test.blocked',
      async () => {
        blocked += 1;
        await gate;
      },
      { lane: 'fast' },
    );
    try {
      for (let i = 0; i < 8; i++) {
        const statement = new OneStatement();
        outbox.enqueueIn(statement, [
          {
            type: 'communities.member.invited',
            payload: { communityId: `c${i}`, userId: 'u', invitedBy: 'o' },
          },
        ]);
        await statement.run(t.dataSource.manager);
      }
      await until(() => blocked === 8); // all 8 fast slots busy
      expect(blocked).toBe(8);
      let admitted = false;
      const admission = outbox.admit(5000).then(() => (admitted = true));
      await new Promise((r) => setTimeout(r, 100));
      expect(admitted).toBe(false);
      release();
      await admission;
      expect(admitted).toBe(true);
    } finally {
      release();
    }
    await until(async () => (await rows()).length === 0);
  });

  it('hands back, and runs, a job whose lock expired while the worker runs', async () => {
    // Claimed by a process that died: locked, and its lock ran out. No commit wakes anyone.
    await t.dataSource.query(
      `INSERT INTO outbox_jobs (event_type, handler, payload, fast, locked_until, attempts)
       VALUES ('communities.member.removed', 'test.local', '{"communityId":"c","userId":"l4"}',
               true, now() - interval '1 second', 1)`,
    );
    await until(() => ran.includes('l4'));
    expect(ran).toContain('l4');
    await until(async () => (await rows()).length === 0);
    expect(await rows()).toEqual([]);
  });

  it('claims the jobs of a process that died after its commit once their lock expires', async () => {
    // A runner that takes the jobs and never runs them: the process died right after commit.
    outbox.runLocally({
      hasRoom: () => true,
      run: () => undefined,
      nextDone: async () => undefined,
    });
    const statement = new OneStatement();
    outbox.enqueueIn(statement, [removed('l3')]);
    await statement.run(t.dataSource.manager);
    await worker.beforeApplicationShutdown(); // the dead process's worker is gone too
    expect(await outbox.claim(10)).toEqual([]); // locked: nobody else takes it yet
    await t.dataSource.query(`UPDATE outbox_jobs SET locked_until = now() - interval '1 second'`);
    await outbox.drain();
    expect(ran).toContain('l3');
    expect(await rows()).toEqual([]);
  });
});

describe('writes of a process that runs no jobs (WORKER_MODE=off)', () => {
  it('wait while the shared fast queue is full, and go as the workers elsewhere catch up', async () => {
    outbox.runLocally(null); // no worker here
    outbox.on('communities.member.invited', 'test.elsewhere', async () => undefined, {
      lane: 'fast',
    });
    const queue = (n: number) =>
      t.dataSource.query(
        `INSERT INTO outbox_jobs (event_type, handler, payload, fast)
         SELECT 'communities.member.invited', 'test.elsewhere', '{}'::jsonb, true FROM generate_series(1, $1)`,
        [n],
      );
    await queue(SHARED_FAST_QUEUE_LIMIT);
    const held = async (maxMs: number) => {
      const started = Date.now();
      await outbox.admit(maxMs);
      return Date.now() - started;
    };
    // Not told yet that jobs run elsewhere: nothing holds the write.
    expect(await held(10_000)).toBeLessThan(5_000);

    t.app.get(OutboxConsumer).holdWritesOnSharedQueue();
    let admitted = false;
    const admission = held(10_000).then((ms) => ((admitted = true), ms));
    await new Promise((r) => setTimeout(r, 400));
    expect(admitted).toBe(false);
    // A worker elsewhere takes one job: the queue is under the limit and the write goes.
    await t.dataSource.query(
      `DELETE FROM outbox_jobs WHERE id = (SELECT min(id) FROM outbox_jobs WHERE handler = 'test.elsewhere')`,
    );
    expect(await admission).toBeLessThan(5_000);
    // Jobs claimed by a worker (locked) are on their way: they do not hold writes.
    await queue(1);
    await t.dataSource.query(
      `UPDATE outbox_jobs SET locked_until = now() + interval '1 minute' WHERE handler = 'test.elsewhere'`,
    );
    expect(await held(10_000)).toBeLessThan(5_000);
    await t.dataSource.query(`DELETE FROM outbox_jobs WHERE handler = 'test.elsewhere'`);
  });
});

describe('writes while the bulk lane lags (search index, analytics)', () => {
  const bulk = (n: number, opts: { ageMs: number; retryInMs?: number; locked?: boolean }) =>
    t.dataSource.query(
      `INSERT INTO outbox_jobs (event_type, handler, payload, fast, created_at, run_at, locked_until)
       SELECT 'communities.member.invited', 'test.lagging', '{}'::jsonb, false,
              now() - make_interval(secs => $2::float8 / 1000),
              now() + make_interval(secs => $3::float8 / 1000),
              CASE WHEN $4 THEN now() + interval '1 minute' END
         FROM generate_series(1, $1)`,
      [n, opts.ageMs, opts.retryInMs ?? -opts.ageMs, opts.locked ?? false],
    );
  const held = async (maxMs: number) => {
    const started = Date.now();
    await outbox.admit(maxMs);
    return Date.now() - started;
  };
  beforeAll(() => {
    outbox.on('communities.member.invited', 'test.lagging', async () => undefined);
    t.app.get(OutboxConsumer).holdWritesOnSharedQueue(); // jobs run elsewhere
  });
  // One reading of the lag serves every write for a while: each test reads afresh.
  beforeEach(() => new Promise((r) => setTimeout(r, SHARED_QUEUE_READ_MS + 20)));
  afterEach(() => t.dataSource.query(`DELETE FROM outbox_jobs`));

  it('wait while the oldest due bulk job has waited too long, and go once the lane catches up', async () => {
    await bulk(1, { ageMs: BULK_LAG_LIMIT_MS + 4000 });
    let admitted = false;
    const admission = held(10_000).then((ms) => ((admitted = true), ms));
    await new Promise((r) => setTimeout(r, 400));
    expect(admitted).toBe(false);
    await t.dataSource.query(`DELETE FROM outbox_jobs`); // a worker took it
    expect(await admission).toBeLessThan(5_000);
  });

  it('go at the deadline however far the lane lags', async () => {
    await bulk(1, { ageMs: BULK_LAG_LIMIT_MS + 4000 });
    const ms = await held(300);
    expect(ms).toBeGreaterThanOrEqual(290);
    expect(ms).toBeLessThan(5_000);
  });

  it('are not held by young jobs, jobs waiting for a retry or jobs a worker holds', async () => {
    await bulk(3, { ageMs: 0 });
    await bulk(3, { ageMs: BULK_LAG_LIMIT_MS + 4000, retryInMs: 60_000 });
    await bulk(3, { ageMs: BULK_LAG_LIMIT_MS + 4000, locked: true });
    let admitted = false;
    const admission = held(10_000).then((ms) => ((admitted = true), ms));
    await new Promise((r) => setTimeout(r, 400));
    expect(admitted).toBe(true);
    await admission;
  });

  it('read how far the lane lags from one index entry, however long the backlog', async () => {
    await bulk(5000, { ageMs: BULK_LAG_LIMIT_MS + 4000 });
    await t.dataSource.query('ANALYZE outbox_jobs');
    const [row] = await t.dataSource.query(
      `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${BULK_LAG_SQL}`,
    );
    const plan = row['QUERY PLAN'][0].Plan as PlanNode;
    expect(outboxScanBuffers(plan)).toBeGreaterThan(0);
    // Filtered by `NOT fast` and ordered by id alone, it touched 1,000–1,027 buffers here.
    expect(outboxScanBuffers(plan)).toBeLessThan(15);
  });
});
