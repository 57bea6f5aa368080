import { UserRole } from '@outloud/contracts';
import { createTestApp, TestApp } from '@outloud/server-core/testing';
import { Viewer } from '@outloud/server-core';
import { randomUUID } from 'node:crypto';
import { AuditActorType, AuditModule, AuditService, SYSTEM_ACTOR } from '../index';

let t: TestApp;
let audit: AuditService;

const admin: Viewer = { id: randomUUID(), handle: 'boss', role: UserRole.ADMIN, sessionId: 's' };
const member: Viewer = { id: randomUUID(), handle: 'pat', role: UserRole.MEMBER, sessionId: 's' };

beforeAll(async () => {
  t = await createTestApp({ imports: [AuditModule], graphql: false });
  audit = t.app.get(AuditService);
});
afterAll(() => t?.close());

const count = async () =>
  Number((await t.dataSource.query(`SELECT count(*) FROM audit_entries`))[0].count);

describe('audit log storage', () => {
  it('writes in the caller transaction: the entry commits with the action, or not at all', async () => {
    const before = await count();
    await expect(
      t.dataSource.transaction(async (tx) => {
        await audit.record(tx, { actor: SYSTEM_ACTOR, action: 'test.thing.done' });
        throw new Error('the action failed');
      }),
    ).rejects.toThrow('the action failed');
    expect(await count()).toBe(before);

    await t.dataSource.transaction((tx) =>
      audit.record(tx, {
        actor: { type: AuditActorType.USER, id: admin.id, label: admin.handle },
        action: 'test.thing.done',
        target: { type: 'thing', id: '42' },
        before: { state: 'old' },
        after: { state: 'new' },
        reason: 'because',
        context: { requestId: 'req-12345678', ipAddress: '10.1.2.3' },
      }),
    );
    const [row] = await t.dataSource.query(
      `SELECT * FROM audit_entries WHERE action = 'test.thing.done'`,
    );
    expect(row).toMatchObject({
      actor_type: 'user',
      actor_id: admin.id,
      actor_label: 'boss',
      target_type: 'thing',
      target_id: '42',
      before: { state: 'old' },
      after: { state: 'new' },
      reason: 'because',
      request_id: 'req-12345678',
      ip_address: '10.1.2.3',
    });
    expect(row.occurred_at).toBeInstanceOf(Date);
  });

  it.each([
    ['UPDATE', `UPDATE audit_entries SET reason = 'rewritten'`],
    ['UPDATE of no row', `UPDATE audit_entries SET reason = 'x' WHERE id = -1`],
    ['DELETE', `DELETE FROM audit_entries`],
    ['TRUNCATE', `TRUNCATE audit_entries`],
  ])('refuses %s in the database itself', async (_label, sql) => {
    await audit.record(t.dataSource.manager, { actor: SYSTEM_ACTOR, action: 'test.row.kept' });
    const before = await count();
    await expect(t.dataSource.query(sql)).rejects.toThrow(/append-only/);
    expect(await count()).toBe(before);
    const reasons = await t.dataSource.query(
      `SELECT count(*) FROM audit_entries WHERE reason IN ('rewritten', 'x')`,
    );
    expect(Number(reasons[0].count)).toBe(0);
  });

  it('refuses an action name that is not <domain>.<entity>.<pastVerb>', async () => {
    await expect(
      audit.record(t.dataSource.manager, { actor: SYSTEM_ACTOR, action: 'DROP TABLE' }),
    ).rejects.toThrow(/not <domain>/);
  });

  it('keeps an oversized detail as a marker instead of failing the action', async () => {
    await audit.record(t.dataSource.manager, {
      actor: SYSTEM_ACTOR,
      action: 'test.big.done',
      after: { blob: 'x'.repeat(100_000) },
    });
    const [row] = await t.dataSource.query(
      `SELECT after FROM audit_entries WHERE action = 'test.big.done'`,
    );
    expect(row.after).toEqual({ truncated: true, bytes: expect.any(Number) });
  });
});

describe('reading the audit log', () => {
  beforeAll(async () => {
    for (let i = 0; i < 5; i++)
      await audit.record(t.dataSource.manager, {
        actor: { type: AuditActorType.USER, id: member.id, label: member.handle },
        action: i % 2 ? 'paging.item.odd' : 'paging.item.even',
        target: { type: 'item', id: String(i) },
      });
  });

  it('is for admins only', async () => {
    await expect(audit.list(member, {}, {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('lists newest first, in pages, with filters', async () => {
    const first = await audit.list(admin, { actionPrefix: 'paging.' }, { first: 3 });
    expect(first.nodes.map((r) => r.targetId)).toEqual(['4', '3', '2']);
    expect(first.hasNextPage).toBe(true);
    const second = await audit.list(
      admin,
      { actionPrefix: 'paging.' },
      { first: 3, after: first.cursors.at(-1) },
    );
    expect(second.nodes.map((r) => r.targetId)).toEqual(['1', '0']);
    expect(second.hasNextPage).toBe(false);

    const odd = await audit.list(admin, { actions: ['paging.item.odd'] }, {});
    expect(odd.nodes.map((r) => r.targetId)).toEqual(['3', '1']);
    const byTarget = await audit.list(admin, { targetType: 'item', targetId: '2' }, {});
    expect(byTarget.nodes).toHaveLength(1);
    const byActor = await audit.list(admin, { actorId: member.id }, {});
    expect(byActor.nodes).toHaveLength(5);
    const future = await audit.list(admin, { since: new Date(Date.now() + 60_000) }, {});
    expect(future.nodes).toHaveLength(0);
  });

  it('refuses a tampered cursor or a malformed actor id with BAD_USER_INPUT', async () => {
    const bad = Buffer.from(JSON.stringify(['1; DROP'])).toString('base64url');
    await expect(audit.list(admin, {}, { after: bad })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    await expect(audit.list(admin, { actorId: 'nope' }, {})).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
  });
});
