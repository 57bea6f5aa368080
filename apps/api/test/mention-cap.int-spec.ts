import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, signUpPerson, TestApp, TestPerson } from '@outloud/server-core/testing';
import { DOMAIN_MODULES } from '../src/app.module';

/**
 * Finding 5 of the outside test: a post is capped at 50 mentioned people, but four edits
 * notified 242 distinct people. The cap holds for everyone a post or reply ever notified.
 */

let t: TestApp;
let author: TestPerson;
const handles = Array.from({ length: 250 }, (_, i) => `person${i}`);

beforeAll(async () => {
  t = await createTestApp({
    imports: DOMAIN_MODULES,
    config: { DATA_DIR: await mkdtemp(join(tmpdir(), 'outloud-mentions-')) },
  });
  author = await signUpPerson(t, 'author', {
    displayName: 'Author',
    password: 'correct horse battery',
  });
  // 250 people to mention, written directly: signing each up would take minutes.
  await t.dataSource.query(
    `INSERT INTO users (handle, display_name, email, password_hash)
     SELECT h, h, h || '@corp.example', 'x' FROM unnest($1::text[]) h`,
    [handles],
  );
});
afterAll(() => t?.close());

const mentionText = (from: number, to: number) =>
  handles
    .slice(from, to)
    .map((h) => `@${h}`)
    .join(' ');

/** Everyone notified of a mention in this post (replyId null) or reply, once the jobs ran. */
async function notifiedBy(postId: string, replyId: string | null): Promise<Set<string>> {
  await t.drainOutbox();
  const rows: { recipient_id: string }[] = await t.dataSource.query(
    `SELECT recipient_id FROM notifications
      WHERE type = 'MENTIONED' AND post_id = $1 AND reply_id IS NOT DISTINCT FROM $2`,
    [postId, replyId],
  );
  return new Set(rows.map((r) => r.recipient_id));
}

describe('the mention cap holds across edits', () => {
  it('four edits with 50 new people each notify at most 50 people in all', async () => {
    const created = await author.client.ok<{ createPost: { id: string } }>(
      `mutation ($b: String!) { createPost(input: { body: $b }) { id } }`,
      { b: `Kick-off ${mentionText(0, 50)}` },
    );
    const id = created.createPost.id;
    expect((await notifiedBy(id, null)).size).toBe(50);
    for (let edit = 1; edit <= 4; edit++)
      await author.client.ok(
        `mutation ($id: ID!, $b: String!) { editPost(id: $id, input: { body: $b }) { id } }`,
        {
          id,
          b: `Kick-off, take ${edit}: ${mentionText(edit * 50, edit * 50 + 50)}`,
        },
      );
    expect((await notifiedBy(id, null)).size).toBe(50);
    // The newcomers over the cap stay plain text: no link, no mention row.
    const post = await author.client.ok<{ post: { mentions: unknown[]; bodyHtml: string } }>(
      `query ($id: ID!) { post(id: $id) { mentions { handle } bodyHtml } }`,
      { id },
    );
    expect(post.post.mentions).toEqual([]);
    expect(post.post.bodyHtml).not.toContain('href="/people/person200"');
  });

  it('someone removed and mentioned again is not notified twice; earlier people stay linkable', async () => {
    const created = await author.client.ok<{ createPost: { id: string } }>(
      `mutation { createPost(input: { body: "Hi @person0 @person1" }) { id } }`,
    );
    const id = created.createPost.id;
    const edit = (b: string) =>
      author.client.ok<{ editPost: { mentions: { handle: string }[] } }>(
        `mutation ($id: ID!, $b: String!) { editPost(id: $id, input: { body: $b }) { mentions { handle } } }`,
        { id, b },
      );
    await edit('Hi @person0');
    const back = await edit('Hi @person0 @person1 @person2');
    expect(back.editPost.mentions.map((m) => m.handle)).toEqual(['person0', 'person1', 'person2']);
    expect([...(await notifiedBy(id, null))].length).toBe(3);
    const rows: { n: number }[] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM notifications WHERE type = 'MENTIONED' AND post_id = $1`,
      [id],
    );
    expect(rows[0].n).toBe(3); // person1 once, though mentioned twice
  });

  it('a reply’s edits are capped the same way', async () => {
    const created = await author.client.ok<{ createPost: { id: string } }>(
      `mutation { createPost(input: { body: "Thread" }) { id } }`,
    );
    const reply = await author.client.ok<{ createReply: { id: string } }>(
      `mutation ($p: ID!, $b: String!) { createReply(postId: $p, input: { body: $b }) { id } }`,
      { p: created.createPost.id, b: `Look ${mentionText(0, 40)}` },
    );
    const replyId = reply.createReply.id;
    await author.client.ok(
      `mutation ($id: ID!, $b: String!) { editReply(id: $id, input: { body: $b }) { id } }`,
      {
        id: replyId,
        b: `Look ${mentionText(100, 150)}`,
      },
    );
    expect((await notifiedBy(created.createPost.id, replyId)).size).toBe(50);
  });
});
