import { createTestApp, errorCode, GraphqlClient, TestApp } from '@outloud/server-core/testing';
import { IdentityModule } from '../index';

const PASSWORD = 'correct horse battery';
const LOG_IN = `mutation ($input: LogInInput!) { logIn(input: $input) { viewer { id } } }`;
const AUDIT = `query ($filter: AuditLogFilter, $first: Int) {
  auditLog(filter: $filter, first: $first) {
    nodes { action actorType actorId actorLabel targetType targetId before after reason requestId ipAddress }
  }
}`;

interface Entry {
  action: string;
  actorType: string;
  actorId: string | null;
  actorLabel: string | null;
  targetType: string | null;
  targetId: string | null;
  before: string | null;
  after: string | null;
  reason: string | null;
  requestId: string | null;
  ipAddress: string | null;
}

let t: TestApp;
let admin: GraphqlClient;
let adminId: string;
let memberId: string;

async function signUp(handle: string): Promise<{ client: GraphqlClient; id: string }> {
  const client = t.client();
  const data = await client.ok<{ signUp: { viewer: { id: string } } }>(
    `mutation ($input: SignUpInput!) { signUp(input: $input) { viewer { id } } }`,
    {
      input: { handle, displayName: handle, email: `${handle}@corp.example`, password: PASSWORD },
    },
  );
  return { client, id: data.signUp.viewer.id };
}

const entries = async (filter: Record<string, unknown>): Promise<Entry[]> =>
  (await admin.ok<{ auditLog: { nodes: Entry[] } }>(AUDIT, { filter, first: 100 })).auditLog.nodes;

beforeAll(async () => {
  t = await createTestApp({ imports: [IdentityModule] });
  ({ client: admin, id: adminId } = await signUp('chief'));
  ({ id: memberId } = await signUp('robin'));
});
afterAll(() => t?.close());

describe('security events in the audit log', () => {
  it('records a sign-in with the method, request id and client address', async () => {
    const client = t.client();
    const res = await client.request(
      LOG_IN,
      { input: { login: 'robin', password: PASSWORD } },
      { 'x-request-id': 'audit-test-request-1' },
    );
    expect(res.errors).toBeUndefined();
    const [entry] = await entries({ actions: ['identity.session.started'], actorId: memberId });
    expect(entry).toMatchObject({
      actorType: 'USER',
      actorLabel: 'robin',
      targetType: 'user',
      targetId: memberId,
      requestId: 'audit-test-request-1',
      ipAddress: expect.stringMatching(/127\.0\.0\.1/),
    });
    expect(JSON.parse(entry.after!)).toMatchObject({ method: 'password' });
  });

  it('records refused sign-ins (unknown account, wrong password) without telling the caller which', async () => {
    const wrong = await t
      .client()
      .request(LOG_IN, { input: { login: 'robin', password: 'nope-nope-nope' } });
    const unknown = await t
      .client()
      .request(LOG_IN, { input: { login: 'ghost', password: 'nope-nope-nope' } });
    expect(wrong.errors).toEqual(unknown.errors);
    const refused = await entries({ actions: ['identity.session.refused'] });
    expect(refused.map((e) => [e.actorType, e.targetId, e.reason])).toEqual([
      ['ANONYMOUS', null, 'unknown account'],
      ['ANONYMOUS', memberId, 'wrong password'],
    ]);
    expect(refused.every((e) => !e.after!.includes('nope-nope-nope'))).toBe(true);
  });

  it('records role changes with before and after, and not a change to the same role', async () => {
    const SET_ROLE = `mutation ($id: ID!, $role: UserRole!) { setUserRole(userId: $id, role: $role) { role } }`;
    await admin.ok(SET_ROLE, { id: memberId, role: 'MODERATOR' });
    await admin.ok(SET_ROLE, { id: memberId, role: 'MODERATOR' });
    const changes = await entries({ actions: ['identity.user.roleChanged'], targetId: memberId });
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ actorId: adminId, actorLabel: 'chief' });
    expect(JSON.parse(changes[0].before!)).toEqual({ role: 'member' });
    expect(JSON.parse(changes[0].after!)).toEqual({ role: 'moderator' });
  });

  it('records instance settings changed by an admin, from what to what', async () => {
    await admin.ok(`mutation { setOpenSignUp(enabled: false) { openSignUp } }`);
    await admin.ok(`mutation { setOpenSignUp(enabled: false) { openSignUp } }`);
    const changes = await entries({ actions: ['identity.setting.changed'] });
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      actorId: adminId,
      targetType: 'setting',
      targetId: 'openSignUp',
    });
    expect(JSON.parse(changes[0].before!)).toEqual({ openSignUp: true });
    expect(JSON.parse(changes[0].after!)).toEqual({ openSignUp: false });
    await admin.ok(`mutation { setOpenSignUp(enabled: true) { openSignUp } }`);
  });

  it('writes no entry when the action is refused (the last admin keeps the role)', async () => {
    const before = await entries({ actions: ['identity.user.roleChanged'] });
    const res = await admin.request(
      `mutation ($id: ID!) { setUserRole(userId: $id, role: MEMBER) { role } }`,
      { id: adminId },
    );
    expect(errorCode(res)).toBe('CONFLICT');
    expect(await entries({ actions: ['identity.user.roleChanged'] })).toHaveLength(before.length);
  });

  it('records deactivation (with the sessions it ended) and reactivation', async () => {
    const person = await signUp('leaver');
    await admin.ok(`mutation ($id: ID!) { deactivateUser(userId: $id) { id } }`, { id: person.id });
    await admin.ok(`mutation ($id: ID!) { reactivateUser(userId: $id) { id } }`, { id: person.id });
    const log = await entries({ targetId: person.id, actionPrefix: 'identity.user.' });
    expect(log.map((e) => e.action)).toEqual([
      'identity.user.reactivated',
      'identity.user.deactivated',
      'identity.user.signedUp',
    ]);
    expect(JSON.parse(log[1].after!)).toEqual({ status: 'deactivated', sessionsEnded: 1 });
    expect(JSON.parse(log[1].before!)).toEqual({ status: 'active' });
  });

  it('records "log out everywhere" with the number of sessions ended', async () => {
    const person = await signUp('traveller');
    await t.client().ok(LOG_IN, { input: { login: 'traveller', password: PASSWORD } });
    await person.client.ok(`mutation { logOutEverywhere }`);
    const [entry] = await entries({
      actions: ['identity.session.revokedAll'],
      actorId: person.id,
    });
    expect(JSON.parse(entry.after!)).toEqual({ sessionsEnded: 2 });
  });

  it('records a password change (with the sessions it ended) and a device signed out', async () => {
    const person = await signUp('rotator');
    const phone = t.client();
    await phone.ok(LOG_IN, { input: { login: 'rotator', password: PASSWORD } });
    const tablet = t.client();
    await tablet.ok(LOG_IN, { input: { login: 'rotator', password: PASSWORD } });
    const { mySessions } = await person.client.ok<{
      mySessions: { id: string; current: boolean }[];
    }>(`{ mySessions { id current } }`);
    const other = mySessions.find((s) => !s.current)!;
    await person.client.ok(`mutation ($id: ID!) { endSession(id: $id) }`, { id: other.id });
    await person.client.ok(
      `mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }`,
      { input: { currentPassword: PASSWORD, newPassword: 'another long passphrase' } },
    );
    const log = await entries({ targetId: person.id, actorId: person.id });
    expect(log.map((e) => e.action).slice(0, 2)).toEqual([
      'identity.user.passwordChanged',
      'identity.session.revoked',
    ]);
    expect(JSON.parse(log[0].after!)).toEqual({ otherSessionsEnded: 1 });
    expect(JSON.parse(log[1].after!)).toEqual({ sessionId: other.id, current: false });
  });

  it('shows the audit log to admins only', async () => {
    const member = t.client();
    await member.ok(LOG_IN, { input: { login: 'robin', password: PASSWORD } });
    expect(errorCode(await member.request(AUDIT, {}))).toBe('FORBIDDEN');
    expect(errorCode(await t.client().request(AUDIT, {}))).toBe('UNAUTHENTICATED');
  });
});
