/**
 * Fault plan C2 (docs/security.md): the API split into an HTTP-only process (WORKER_MODE=off)
 * and a jobs-only worker (WORKER_MODE=only). While four writers create posts that mention four
 * people each (an index job and four notifications per post in flight), SIGKILL the worker at
 * random moments, each time while it holds claimed jobs, and start it again. Afterwards every
 * acknowledged post is indexed exactly once (one search document each, none stored twice, and
 * sampled posts found by their own word as the only hit) and each mentioned person is notified
 * exactly once per post.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres SWC_NODE_PROJECT=tsconfig.base.json \
 *     node -r @swc-node/register tools/fault/kill-worker-during-writes.ts [seconds=60] [kills=4]
 *
 * Bounded: 127.0.0.1 only, four writers, `seconds` of load (longer if the kills and restarts
 * take longer: each start is bounded by 90 s) then at most 150 s for the outbox to drain (a
 * killed worker's claims are taken again when their 60 s lock expires), its own database
 * (dropped at the end) and its own two processes (stopped by PID).
 */
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
const kills = Number(process.argv[3] ?? 4);
const MENTIONED = ['mira', 'noah', 'olle', 'pia'];
/** Posts the search is asked for by their own word afterwards (each must be its only hit). */
const SEARCH_SAMPLE = 50;

/**
 * A word of letters only, unique to one post, all of one length (so none is the prefix of
 * another): the search folds and stems words, and would not find an id inside one.
 */
const wordOf = (n: number) =>
  `zq${Array.from({ length: 6 }, (_, i) =>
    String.fromCharCode(97 + (Math.floor(n / 26 ** i) % 26)),
  ).join('')}k`;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(ms, 0)));

async function main(): Promise<void> {
  const db0 = await scratch('c2');
  const common = {
    DATABASE_URL: db0.url,
    DATA_DIR: db0.dataDir,
    RATE_LIMIT_POSTS_PER_HOUR: '100000',
    RATE_LIMIT_MENTIONS_PER_HOUR: '100000',
  };
  const http = await startApiProcess({
    ...common,
    WORKER_MODE: 'off',
    PORT: String(await freePort()),
  });
  const startWorker = async () =>
    startApiProcess({ ...common, WORKER_MODE: 'only', PORT: String(await freePort()) });
  let worker: ApiProcess = await startWorker();
  const db = new Client({ connectionString: db0.url });
  await db.connect();
  const one = async (sql: string, params: unknown[] = []) =>
    (await db.query(sql, params)).rows[0].n as number;

  try {
    const url = http.url!;
    const author = await signUp(url, 'author');
    for (const h of MENTIONED) await signUp(url, h);

    const acknowledged: string[] = [];
    const wordOfPost = new Map<string, string>();
    let sent = 0;
    let failed = 0;
    let running = true;
    const killLog: { atMs: number; claimedJobs: number; restartMs: number }[] = [];

    const writer = async (w: number) => {
      for (let n = 0; running; n++) {
        const word = wordOf(sent++);
        try {
          const { body } = await gql(
            url,
            author,
            `mutation ($b: String!) { createPost(input: { body: $b }) { id } }`,
            { b: `${word} faultctwo w${w}n${n} ${MENTIONED.map((h) => `@${h}`).join(' ')}` },
          );
          const id = body.data?.createPost?.id;
          if (id && !body.errors) {
            acknowledged.push(id);
            wordOfPost.set(id, word);
          } else failed++;
        } catch {
          failed++;
          await sleep(100);
        }
      }
    };

    const t0 = Date.now();
    const killer = async () => {
      for (let k = 0; k < kills; k++) {
        // A random moment 2-8 s into the worker's life: it is catching up with what queued
        // while it was down, or keeping up with the writers.
        await sleep(2_000 + Math.random() * 6_000);
        // Kill only while the worker holds claimed jobs (mid-job), waiting at most 2 s for some.
        let claimedJobs = 0;
        for (let i = 0; i < 40 && !claimedJobs; i++) {
          claimedJobs = await one(
            `SELECT count(*)::int AS n FROM outbox_jobs WHERE locked_until > now()`,
          );
          if (!claimedJobs) await sleep(50);
        }
        const atMs = Date.now() - t0;
        if (!claimedJobs) process.stdout.write(`kill ${k + 1}: no claimed job seen in 2 s\n`);
        process.kill(worker.pid, 'SIGKILL');
        await worker.stop(); // waits for the exit of the killed process
        await sleep(Math.random() * 3_000); // down for a random while, as a crash loop would be
        const started = Date.now();
        worker = await startWorker();
        killLog.push({ atMs, claimedJobs, restartMs: Date.now() - started });
      }
    };

    // Writes go on for `seconds` and until the last restart (a start takes 10-40 s here).
    const writers = [0, 1, 2, 3].map(writer);
    await Promise.all([killer(), sleep(seconds * 1000)]);
    running = false;
    await Promise.all(writers);

    // The outbox drains by itself: a killed worker's claims come back when their lock expires.
    const drainStarted = Date.now();
    let pending = 0;
    do {
      pending = await one(`SELECT count(*)::int AS n FROM outbox_jobs WHERE failed_at IS NULL`);
      if (pending) await sleep(1_000);
    } while (pending && Date.now() - drainStarted < 150_000);
    const drainMs = Date.now() - drainStarted;
    const failedJobs = await one(
      `SELECT count(*)::int AS n FROM outbox_jobs WHERE failed_at IS NOT NULL`,
    );

    const postsFound = await one(
      `SELECT count(*)::int AS n FROM posts WHERE id = ANY($1::uuid[])`,
      [acknowledged],
    );
    const postsInDatabase = await one(`SELECT count(*)::int AS n FROM posts WHERE body LIKE $1`, [
      '% faultctwo %',
    ]);
    const indexed = await one(
      `SELECT count(*)::int AS n FROM search_documents WHERE type = 'post' AND id = ANY($1::uuid[])`,
      [acknowledged],
    );
    const documentsStoredTwice = await one(
      `SELECT count(*)::int AS n FROM (SELECT id FROM search_documents GROUP BY id, type
         HAVING count(*) > 1) d`,
    );
    // The search itself: sampled posts, each asked for by its own word, are its only hit.
    const sample = [...acknowledged].sort(() => Math.random() - 0.5).slice(0, SEARCH_SAMPLE);
    let searchExact = 0;
    for (const id of sample) {
      const { body: searched } = await gql(
        url,
        author,
        `query ($q: String!) { search(query: $q, types: [POST], first: 5) { totalCount nodes { post { id } } } }`,
        { q: wordOfPost.get(id)! },
      );
      const found = (
        searched.data as
          { search?: { totalCount: number; nodes: { post: { id: string } }[] } } | undefined
      )?.search;
      if (found?.totalCount === 1 && found.nodes[0]?.post.id === id) searchExact++;
    }
    const perPostAndPerson = (
      await db.query(
        `SELECT count(*)::int AS n FROM notifications n JOIN users u ON u.id = n.recipient_id
          WHERE n.type = 'MENTIONED' AND n.post_id = ANY($1::uuid[])
          GROUP BY n.post_id, u.handle`,
        [acknowledged],
      )
    ).rows.map((r) => r.n as number);
    const expectedNotifications = acknowledged.length * MENTIONED.length;

    const result = {
      seconds,
      writers: 4,
      mentionsPerPost: MENTIONED.length,
      kills: killLog,
      requestsSent: sent,
      acknowledged: acknowledged.length,
      notAcknowledged: failed,
      postsFound,
      postsInDatabase,
      postsIndexed: indexed,
      searchSampleFoundExactlyOnce: `${searchExact}/${sample.length}`,
      searchDocumentsStoredTwice: documentsStoredTwice,
      mentionNotifications: perPostAndPerson.reduce((a, b) => a + b, 0),
      mentionNotificationsExpected: expectedNotifications,
      postAndPersonPairsNotified: perPostAndPerson.length,
      maxNotificationsPerPostAndPerson: Math.max(0, ...perPostAndPerson),
      outboxLeft: pending,
      outboxFailed: failedJobs,
      drainMsAfterLoad: drainMs,
    };
    const holds =
      killLog.length === kills &&
      killLog.every((k) => k.claimedJobs > 0) &&
      postsFound === acknowledged.length &&
      indexed === acknowledged.length &&
      searchExact === sample.length &&
      postsInDatabase === acknowledged.length &&
      documentsStoredTwice === 0 &&
      perPostAndPerson.length === expectedNotifications &&
      result.maxNotificationsPerPostAndPerson === 1 &&
      pending === 0 &&
      failedJobs === 0;
    report(result, holds, 'C2');
  } finally {
    await db.end();
    await worker.stop();
    await http.stop();
    await db0.drop();
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
