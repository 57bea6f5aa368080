import { CommunitiesModule } from '@outloud/communities';
import { IdentityModule } from '@outloud/identity';
import { RealtimeModule } from '@outloud/realtime';
import { createTestApp, GraphqlClient, TestApp, signUpPerson } from '@outloud/server-core/testing';
import { StreamModule } from '@outloud/stream';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { DigestService, NotificationsModule } from '../index';

const PASSWORD = 'correct horse battery';
const CANARY = 'CANARY-digest-5b1e';
const NONCE = 'vpnquestion4471';

interface Received {
  to: string[];
  text: string;
}

/** A real SMTP server in this process: what nodemailer sends arrives here over TCP. */
const received: Received[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => {
      received.push({
        to: session.envelope.rcptTo.map((r) => r.address),
        text: decodeQuotedPrintable(Buffer.concat(chunks).toString('utf8')),
      });
      callback();
    });
  },
});

/** Enough of quoted-printable to read the body: soft line breaks and =XX bytes. */
function decodeQuotedPrintable(raw: string): string {
  const joined = raw.replace(/=\r?\n/g, '');
  return Buffer.from(
    joined.replace(/=([0-9A-F]{2})/g, (_, hex: string) => `%${hex}`),
    'utf8',
  )
    .toString('utf8')
    .replace(/(%[0-9A-F]{2})+/g, (m) => {
      try {
        return decodeURIComponent(m);
      } catch {
        return m;
      }
    });
}

let t: TestApp;
const people: Record<string, { client: GraphqlClient; id: string }> = {};
const as = (handle: string) => people[handle].client;

beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const { port } = smtp.server.address() as AddressInfo;
  t = await createTestApp({
    imports: [IdentityModule, CommunitiesModule, StreamModule, RealtimeModule, NotificationsModule],
    config: { SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: 'Outloud <digest@corp.example>' },
  });
  for (const handle of ['boss', 'asker', 'optin', 'optout', 'bob', 'owner']) {
    people[handle] = await signUpPerson(t, handle, {
      displayName: `${handle} P`,
      password: PASSWORD,
    });
  }
});
afterAll(async () => {
  await t?.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

const setDigest = (handle: string, enabled: boolean) =>
  as(handle).ok<{ setEmailDigest: { enabled: boolean; available: boolean } }>(
    `mutation ($e: Boolean!) { setEmailDigest(enabled: $e) { enabled available } }`,
    { e: enabled },
  );

async function post(handle: string, body: string, communityId?: string): Promise<string> {
  const data = await as(handle).ok<{ createPost: { id: string } }>(
    `mutation ($input: CreatePostInput!) { createPost(input: $input) { id } }`,
    { input: { body, communityId } },
  );
  return data.createPost.id;
}

describe('e-mail digest', () => {
  it('is off by default and can be turned on and off', async () => {
    expect(
      (await as('optout').ok<{ emailDigest: unknown }>(`{ emailDigest { enabled available } }`))
        .emailDigest,
    ).toEqual({ enabled: false, available: true });
    expect((await setDigest('optin', true)).setEmailDigest).toEqual({
      enabled: true,
      available: true,
    });
    await setDigest('bob', true);
    await setDigest('optout', true);
    expect((await setDigest('optout', false)).setEmailDigest.enabled).toBe(false);
  });

  it('mails opted-in people their unread mentions once a day, re-checking access at send time', async () => {
    // A restricted community: optin is a member when mentioned there, then removed (A7); bob,
    // an outsider who opted in, is mentioned inside it too (A5).
    const { createCommunity } = await as('owner').ok<{ createCommunity: { id: string } }>(
      `mutation ($i: CreateCommunityInput!) { createCommunity(input: $i) { id } }`,
      { i: { name: 'Digest R', slug: 'digest-r', type: 'RESTRICTED' } },
    );
    const communityId = createCommunity.id;
    await as('owner').ok(
      `mutation ($c: ID!, $h: String!) { inviteToCommunity(communityId: $c, handle: $h) { state } }`,
      { c: communityId, h: 'optin' },
    );
    await as('optin').ok(`mutation ($c: ID!) { joinCommunity(id: $c) { state } }`, {
      c: communityId,
    });
    await post('owner', `Secret plan ${CANARY} @optin @bob`, communityId);
    await t.drainOutbox();
    await as('owner').ok(
      `mutation ($c: ID!, $u: ID!) { removeCommunityMember(communityId: $c, userId: $u) }`,
      { c: communityId, u: people.optin.id },
    );
    const postId = await post('asker', `Who knows the ${NONCE} setup? @optin @optout`);
    await t.drainOutbox();

    const digests = t.app.get(DigestService);
    expect(await digests.runOnce()).toBe(1);
    expect(received).toHaveLength(1);
    const [mail] = received;
    expect(mail.to).toEqual(['optin@corp.example']);
    expect(mail.text).toContain('From: Outloud <digest@corp.example>');
    expect(mail.text).toContain(`asker P mentioned you: “Who knows the ${NONCE} setup?`);
    expect(mail.text).toContain(`/posts/${postId}`);
    expect(mail.text).not.toContain(CANARY);
    expect(mail.text).not.toContain('Secret plan');

    // Same day again (another node, a restart): nothing more.
    expect(await digests.runOnce()).toBe(0);
    await new Promise((r) => setTimeout(r, 200));
    expect(received).toHaveLength(1);
    expect(JSON.stringify(received)).not.toContain(CANARY);
  });

  it('two nodes running the same day at once send one mail per person', async () => {
    await post('asker', `Second day question @optin`);
    await t.drainOutbox();
    const tomorrow = new Date(Date.now() + 24 * 3600 * 1000);
    const digests = t.app.get(DigestService);
    const sent = await Promise.all([digests.runOnce(tomorrow), digests.runOnce(tomorrow)]);
    expect(sent.reduce((a, b) => a + b, 0)).toBe(1);
    await new Promise((r) => setTimeout(r, 200));
    expect(received).toHaveLength(2);
    expect(received[1].text).toContain('Second day question');
    expect(received[1].text).not.toContain(NONCE);
  });

  it('writes to each person in the language of their profile, pointing at the settings', async () => {
    const swede = await signUpPerson(t, 'svea', { displayName: 'svea P', password: PASSWORD });
    people.svea = swede;
    await as('svea').ok(`mutation ($l: String) { updateProfile(input: { locale: $l }) { id } }`, {
      l: 'sv',
    });
    await setDigest('svea', true);
    await post('asker', `Vem kan VPN-certifikaten? @svea`);
    await t.drainOutbox();
    // Today: the others had theirs already; svea's first.
    expect(await t.app.get(DigestService).runOnce()).toBe(1);
    await new Promise((r) => setTimeout(r, 200));
    const swedish = received.filter((m) => m.to.includes('svea@corp.example'));
    expect(swedish).toHaveLength(1);
    expect(swedish[0].text).toContain('Hej svea P,');
    expect(swedish[0].text).toContain('asker P nämnde dig: “Vem kan VPN-certifikaten?');
    expect(swedish[0].text).toContain('/settings/notifications');
    expect(swedish[0].text).not.toContain('mentioned you');
    // English for everyone else, with the same link to the settings.
    expect(received[1].text).toContain('Turn it off under http');
    expect(received[1].text).toContain('/settings/notifications.');
  });
});
