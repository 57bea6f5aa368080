import { createTestApp, errorCode, GraphqlClient, TestApp } from '@outloud/server-core/testing';
import { IdentityModule } from '../index';

/**
 * People administration: last activity kept to the hour from the session check, the filters by
 * department, role and status, deactivation with a reason in the audit log, and the last admin.
 */

const PASSWORD = 'correct horse battery';
const LOG_IN = `mutation ($input: LogInInput!) { logIn(input: $input) { viewer { id } } }`;
const PEOPLE = `query ($filter: PeopleFilter, $first: Int, $after: String) {
  people(filter: $filter, first: $first, after: $after) {
    nodes { handle department role status lastActiveAt }
    pageInfo { endCursor hasNextPage }
  }
}`;

interface PersonRow {
  handle: string;
  department: string | null;
  role: string;
  status: string;
  lastActiveAt: string | null;
}

let t: TestApp;
let admin: GraphqlClient;
let member: GraphqlClient;
const ids: Record<string, string> = {};

async function signUp(handle: string, department?: string): Promise<GraphqlClient> {
  const client = t.client();
  const data = await client.ok<{ signUp: { viewer: { id: string } } }>(
    `mutation ($input: SignUpInput!) { signUp(input: $input) { viewer { id } } }`,
    {
      input: { handle, displayName: handle, email: `${handle}@corp.example`, password: PASSWORD },
    },
  );
  ids[handle] = data.signUp.viewer.id;
  if (department)
    await client.ok(`mutation ($d: String!) { updateProfile(input: { department: $d }) { id } }`, {
      d: department,
    });
  return client;
}

const lastActive = async (handle: string): Promise<Date | null> => {
  const [row] = await t.dataSource.query(`SELECT last_active_at FROM users WHERE id = $1`, [
    ids[handle],
  ]);
  return row.last_active_at;
};

const setLastActive = (handle: string, ago: string) =>
  t.dataSource.query(`UPDATE users SET last_active_at = now() - $2::interval WHERE id = $1`, [
    ids[handle],
    ago,
  ]);

/** A fresh session: the next request is a session check PostgreSQL answers (no cache). */
async function logIn(handle: string): Promise<GraphqlClient> {
  const client = t.client();
  await client.ok(LOG_IN, { input: { login: handle, password: PASSWORD } });
  return client;
}

const people = async (filter: Record<string, unknown>): Promise<PersonRow[]> =>
  (await admin.ok<{ people: { nodes: PersonRow[] } }>(PEOPLE, { filter, first: 100 })).people.nodes;

beforeAll(async () => {
  t = await createTestApp({ imports: [IdentityModule] });
  admin = await signUp('boss', 'Management');
  member = await signUp('sam', 'Sales');
  await signUp('sara', ' sales ');
  await signUp('erik', 'Engineering');
  await signUp('nodept');
});
afterAll(() => t?.close());

describe('last active', () => {
  it('is set by the first session check after signing in', async () => {
    await t.dataSource.query(`UPDATE users SET last_active_at = NULL WHERE id = $1`, [ids['erik']]);
    const erik = await logIn('erik');
    await erik.ok(`{ viewer { id } }`);
    const at = await lastActive('erik');
    expect(at).not.toBeNull();
    expect(Date.now() - at!.getTime()).toBeLessThan(60_000);
  });

  it('is written at most once an hour, not on every request', async () => {
    await setLastActive('erik', '30 minutes');
    const before = await lastActive('erik');
    const erik = await logIn('erik');
    for (let i = 0; i < 3; i++) await erik.ok(`{ viewer { id } }`);
    expect(await lastActive('erik')).toEqual(before);

    await setLastActive('erik', '2 hours');
    await (await logIn('erik')).ok(`{ viewer { id } }`);
    expect(Date.now() - (await lastActive('erik'))!.getTime()).toBeLessThan(60_000);
  });

  it('is shown to admins only', async () => {
    const [erik] = await people({ query: 'erik' });
    expect(erik.lastActiveAt).not.toBeNull();
    const seen = await member.ok<{ user: { lastActiveAt: string | null } }>(
      `{ user(handle: "erik") { lastActiveAt } }`,
    );
    expect(seen.user.lastActiveAt).toBeNull();
  });
});

describe('finding people', () => {
  it('filters by department regardless of case and spaces, and lists the departments', async () => {
    expect((await people({ department: 'SALES' })).map((p) => p.handle).sort()).toEqual([
      'sam',
      'sara',
    ]);
    const { peopleDepartments } = await admin.ok<{ peopleDepartments: string[] }>(
      `{ peopleDepartments }`,
    );
    expect(peopleDepartments.map((d) => d.toLowerCase())).toEqual([
      'engineering',
      'management',
      'sales',
    ]);
  });

  it('filters by role and by status, and combines filters', async () => {
    expect((await people({ role: 'ADMIN' })).map((p) => p.handle)).toEqual(['boss']);
    await admin.ok(`mutation ($id: ID!) { deactivateUser(userId: $id) { id } }`, {
      id: ids['nodept'],
    });
    expect((await people({ status: 'DEACTIVATED' })).map((p) => p.handle)).toEqual(['nodept']);
    expect(
      (await people({ status: 'ACTIVE', department: 'sales', query: 'sar' })).map((p) => p.handle),
    ).toEqual(['sara']);
    expect((await people({})).length).toBe(5);
  });

  it('refuses members (FORBIDDEN) and an over-long department (BAD_USER_INPUT)', async () => {
    expect(errorCode(await member.request(PEOPLE, {}))).toBe('FORBIDDEN');
    expect(errorCode(await member.request(`{ peopleDepartments }`))).toBe('FORBIDDEN');
    const res = await admin.request(PEOPLE, { filter: { department: 'x'.repeat(101) } });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
  });
});

describe('deactivation with a reason', () => {
  const AUDIT = `query ($id: String) { auditLog(filter: { targetId: $id, actions: ["identity.user.deactivated"] }) { nodes { reason } } }`;

  it('keeps the reason in the audit log', async () => {
    await admin.ok(
      `mutation ($id: ID!, $r: String) { deactivateUser(userId: $id, reason: $r) { status } }`,
      { id: ids['sara'], r: '  Left the company in March.  ' },
    );
    const log = await admin.ok<{ auditLog: { nodes: { reason: string | null }[] } }>(AUDIT, {
      id: ids['sara'],
    });
    expect(log.auditLog.nodes).toEqual([{ reason: 'Left the company in March.' }]);
  });

  it('refuses an over-long reason and changes nothing', async () => {
    const res = await admin.request(
      `mutation ($id: ID!, $r: String) { deactivateUser(userId: $id, reason: $r) { status } }`,
      { id: ids['sam'], r: 'x'.repeat(501) },
    );
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    const [row] = await t.dataSource.query(`SELECT status FROM users WHERE id = $1`, [ids['sam']]);
    expect(row.status).toBe('active');
  });
});

describe('the last admin', () => {
  it('cannot be demoted, and cannot deactivate themselves; a second admin changes that', async () => {
    const demote = `mutation ($id: ID!, $role: UserRole!) { setUserRole(userId: $id, role: $role) { role } }`;
    expect(errorCode(await admin.request(demote, { id: ids['boss'], role: 'MEMBER' }))).toBe(
      'CONFLICT',
    );
    expect(
      errorCode(
        await admin.request(`mutation ($id: ID!) { deactivateUser(userId: $id) { id } }`, {
          id: ids['boss'],
        }),
      ),
    ).toBe('FORBIDDEN');
    expect((await people({ role: 'ADMIN', status: 'ACTIVE' })).map((p) => p.handle)).toEqual([
      'boss',
    ]);

    await admin.ok(demote, { id: ids['erik'], role: 'ADMIN' });
    const erik = await logIn('erik');
    await erik.ok(demote, { id: ids['boss'], role: 'MODERATOR' });
    // Now erik is the last admin: boss (a moderator) can no longer administer, erik cannot step down.
    expect(errorCode(await erik.request(demote, { id: ids['erik'], role: 'MEMBER' }))).toBe(
      'CONFLICT',
    );
  });
});
