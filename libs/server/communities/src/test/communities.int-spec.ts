import { IdentityModule } from '@outloud/identity';
import { OutboxService } from '@outloud/server-core';
import { createTestApp, errorCode, GraphqlClient, TestApp } from '@outloud/server-core/testing';
import { CommunitiesModule } from '../index';

/**
 * Communities through GraphQL: creating, the catalogue, joining open communities, requests to
 * moderated ones, invitations to restricted ones, owners and their hand-over, type changes, and
 * every refusal as a typed error with nothing half-written.
 */
const PASSWORD = 'correct horse battery';
const CREATE = `mutation ($i: CreateCommunityInput!) {
  createCommunity(input: $i) { id slug name description tags type memberCount imageUrl }
}`;
const UPDATE = `mutation ($id: ID!, $i: UpdateCommunityInput!) {
  updateCommunity(id: $id, input: $i) { id name type memberCount imageUrl }
}`;
const JOIN = `mutation ($id: ID!) { joinCommunity(id: $id) { role state } }`;
const LEAVE = `mutation ($id: ID!) { leaveCommunity(id: $id) }`;
const INVITE = `mutation ($id: ID!, $h: String!) { inviteToCommunity(communityId: $id, handle: $h) { role state } }`;
const APPROVE = `mutation ($id: ID!, $u: ID!) { approveJoinRequest(communityId: $id, userId: $u) }`;
const REJECT = `mutation ($id: ID!, $u: ID!) { rejectJoinRequest(communityId: $id, userId: $u) }`;
const REMOVE = `mutation ($id: ID!, $u: ID!) { removeCommunityMember(communityId: $id, userId: $u) }`;
const SET_ROLE = `mutation ($id: ID!, $u: ID!, $r: MembershipRole!) {
  setCommunityRole(communityId: $id, userId: $u, role: $r) { role state }
}`;
const SHOW = `query ($slug: String!) {
  community(slug: $slug) {
    id type memberCount viewerMembership { role state }
    members { nodes { user { handle } role state } }
    joinRequests { nodes { user { handle } state } }
  }
}`;

type Handle = 'admin' | 'ana' | 'bo' | 'cy' | 'dee';
let t: TestApp;
const people = {} as Record<Handle, GraphqlClient>;
const ids = {} as Record<Handle, string>;
const events: [string, unknown][] = [];

interface Shown {
  id: string;
  type: string;
  memberCount: number;
  viewerMembership: { role: string; state: string } | null;
  members: { nodes: { user: { handle: string }; role: string; state: string }[] };
  joinRequests: { nodes: { user: { handle: string }; state: string }[] } | null;
}

async function signUp(key: Handle): Promise<void> {
  // "admin" is a reserved handle.
  const handle = key === 'admin' ? 'sam' : key;
  const c = t.client();
  const data = await c.ok<{ signUp: { viewer: { id: string } } }>(
    `mutation ($i: SignUpInput!) { signUp(input: $i) { viewer { id } } }`,
    { i: { handle, displayName: handle, email: `${handle}@corp.example`, password: PASSWORD } },
  );
  people[key] = c;
  ids[key] = data.signUp.viewer.id;
}

async function create(owner: Handle, slug: string, type = 'OPEN', extra = {}) {
  const data = await people[owner].ok<{ createCommunity: { id: string; slug: string } }>(CREATE, {
    i: { name: `Community ${slug}`, slug, type, ...extra },
  });
  return data.createCommunity.id;
}

const show = async (who: Handle, slug: string) =>
  (await people[who].ok<{ community: Shown | null }>(SHOW, { slug })).community;

/** The events written so far, once their jobs ran (the outbox worker is off in tests). */
const emitted = async () => {
  await t.drainOutbox();
  return events;
};

const rows = async (table: string) =>
  (await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;

beforeAll(async () => {
  t = await createTestApp({ imports: [IdentityModule, CommunitiesModule] });
  const outbox = t.app.get(OutboxService);
  for (const type of [
    'communities.member.requested',
    'communities.member.approved',
    'communities.member.invited',
    'communities.member.removed',
    'communities.community.typeChanged',
  ] as const)
    outbox.on(type, 'test.recorder', async (payload) => void events.push([type, payload]));
  // The first account is the site admin.
  for (const handle of ['admin', 'ana', 'bo', 'cy', 'dee'] as const) await signUp(handle);
});
afterAll(() => t?.close());

describe('creating and editing', () => {
  it('creates a community with its creator as its one owner', async () => {
    const data = await people.ana.ok<{ createCommunity: Record<string, unknown> }>(CREATE, {
      i: {
        name: '  Finance leads ',
        slug: 'Finance-Leads',
        description: 'Budgets',
        tags: ['#Budget', 'budget', 'q4'],
      },
    });
    expect(data.createCommunity).toMatchObject({
      slug: 'finance-leads',
      name: 'Finance leads',
      description: 'Budgets',
      tags: ['budget', 'q4'],
      type: 'OPEN',
      memberCount: 1,
      imageUrl: null,
    });
    const shown = await show('bo', 'finance-leads');
    expect(shown?.viewerMembership).toBeNull();
    expect(shown?.members.nodes).toEqual([
      { user: { handle: 'ana' }, role: 'OWNER', state: 'MEMBER' },
    ]);
    expect((await show('ana', 'finance-leads'))?.viewerMembership).toEqual({
      role: 'OWNER',
      state: 'MEMBER',
    });
  });

  it('refuses a taken address and bad fields, writing nothing', async () => {
    const before = [await rows('communities'), await rows('community_members')];
    const taken = await people.bo.request(CREATE, { i: { name: 'Again', slug: 'finance-leads' } });
    expect(errorCode(taken)).toBe('CONFLICT');
    const bad = await people.bo.request(CREATE, {
      i: { name: ' ', slug: '-no-', tags: Array.from({ length: 11 }, (_, i) => `t${i}`) },
    });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    const paths = (bad.errors?.[0].extensions?.fields as { path: string }[]).map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['input.name', 'input.slug', 'input.tags']));
    const image = await people.bo.request(CREATE, {
      i: { name: 'Pictures', slug: 'pictures', imageDataUrl: 'data:image/png;base64,AAAA' },
    });
    expect(errorCode(image)).toBe('BAD_USER_INPUT');
    expect([await rows('communities'), await rows('community_members')]).toEqual(before);
  });

  it('lets owners and admins edit, and nobody else', async () => {
    const id = (await show('ana', 'finance-leads'))!.id;
    const refused = await people.bo.request(UPDATE, { id, i: { name: 'Mine now' } });
    expect(errorCode(refused)).toBe('FORBIDDEN');
    await people.ana.ok(UPDATE, { id, i: { name: 'Finance' } });
    const byAdmin = await people.admin.ok<{ updateCommunity: { name: string } }>(UPDATE, {
      id,
      i: { name: 'Finance and budgets' },
    });
    expect(byAdmin.updateCommunity.name).toBe('Finance and budgets');
    // Editing is not managing members: an admin who is no owner cannot invite.
    expect(errorCode(await people.admin.request(INVITE, { id, h: 'cy' }))).toBe('FORBIDDEN');
  });
});

describe('the catalogue', () => {
  it('lists what the viewer may see, by words, tag and own, in offset pages', async () => {
    await create('cy', 'catalogue-hidden', 'RESTRICTED', { tags: ['budget'] });
    const list = async (who: Handle, args: string) =>
      (
        await people[who].ok<{ communities: { nodes: { slug: string }[] } }>(
          `{ communities(${args}) { nodes { slug } } }`,
        )
      ).communities.nodes.map((n) => n.slug);
    expect(await list('bo', 'tag: "budget"')).toEqual(['finance-leads']);
    expect(await list('cy', 'tag: "budget"')).toEqual(
      expect.arrayContaining(['finance-leads', 'catalogue-hidden']),
    );
    expect(await list('bo', 'query: "hidden"')).toEqual([]);
    expect(await list('cy', 'mine: true')).toEqual(['catalogue-hidden']);
    const page = await people.cy.ok<{
      communities: { nodes: { slug: string }[]; pageInfo: { endCursor: string } };
    }>(`{ communities(first: 1, tag: "budget") { nodes { slug } pageInfo { endCursor } } }`);
    const next = await people.cy.ok<{ communities: { nodes: { slug: string }[] } }>(
      `query ($a: String) { communities(first: 1, tag: "budget", after: $a) { nodes { slug } } }`,
      { a: page.communities.pageInfo.endCursor },
    );
    expect(next.communities.nodes).toHaveLength(1);
    expect(next.communities.nodes[0].slug).not.toBe(page.communities.nodes[0].slug);
    expect(
      errorCode(await people.cy.request(`{ communities(after: "bm9wZQ") { nodes { slug } } }`)),
    ).toBe('BAD_USER_INPUT');
  });
});

describe('open communities', () => {
  it('joins at once, refuses joining twice, and leaves', async () => {
    const id = await create('ana', 'open-door');
    expect((await people.bo.ok<{ joinCommunity: unknown }>(JOIN, { id })).joinCommunity).toEqual({
      role: 'MEMBER',
      state: 'MEMBER',
    });
    expect(errorCode(await people.bo.request(JOIN, { id }))).toBe('CONFLICT');
    expect((await show('bo', 'open-door'))?.memberCount).toBe(2);
    await people.bo.ok(LEAVE, { id });
    expect(errorCode(await people.bo.request(LEAVE, { id }))).toBe('CONFLICT');
    expect((await show('bo', 'open-door'))?.memberCount).toBe(1);
    expect(await emitted()).toContainEqual([
      'communities.member.removed',
      { communityId: id, userId: ids.bo },
    ]);
  });

  it('keeps the last owner in, and lets owners remove members', async () => {
    const id = (await show('ana', 'open-door'))!.id;
    expect(errorCode(await people.ana.request(LEAVE, { id }))).toBe('CONFLICT');
    await people.cy.ok(JOIN, { id });
    await people.dee.ok(JOIN, { id });
    expect(errorCode(await people.dee.request(REMOVE, { id, u: ids.cy }))).toBe('FORBIDDEN');
    expect(errorCode(await people.ana.request(REMOVE, { id, u: 'not-an-id' }))).toBe('CONFLICT');
    await people.ana.ok(REMOVE, { id, u: ids.cy });
    const shown = await show('ana', 'open-door');
    expect(shown?.members.nodes.map((m) => m.user.handle)).toEqual(['ana', 'dee']);
    expect(shown?.memberCount).toBe(2);
  });
});

describe('moderated communities', () => {
  let id: string;
  beforeAll(async () => {
    id = await create('ana', 'guild', 'MODERATED');
  });

  it('turns a join into a request the owners see and answer', async () => {
    expect((await people.bo.ok<{ joinCommunity: unknown }>(JOIN, { id })).joinCommunity).toEqual({
      role: 'MEMBER',
      state: 'REQUESTED',
    });
    expect(errorCode(await people.bo.request(JOIN, { id }))).toBe('CONFLICT');
    await people.cy.ok(JOIN, { id });
    expect(await emitted()).toContainEqual([
      'communities.member.requested',
      { communityId: id, userId: ids.bo },
    ]);
    const asOwner = await show('ana', 'guild');
    expect(asOwner?.joinRequests?.nodes.map((r) => r.user.handle).sort()).toEqual(['bo', 'cy']);
    expect(asOwner?.memberCount).toBe(1);
    expect((await show('bo', 'guild'))?.joinRequests).toBeNull();

    expect(errorCode(await people.bo.request(APPROVE, { id, u: ids.cy }))).toBe('FORBIDDEN');
    await people.ana.ok(APPROVE, { id, u: ids.bo });
    await people.ana.ok(REJECT, { id, u: ids.cy });
    expect(errorCode(await people.ana.request(APPROVE, { id, u: ids.cy }))).toBe('CONFLICT');
    expect(errorCode(await people.ana.request(APPROVE, { id, u: ids.bo }))).toBe('CONFLICT');
    const after = await show('ana', 'guild');
    expect(after?.memberCount).toBe(2);
    expect(after?.joinRequests?.nodes).toEqual([]);
    expect((await show('bo', 'guild'))?.viewerMembership).toEqual({
      role: 'MEMBER',
      state: 'MEMBER',
    });
    expect((await show('cy', 'guild'))?.viewerMembership).toBeNull();
    expect(await emitted()).toContainEqual([
      'communities.member.approved',
      { communityId: id, userId: ids.bo, approvedBy: ids.ana },
    ]);
  });

  it('lets a requester withdraw, and an invitation admit someone who had asked', async () => {
    await people.dee.ok(JOIN, { id });
    await people.dee.ok(LEAVE, { id });
    expect((await show('ana', 'guild'))?.joinRequests?.nodes).toEqual([]);
    await people.cy.ok(JOIN, { id });
    expect(
      (await people.ana.ok<{ inviteToCommunity: unknown }>(INVITE, { id, h: 'cy' }))
        .inviteToCommunity,
    ).toEqual({ role: 'MEMBER', state: 'MEMBER' });
    expect((await show('ana', 'guild'))?.memberCount).toBe(3);
  });
});

describe('restricted communities', () => {
  let id: string;
  beforeAll(async () => {
    id = await create('ana', 'vault', 'RESTRICTED');
  });

  it('is invisible to outsiders, who cannot join it either', async () => {
    expect(await show('bo', 'vault')).toBeNull();
    expect(errorCode(await people.bo.request(JOIN, { id }))).toBe('NOT_FOUND');
    expect(errorCode(await people.bo.request(UPDATE, { id, i: { name: 'x' } }))).toBe('NOT_FOUND');
  });

  it('admits by invitation: the invitee sees it, joins or declines', async () => {
    expect(
      (await people.ana.ok<{ inviteToCommunity: unknown }>(INVITE, { id, h: 'bo' }))
        .inviteToCommunity,
    ).toEqual({ role: 'MEMBER', state: 'INVITED' });
    expect(errorCode(await people.ana.request(INVITE, { id, h: 'bo' }))).toBe('CONFLICT');
    expect(errorCode(await people.ana.request(INVITE, { id, h: 'nobody' }))).toBe('NOT_FOUND');
    expect((await show('bo', 'vault'))?.viewerMembership).toEqual({
      role: 'MEMBER',
      state: 'INVITED',
    });
    expect((await show('bo', 'vault'))?.memberCount).toBe(1);
    await people.bo.ok(JOIN, { id });
    expect((await show('bo', 'vault'))?.memberCount).toBe(2);
    // A member who is no owner cannot invite.
    expect(errorCode(await people.bo.request(INVITE, { id, h: 'cy' }))).toBe('FORBIDDEN');

    await people.ana.ok(INVITE, { id, h: 'dee' });
    await people.dee.ok(LEAVE, { id });
    expect(await show('dee', 'vault')).toBeNull();
    expect(await emitted()).toContainEqual([
      'communities.member.invited',
      { communityId: id, userId: ids.dee, invitedBy: ids.ana },
    ]);
  });

  it('hands ownership over: a new owner first, then the old one steps down', async () => {
    expect(errorCode(await people.bo.request(SET_ROLE, { id, u: ids.bo, r: 'OWNER' }))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await people.ana.request(SET_ROLE, { id, u: ids.ana, r: 'MEMBER' }))).toBe(
      'CONFLICT',
    );
    expect(errorCode(await people.ana.request(SET_ROLE, { id, u: ids.cy, r: 'OWNER' }))).toBe(
      'CONFLICT',
    );
    await people.ana.ok(SET_ROLE, { id, u: ids.bo, r: 'OWNER' });
    await people.ana.ok(SET_ROLE, { id, u: ids.ana, r: 'MEMBER' });
    expect((await show('ana', 'vault'))?.viewerMembership).toEqual({
      role: 'MEMBER',
      state: 'MEMBER',
    });
    expect(errorCode(await people.ana.request(INVITE, { id, h: 'cy' }))).toBe('FORBIDDEN');
    expect(errorCode(await people.bo.request(LEAVE, { id }))).toBe('CONFLICT');
    await people.ana.ok(LEAVE, { id });
    expect(await show('ana', 'vault')).toBeNull();
  });
});

describe('changing the type', () => {
  it('admits waiting requesters when a moderated community opens', async () => {
    const id = await create('ana', 'opening', 'MODERATED');
    await people.bo.ok(JOIN, { id });
    await people.cy.ok(JOIN, { id });
    const opened = await people.ana.ok<{ updateCommunity: { type: string } }>(UPDATE, {
      id,
      i: { type: 'OPEN' },
    });
    expect(opened.updateCommunity.type).toBe('OPEN');
    const shown = await show('ana', 'opening');
    expect(shown?.memberCount).toBe(3);
    expect(shown?.joinRequests?.nodes).toEqual([]);
    expect(await emitted()).toContainEqual([
      'communities.community.typeChanged',
      { communityId: id, from: 'moderated', to: 'open' },
    ]);
  });

  it('drops requests when a moderated community becomes restricted, hiding it from them', async () => {
    const id = await create('ana', 'closing', 'MODERATED');
    await people.bo.ok(JOIN, { id });
    await people.ana.ok(UPDATE, { id, i: { type: 'RESTRICTED' } });
    expect(await show('bo', 'closing')).toBeNull();
    expect((await show('ana', 'closing'))?.memberCount).toBe(1);
    // Outsiders can no longer ask to join; only an invitation lets them in.
    expect(errorCode(await people.cy.request(JOIN, { id }))).toBe('NOT_FOUND');
  });

  it('refuses an unknown type without changing anything', async () => {
    const id = (await show('ana', 'open-door'))!.id;
    const res = await people.ana.request(UPDATE, { id, i: { type: 'SECRET' } });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect((await show('ana', 'open-door'))?.type).toBe('OPEN');
  });
});

describe('community images', () => {
  const png =
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

  it('stores a re-encoded image, served only to those who may see the community', async () => {
    const created = await people.ana.ok<{ createCommunity: { id: string; imageUrl: string } }>(
      CREATE,
      {
        i: {
          name: 'Pictured',
          slug: 'pictured',
          type: 'RESTRICTED',
          imageDataUrl: `data:image/png;base64,${png}`,
        },
      },
    );
    const { id, imageUrl } = created.createCommunity;
    expect(imageUrl).toContain(`/community-images/${id}`);
    const get = (who: Handle) =>
      fetch(`${t.url}${imageUrl}`, { headers: { cookie: people[who].cookieHeader } });
    const asOwner = await get('ana');
    expect(asOwner.status).toBe(200);
    expect(asOwner.headers.get('content-type')).toBe('image/webp');
    expect((await get('bo')).status).toBe(404);
    const removed = await people.ana.ok<{ updateCommunity: { imageUrl: string | null } }>(UPDATE, {
      id,
      i: { removeImage: true },
    });
    expect(removed.updateCommunity.imageUrl).toBeNull();
    expect((await get('ana')).status).toBe(404);
  });
});
