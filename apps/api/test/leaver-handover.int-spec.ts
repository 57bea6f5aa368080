import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, errorCode, signUpPerson } from '@outloud/server-core/testing';
import type { GraphqlClient, TestApp } from '@outloud/server-core/testing';
import { DOMAIN_MODULES } from '../src/app.module';

/**
 * Leaver handover (issue 24, item 5): when someone is deactivated their posts and files stay,
 * attributed to a former colleague; communities they owned pass to a remaining owner, or to the
 * longest-standing active member, or wait for an admin to pick one; admins give their files a new
 * owner without losing versions, likes or download counts.
 */
const PASSWORD = 'correct horse battery';

let t: TestApp;
const c = {} as Record<string, GraphqlClient>;
const ids = {} as Record<string, string>;
const community = {} as Record<'shared' | 'solo' | 'lonely', string>;
let fileId: string;
let questionId: string;

async function signUp(handle: string): Promise<void> {
  const person = await signUpPerson(t, handle, {
    displayName: `${handle} Person`,
    password: PASSWORD,
  });
  c[handle] = person.client;
  ids[handle] = person.id;
}

async function createCommunity(owner: string, slug: string, type: string): Promise<string> {
  const { createCommunity } = await c[owner].ok<{ createCommunity: { id: string } }>(
    `mutation ($i: CreateCommunityInput!) { createCommunity(input: $i) { id } }`,
    { i: { name: `Community ${slug}`, slug, type } },
  );
  return createCommunity.id;
}

const join_ = (who: string, id: string) =>
  c[who].ok(`mutation ($id: ID!) { joinCommunity(id: $id) { state } }`, { id });

async function upload(client: GraphqlClient, path: string, name: string, text: string) {
  const form = new FormData();
  form.append('name', name);
  form.append('file', new Blob([text]), name);
  const res = await fetch(`${t.url}${path}`, {
    method: 'POST',
    headers: { cookie: client.cookieHeader, 'x-outloud-csrf': '1' },
    body: form,
  });
  const body = (await res.json()) as { file?: { id: string } };
  if (!body.file) throw new Error(`upload failed: ${JSON.stringify(body)}`);
  return body.file.id;
}

const roles = async (communityId: string) =>
  (
    await t.dataSource.query(
      `SELECT u.handle, m.role FROM community_members m JOIN users u ON u.id = m.user_id
        WHERE m.community_id = $1 AND m.state = 'member' ORDER BY u.handle`,
      [communityId],
    )
  ).map((r: { handle: string; role: string }) => `${r.handle}:${r.role}`);

const deactivate = (handle: string) =>
  c.boss.ok(`mutation ($id: ID!) { deactivateUser(userId: $id) { id } }`, { id: ids[handle] });

const AWAITING = `{ communitiesAwaitingOwner { community { id name } formerOwners { handle isFormerColleague } } }`;
const FILE = `query ($id: ID!) { file(id: $id) { owner { handle } version likeCount downloadCount downloaderCount
  versions { version uploadedBy { handle isFormerColleague } } } }`;

beforeAll(async () => {
  t = await createTestApp({
    imports: DOMAIN_MODULES,
    config: { DATA_DIR: mkdtempSync(join(tmpdir(), 'outloud-handover-')) },
  });
  await signUp('boss'); // the first account is the site admin
  for (const handle of ['ana', 'bo', 'cy', 'dee', 'eve', 'fin']) await signUp(handle);

  // shared: ana and bo own it. solo: ana owns it; eve joined first, then cy, then dee.
  // lonely: restricted, ana alone.
  community.shared = await createCommunity('ana', 'shared', 'OPEN');
  await join_('bo', community.shared);
  await c.ana.ok(
    `mutation ($c: ID!, $u: ID!) { setCommunityRole(communityId: $c, userId: $u, role: OWNER) { role } }`,
    { c: community.shared, u: ids.bo },
  );
  community.solo = await createCommunity('ana', 'solo', 'OPEN');
  for (const who of ['eve', 'cy', 'dee']) {
    await join_(who, community.solo);
    // Distinct join times, whatever the clock's resolution.
    await t.dataSource.query(
      `UPDATE community_members SET created_at = now() - ($3 || ' minutes')::interval
        WHERE community_id = $1 AND user_id = $2`,
      [community.solo, ids[who], { eve: 30, cy: 20, dee: 10 }[who]],
    );
  }
  community.lonely = await createCommunity('ana', 'lonely', 'RESTRICTED');

  // ana's open question, and a file with two versions that others liked and downloaded.
  const { createPost } = await c.ana.ok<{ createPost: { id: string } }>(
    `mutation ($i: CreatePostInput!) { createPost(input: $i) { id } }`,
    { i: { body: 'Who renews the lab certificates?', isQuestion: true } },
  );
  questionId = createPost.id;
  fileId = await upload(c.ana, '/files/uploads', 'runbook.txt', 'Version one\n');
  await upload(c.ana, `/files/${fileId}/versions`, 'runbook.txt', 'Version two\n');
  await c.bo.ok(`mutation ($id: ID!) { likeFile(id: $id) { id } }`, { id: fileId });
  const res = await fetch(`${t.url}/files/${fileId}/download`, {
    headers: { cookie: c.cy.cookieHeader },
  });
  expect(res.status).toBe(200);
  await res.arrayBuffer();

  // eve (a member of solo) leaves first; then ana.
  await deactivate('eve');
  await t.drainOutbox();
  await deactivate('ana');
  await t.drainOutbox();
});
afterAll(() => t?.close());

describe('communities of a leaver', () => {
  it('stay with the remaining owner when there is one', async () => {
    expect(await roles(community.shared)).toEqual(['ana:owner', 'bo:owner']);
  });

  it('pass to the longest-standing active member otherwise (a former colleague is skipped)', async () => {
    expect(await roles(community.solo)).toEqual([
      'ana:owner',
      'cy:owner',
      'dee:member',
      'eve:member',
    ]);
    // The new owner can manage members at once.
    await c.cy.ok(
      `mutation ($c: ID!, $u: ID!) { setCommunityRole(communityId: $c, userId: $u, role: OWNER) { role } }`,
      { c: community.solo, u: ids.dee },
    );
    const audit = await c.boss.ok<{ auditLog: { nodes: { action: string }[] } }>(
      `query ($id: String) { auditLog(filter: { targetId: $id }) { nodes { action } } }`,
      { id: community.solo },
    );
    expect(audit.auditLog.nodes.map((n) => n.action)).toContain('communities.owner.handedOver');
  });

  it('handing over again changes nothing (a retried job)', async () => {
    await t.dataSource.query(
      `INSERT INTO outbox_jobs (event_type, handler, payload) VALUES ('identity.user.deactivated', 'communities.handOverOwnership', $1)`,
      [JSON.stringify({ userId: ids.ana })],
    );
    await t.drainOutbox();
    expect(await roles(community.solo)).toEqual([
      'ana:owner',
      'cy:owner',
      'dee:owner',
      'eve:member',
    ]);
  });

  it('with nobody to take over, waits for an admin, who alone sees and assigns it', async () => {
    const { communitiesAwaitingOwner } = await c.boss.ok<{
      communitiesAwaitingOwner: {
        community: { id: string; name: string };
        formerOwners: { handle: string; isFormerColleague: boolean }[];
      }[];
    }>(AWAITING);
    expect(communitiesAwaitingOwner).toEqual([
      {
        community: { id: community.lonely, name: 'Community lonely' },
        formerOwners: [{ handle: 'ana', isFormerColleague: true }],
      },
    ]);
    // Not for anyone else: neither the list nor the assignment.
    expect(errorCode(await c.bo.request(AWAITING))).toBe('FORBIDDEN');
    const assign = `mutation ($c: ID!, $h: String!) { assignCommunityOwner(communityId: $c, handle: $h) { id slug } }`;
    expect(errorCode(await c.bo.request(assign, { c: community.lonely, h: 'bo' }))).toBe(
      'FORBIDDEN',
    );
    expect(await roles(community.lonely)).toEqual(['ana:owner']);
    // A former colleague or an unknown handle cannot take it.
    expect(errorCode(await c.boss.request(assign, { c: community.lonely, h: 'eve' }))).toBe(
      'NOT_FOUND',
    );
    // A community with an active owner is not the admin's to give away.
    expect(errorCode(await c.boss.request(assign, { c: community.shared, h: 'fin' }))).toBe(
      'CONFLICT',
    );

    // fin could not see the restricted community before; as its owner, fin can.
    const see = `query { community(slug: "lonely") { id } }`;
    expect((await c.fin.ok<{ community: unknown }>(see)).community).toBeNull();
    await c.boss.ok(assign, { c: community.lonely, h: 'fin' });
    expect(await roles(community.lonely)).toEqual(['ana:owner', 'fin:owner']);
    expect((await c.fin.ok<{ community: { id: string } }>(see)).community).toEqual({
      id: community.lonely,
    });
    expect(
      (await c.boss.ok<{ communitiesAwaitingOwner: unknown[] }>(AWAITING)).communitiesAwaitingOwner,
    ).toEqual([]);
    // And once it has an owner again, assigning is refused.
    expect(errorCode(await c.boss.request(assign, { c: community.lonely, h: 'bo' }))).toBe(
      'CONFLICT',
    );
  });
});

describe('files of a leaver', () => {
  it('stay, attributed to a former colleague, until an admin gives them a new owner', async () => {
    const before = await c.bo.ok<{ file: unknown }>(FILE, { id: fileId });
    expect(before.file).toEqual({
      owner: { handle: 'ana' },
      version: 2,
      likeCount: 1,
      downloadCount: 1,
      downloaderCount: 1,
      versions: [
        { version: 2, uploadedBy: { handle: 'ana', isFormerColleague: true } },
        { version: 1, uploadedBy: { handle: 'ana', isFormerColleague: true } },
      ],
    });
    const count = `query ($id: ID!) { fileCountOf(userId: $id) }`;
    expect((await c.boss.ok<{ fileCountOf: number }>(count, { id: ids.ana })).fileCountOf).toBe(1);
    expect(errorCode(await c.bo.request(count, { id: ids.ana }))).toBe('FORBIDDEN');

    const give = `mutation ($f: ID!, $h: String!) { giveFilesToNewOwner(fromUserId: $f, toHandle: $h) }`;
    // Only admins; only a former colleague's files; only to an active person.
    expect(errorCode(await c.bo.request(give, { f: ids.ana, h: 'bo' }))).toBe('FORBIDDEN');
    expect(errorCode(await c.boss.request(give, { f: ids.cy, h: 'bo' }))).toBe('CONFLICT');
    expect(errorCode(await c.boss.request(give, { f: ids.ana, h: 'eve' }))).toBe('NOT_FOUND');
    expect(errorCode(await c.boss.request(give, { f: 'nobody', h: 'bo' }))).toBe('NOT_FOUND');

    expect(
      (await c.boss.ok<{ giveFilesToNewOwner: number }>(give, { f: ids.ana, h: 'bo' }))
        .giveFilesToNewOwner,
    ).toBe(1);
    await t.drainOutbox();
    const after = await c.dee.ok<{ file: unknown }>(FILE, { id: fileId });
    expect(after.file).toEqual({ ...(before.file as object), owner: { handle: 'bo' } });
    expect((await c.boss.ok<{ fileCountOf: number }>(count, { id: ids.bo })).fileCountOf).toBe(1);
    // The new owner may edit it now.
    await c.bo.ok(
      `mutation ($id: ID!) { updateFile(id: $id, input: { description: "Kept up to date by bo" }) { id } }`,
      { id: fileId },
    );
    const audit = await c.boss.ok<{ auditLog: { nodes: { action: string }[] } }>(
      `query ($id: String) { auditLog(filter: { targetId: $id }) { nodes { action } } }`,
      { id: ids.ana },
    );
    expect(audit.auditLog.nodes.map((n) => n.action)).toContain('files.owner.transferred');
  });
});

describe('posts of a leaver', () => {
  it('their open question stays open and visible, attributed to a former colleague', async () => {
    const { post } = await c.dee.ok<{
      post: {
        isQuestion: boolean;
        isAnswered: boolean;
        author: { handle: string; isFormerColleague: boolean };
      };
    }>(
      `query ($id: ID!) { post(id: $id) { isQuestion isAnswered author { handle isFormerColleague } } }`,
      { id: questionId },
    );
    expect(post).toEqual({
      isQuestion: true,
      isAnswered: false,
      author: { handle: 'ana', isFormerColleague: true },
    });
    await c.dee.ok(
      `mutation ($p: ID!, $i: ReplyInput!) { createReply(postId: $p, input: $i) { id } }`,
      { p: questionId, i: { body: 'The lab admin renews them.' } },
    );
  });
});
