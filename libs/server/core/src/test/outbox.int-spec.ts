import { createTestApp, TestApp } from '@outloud/server-core/testing';
import { OutboxService } from '../lib/outbox/outbox.service';

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
});
