/**
 * Fault plan C1 (docs/security.md): SIGKILL the API at random moments during mixed writes
 * (posts with mentions, replies, uploads), start it again with no manual step, and check that
 * every acknowledged write exists, is indexed and notified its mentioned people exactly once,
 * and that every acknowledged upload downloads with the bytes that were sent.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres \
 *     node -r @swc-node/register tools/fault/kill-during-writes.ts [seconds=60] [kills=3]
 *
 * Bounded: 127.0.0.1 only, four writers, `seconds` of load, its own database (dropped at the
 * end) and its own processes (stopped by PID).
 */
import { createHash, randomBytes } from 'node:crypto';
import { Client } from 'pg';
import {
  freePort,
  gql,
  report,
  scratch,
  signUp,
  startApiProcess,
  type ApiProcess,
} from './fault-support';

const seconds = Number(process.argv[2] ?? 60);
const kills = Number(process.argv[3] ?? 3);
const MENTIONED = ['mira', 'noah'];
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** One upload through the real streaming endpoint; the file's id when acknowledged. */
async function upload(url: string, cookie: string, name: string, content: Buffer) {
  const form = new FormData();
  form.append('name', name);
  form.append('file', new Blob([content], { type: 'text/plain' }), `${name}.txt`);
  const res = await fetch(`${url}/files/uploads`, {
    method: 'POST',
    headers: { cookie, 'x-outloud-csrf': '1' },
    body: form,
    signal: AbortSignal.timeout(10_000),
  });
  const body = (await res.json()) as { file?: { id: string; sha256: string } };
  return res.status === 201 && body.file?.sha256 === sha256(content) ? body.file.id : undefined;
}

async function main(): Promise<void> {
  const db0 = await scratch('c1');
  const dbUrl = new URL(db0.url);
  const dataDir = db0.dataDir;
  const env = {
    DATABASE_URL: dbUrl.toString(),
    DATA_DIR: dataDir,
    PORT: String(await freePort()),
    RATE_LIMIT_POSTS_PER_HOUR: '100000',
    RATE_LIMIT_REPLIES_PER_HOUR: '100000',
    RATE_LIMIT_MENTIONS_PER_HOUR: '100000',
    RATE_LIMIT_UPLOADS_PER_HOUR: '100000',
  };
  let api: ApiProcess = await startApiProcess(env);
  let url = api.url!;
  const author = await signUp(url, 'author');
  for (const h of MENTIONED) await signUp(url, h);

  const acknowledged: { kind: 'post' | 'reply'; id: string; postId: string }[] = [];
  const uploads: { id: string; sha256: string }[] = [];
  let sent = 0;
  let failed = 0;
  let lastPost: string | null = null;
  let running = true;
  const restarts: number[] = [];

  const writer = async (w: number) => {
    for (let n = 0; running; n++) {
      sent++;
      try {
        if (n % 5 === 4) {
          // 16-64 KB of text: long enough to be cut mid-stream by a kill.
          const content = Buffer.from(
            randomBytes(8_000 + Math.floor(Math.random() * 24_000)).toString('hex'),
          );
          const id = await upload(url, author, `c1 w${w} n${n}`, content);
          if (id) uploads.push({ id, sha256: sha256(content) });
          else failed++;
        } else if (lastPost && n % 3 === 2) {
          const postId = lastPost;
          const { body } = await gql(
            url,
            author,
            `mutation ($p: ID!, $b: String!) { createReply(postId: $p, input: { body: $b }) { id } }`,
            { p: postId, b: `reply ${w}-${n} @${MENTIONED[1]}` },
          );
          if (body.data?.createReply?.id)
            acknowledged.push({ kind: 'reply', id: body.data.createReply.id, postId });
          else failed++;
        } else {
          const { body } = await gql(
            url,
            author,
            `mutation ($b: String!) { createPost(input: { body: $b }) { id } }`,
            { b: `faultc1 w${w}n${n} @${MENTIONED[0]} @${MENTIONED[1]}` },
          );
          const id = body.data?.createPost?.id;
          if (id) {
            acknowledged.push({ kind: 'post', id, postId: id });
            lastPost = id;
          } else failed++;
        }
      } catch {
        failed++;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  };

  const killer = async () => {
    for (let k = 0; k < kills; k++) {
      await new Promise((r) =>
        setTimeout(r, ((0.3 + Math.random() * 0.6) * seconds * 1000) / kills),
      );
      if (!running) return;
      process.kill(api.pid, 'SIGKILL');
      await api.stop();
      const started = Date.now();
      api = await startApiProcess(env); // no manual step between the crash and the start
      url = api.url!;
      restarts.push(Date.now() - started);
    }
  };

  const writers = [0, 1, 2, 3].map(writer);
  const kill = killer();
  await new Promise((r) => setTimeout(r, seconds * 1000));
  running = false;
  await Promise.all([...writers, kill]);

  // Let the outbox catch up (at most 60 s), then compare.
  const db = new Client({ connectionString: dbUrl.toString() });
  await db.connect();
  const deadline = Date.now() + 60_000;
  let pending = 0;
  do {
    pending = (await db.query(`SELECT count(*)::int AS n FROM outbox_jobs`)).rows[0].n;
    if (pending) await new Promise((r) => setTimeout(r, 500));
  } while (pending && Date.now() < deadline);

  const posts = acknowledged.filter((a) => a.kind === 'post').map((a) => a.id);
  const replies = acknowledged.filter((a) => a.kind === 'reply').map((a) => a.id);
  const one = async (sql: string, params: unknown[]) =>
    (await db.query(sql, params)).rows[0].n as number;
  const postsFound = await one(`SELECT count(*)::int AS n FROM posts WHERE id = ANY($1::uuid[])`, [
    posts,
  ]);
  const repliesFound = await one(
    `SELECT count(*)::int AS n FROM replies WHERE id = ANY($1::uuid[])`,
    [replies],
  );
  const filesFound = await one(`SELECT count(*)::int AS n FROM files WHERE id = ANY($1::uuid[])`, [
    uploads.map((u) => u.id),
  ]);
  let filesIntact = 0;
  for (const u of uploads) {
    const res = await fetch(`${url}/files/${u.id}/download`, {
      headers: { cookie: author },
      signal: AbortSignal.timeout(10_000),
    });
    if (res.ok && sha256(Buffer.from(await res.arrayBuffer())) === u.sha256) filesIntact++;
  }
  const indexed = await one(
    `SELECT count(*)::int AS n FROM search_documents WHERE type = 'post' AND id = ANY($1::uuid[])`,
    [posts],
  );
  const notified = (
    await db.query(
      `SELECT count(*)::int AS n FROM notifications n JOIN users u ON u.id = n.recipient_id
        WHERE n.type = 'MENTIONED' AND n.reply_id IS NULL AND n.post_id = ANY($1::uuid[])
        GROUP BY n.post_id, u.handle`,
      [posts],
    )
  ).rows.map((r) => r.n as number);
  const expectedNotifications = posts.length * MENTIONED.length;
  const result = {
    seconds,
    kills: restarts.length,
    restartMs: restarts,
    requestsSent: sent,
    acknowledged: acknowledged.length + uploads.length,
    notAcknowledged: failed,
    postsAcknowledged: posts.length,
    postsFound,
    repliesAcknowledged: replies.length,
    repliesFound,
    uploadsAcknowledged: uploads.length,
    uploadsFound: filesFound,
    uploadsDownloadedIntact: filesIntact,
    postsIndexed: indexed,
    mentionNotifications: notified.reduce((a, b) => a + b, 0),
    mentionNotificationsExpected: expectedNotifications,
    maxNotificationsPerPostAndPerson: Math.max(0, ...notified),
    outboxLeft: pending,
  };
  const holds =
    postsFound === posts.length &&
    repliesFound === replies.length &&
    filesFound === uploads.length &&
    filesIntact === uploads.length &&
    indexed === posts.length &&
    notified.length === expectedNotifications &&
    result.maxNotificationsPerPostAndPerson === 1;
  await db.end();
  await api.stop();
  await db0.drop();
  report(result, holds, 'C1');
}

void main();
