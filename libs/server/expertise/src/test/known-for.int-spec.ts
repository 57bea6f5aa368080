import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IdentityModule } from '@outloud/identity';
import {
  createTestApp,
  errorCode,
  GraphqlClient,
  signUpPerson,
  TestApp,
} from '@outloud/server-core/testing';
import { StreamModule } from '@outloud/stream';
import { ExpertiseModule } from '../index';

const PASSWORD = 'correct horse battery';
const CANARY = 'CANARY-quasar-7f3d';
const KNOWN_FOR = `query ($h: String!, $first: Int) { user(handle: $h) {
  knownFor(first: $first) { topic tag reason because { kind count topic } evidence { kind postId fileId title } }
  expertise } }`;
const WHO = `query ($t: String!) { peopleWhoKnow(topic: $t) { user { handle } reason because { kind count topic } } }`;

type Topic = {
  topic: string;
  tag: string | null;
  reason: string;
  because: { kind: string; count: number; topic: string };
  evidence: { kind: string; postId: string | null; fileId: string | null; title: string }[];
};

describe('"Known for" and people search by topic', () => {
  let t: TestApp;
  let restricted: string;
  let secretPost: string;
  const vpnPosts: string[] = [];
  const people: Record<string, { client: GraphqlClient; id: string }> = {};
  const as = (handle: string) => people[handle].client;
  const knownFor = async (viewer: string, of: string, first?: number) => {
    const res = await as(viewer).request<{ user: { knownFor: Topic[]; expertise: string[] } }>(
      KNOWN_FOR,
      { h: of, first },
    );
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return { topics: res.data!.user.knownFor, text: res.text };
  };
  const who = async (viewer: string, topic: string) =>
    (
      await as(viewer).ok<{
        peopleWhoKnow: { user: { handle: string }; reason: string; because: { kind: string } }[];
      }>(WHO, { t: topic })
    ).peopleWhoKnow;

  async function question(handle: string, body: string, extra: Record<string, unknown> = {}) {
    const data = await as(handle).ok<{ createPost: { id: string } }>(
      `mutation ($input: CreatePostInput!) { createPost(input: $input) { id } }`,
      { input: { body, isQuestion: true, ...extra } },
    );
    return data.createPost.id;
  }
  async function answer(handle: string, postId: string, body: string, acceptBy?: string) {
    const data = await as(handle).ok<{ createReply: { id: string } }>(
      `mutation ($p: ID!, $input: ReplyInput!) { createReply(postId: $p, input: $input) { id } }`,
      { p: postId, input: { body } },
    );
    if (acceptBy)
      await as(acceptBy).ok(
        `mutation ($p: ID!, $r: ID!) { acceptAnswer(postId: $p, replyId: $r) { id } }`,
        { p: postId, r: data.createReply.id },
      );
  }

  beforeAll(async () => {
    t = await createTestApp({
      imports: [IdentityModule, StreamModule, ExpertiseModule],
      config: { DATA_DIR: await mkdtemp(join(tmpdir(), 'outloud-known-for-')) },
    });
    for (const handle of ['ana', 'bo', 'cy', 'dee', 'eve']) {
      people[handle] = await signUpPerson(t, handle, { password: PASSWORD });
    }
    // A restricted community: bo and dee are members, eve is not.
    [{ id: restricted }] = await t.dataSource.query(
      `INSERT INTO communities (slug, name, type) VALUES ('vault', 'Vault', 'restricted') RETURNING id`,
    );
    for (const handle of ['bo', 'dee'])
      await t.dataSource.query(
        `INSERT INTO community_members (community_id, user_id, role, state) VALUES ($1, $2, 'member', 'member')`,
        [restricted, people[handle].id],
      );

    vpnPosts.push(await question('ana', 'How do I renew the VPN certificate? #vpn'));
    vpnPosts.push(await question('cy', 'The VPN drops every hour, why? #vpn'));
    await answer('bo', vpnPosts[0], 'Use the IT portal: Certificates, then Renew.', 'ana');
    await answer('bo', vpnPosts[1], 'Your client is old: update it.', 'cy');
    await answer('cy', vpnPosts[0], 'The helpdesk can do it too.');
    // The canary: bo's accepted answer inside the restricted community.
    secretPost = await question('dee', `Who runs the quasar gateway? ${CANARY} #quasar`, {
      communityId: restricted,
    });
    await answer('bo', secretPost, 'The quasar gateway is run by the lab.', 'dee');
    // Self-declared only: shown beside "Known for", never in it.
    await as('bo').ok(`mutation ($i: UpdateProfileInput!) { updateProfile(input: $i) { id } }`, {
      i: { expertise: ['Kubernetes'] },
    });
    await t.drainOutbox();
  });

  afterAll(() => t?.close());

  it('derives topics from checked evidence, with the reason and links to the posts', async () => {
    const { topics } = await knownFor('eve', 'bo');
    const vpn = topics.find((x) => x.topic === 'vpn');
    expect(vpn).toMatchObject({
      tag: 'vpn',
      because: { kind: 'ACCEPTED_ANSWERS', count: 2, topic: 'vpn' },
    });
    expect(vpn!.reason).toMatch(/^Answered 2 questions about vpn, last in /);
    expect(vpn!.evidence.map((e) => e.postId).sort()).toEqual([...vpnPosts].sort());
    expect(vpn!.evidence.every((e) => e.kind === 'ACCEPTED_ANSWERS' && e.title)).toBe(true);
    // One label once: the tag "vpn" and the word "vpn" are the same topic to a reader.
    expect(topics.filter((x) => x.topic === 'vpn')).toHaveLength(1);
    // Words show as the evidence wrote them, not as stems.
    expect(topics.map((x) => x.topic)).not.toContain('certif');
    expect(topics[0].topic).toBe('vpn');
  });

  it('never shows or counts a restricted community’s evidence to outsiders (canary)', async () => {
    const outsider = await knownFor('eve', 'bo', 12);
    expect(outsider.topics.map((x) => x.topic)).not.toContain('quasar');
    expect(outsider.text).not.toContain(CANARY);
    expect(outsider.text).not.toContain(secretPost);
    expect(outsider.text).not.toContain('gateway');
    const member = await knownFor('dee', 'bo', 12);
    const quasar = member.topics.find((x) => x.topic === 'quasar');
    expect(quasar?.evidence.map((e) => e.postId)).toEqual([secretPost]);
    expect(member.text).toContain(CANARY);
    // The member who left the community no longer sees it.
    await t.dataSource.query(
      `DELETE FROM community_members WHERE community_id = $1 AND user_id = $2`,
      [restricted, people.dee.id],
    );
    expect((await knownFor('dee', 'bo', 12)).text).not.toContain(CANARY);
    await t.dataSource.query(
      `INSERT INTO community_members (community_id, user_id, role, state) VALUES ($1, $2, 'member', 'member')`,
      [restricted, people.dee.id],
    );
  });

  it('keeps self-declared expertise out of "Known for" (it is shown beside it)', async () => {
    const res = await as('eve').ok<{ user: { knownFor: Topic[]; expertise: string[] } }>(
      KNOWN_FOR,
      { h: 'bo' },
    );
    expect(res.user.expertise).toEqual(['kubernetes']);
    expect(res.user.knownFor.map((x) => x.topic)).not.toContain('kubernetes');
    // Someone with no evidence: an empty list.
    expect((await knownFor('bo', 'eve')).topics).toEqual([]);
  });

  it('refuses page sizes out of range', async () => {
    expect(errorCode(await as('eve').request(KNOWN_FOR, { h: 'bo', first: 0 }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorCode(await as('eve').request(KNOWN_FOR, { h: 'bo', first: 13 }))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('finds people by topic with a reason, only from evidence the viewer may see', async () => {
    const vpn = await who('eve', 'vpn');
    expect(vpn.map((p) => p.user.handle)).toEqual(['bo', 'cy']);
    expect(vpn[0].reason).toMatch(/^Answered 2 questions about vpn/);
    expect(await who('eve', 'quasar')).toEqual([]);
    expect((await who('ana', 'quasar gateway')).map((p) => p.user.handle)).toEqual([]);
    expect((await who('dee', 'quasar')).map((p) => p.user.handle)).toEqual(['bo']);
    expect(await who('eve', '   ')).toEqual([]);
    expect(errorCode(await as('eve').request(WHO, { t: 'x'.repeat(201) }))).toBe('BAD_USER_INPUT');
  });
});
