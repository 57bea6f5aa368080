/**
 * Fault plan C4 (docs/security.md): run the real `reindex` command (apps/api/src/cli/reindex.ts,
 * `npm run reindex`, a full rebuild of the search index that is safe while serving) over and
 * over while writers keep posting — half in public, half in a restricted community — and a
 * member is removed from that community midway. Afterwards, through GraphQL search:
 * - every acknowledged post is found by its own unique word, and the run's marker word counts
 *   exactly the acknowledged posts (totalCount),
 * - no hit appears twice on any page or across the pages (search pages reach 1,000 hits deep,
 *   MAX_SEARCH_OFFSET),
 * - the outsider and the removed member find the public posts and none of the restricted ones.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres SWC_NODE_PROJECT=tsconfig.base.json \
 *     node -r @swc-node/register tools/fault/reindex-during-writes.ts [prefill-seconds=20] [seconds=60]
 *
 * Bounded: 127.0.0.1 only, four writers, its own database (dropped at the end), each reindex at
 * most 3 minutes, the whole run `prefill + seconds` + 6 minutes; it stops only what it started.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
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

const prefillSeconds = Number(process.argv[2] ?? 20);
const seconds = Number(process.argv[3] ?? 60);
const MARKER = 'reindexfault';
/** How deep search pages go (search.service.ts MAX_SEARCH_OFFSET). */
const MAX_SEARCH_OFFSET = 1000;
const REPO_ROOT = resolve(__dirname, '../..');

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A word of letters only, unique to one post, all of one length (so none is the prefix of
 * another): the search folds and stems words, and would not find an id inside one.
 */
const wordOf = (n: number) =>
  `zq${Array.from({ length: 6 }, (_, i) =>
    String.fromCharCode(97 + (Math.floor(n / 26 ** i) % 26)),
  ).join('')}x`;

/** One run of the reindex command as its own process; killed by PID after 3 minutes. */
function reindexOnce(
  databaseUrl: string,
): Promise<{ code: number | null; ms: number; out: string }> {
  const started = Date.now();
  const child = spawn(
    process.execPath,
    ['-r', '@swc-node/register', resolve(REPO_ROOT, 'apps/api/src/cli/reindex.ts')],
    {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        SWC_NODE_PROJECT: 'tsconfig.base.json',
        NODE_ENV: 'development',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out = (out + c.toString()).slice(-2000)));
  child.stderr.on('data', (c: Buffer) => (out = (out + c.toString()).slice(-2000)));
  const timer = setTimeout(() => child.pid && process.kill(child.pid, 'SIGKILL'), 180_000);
  return new Promise((done) =>
    child.once('exit', (code) => {
      clearTimeout(timer);
      done({ code, ms: Date.now() - started, out });
    }),
  );
}

async function viewerId(url: string, cookie: string): Promise<string> {
  const { body } = await gql(url, cookie, `{ viewer { id } }`, {});
  return (body.data as { viewer: { id: string } }).viewer.id;
}

/** The hits of `query` for this person, page by page (100 a page, as deep as search pages go). */
async function allHits(
  url: string,
  cookie: string,
  query: string,
): Promise<{ ids: string[]; totalCount: number; repeatsWithinPage: number }> {
  const ids: string[] = [];
  let after: string | null = null;
  let totalCount = 0;
  let repeatsWithinPage = 0;
  for (let page = 0; page < 200; page++) {
    const { body } = await gql(
      url,
      cookie,
      `query ($q: String!, $a: String) { search(query: $q, first: 100, after: $a, literal: true) {
         totalCount pageInfo { hasNextPage endCursor } nodes { type post { id } } } }`,
      { q: query, a: after },
    );
    if (body.errors) throw new Error(`search failed: ${JSON.stringify(body.errors)}`);
    const search = (
      body.data as unknown as {
        search: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
          nodes: { type: string; post: { id: string } | null }[];
        };
      }
    ).search;
    totalCount = search.totalCount;
    const pageIds = search.nodes.filter((n) => n.post).map((n) => n.post!.id);
    repeatsWithinPage += pageIds.length - new Set(pageIds).size;
    ids.push(...pageIds);
    if (!search.pageInfo.hasNextPage || !search.pageInfo.endCursor) break;
    after = search.pageInfo.endCursor;
  }
  return { ids, totalCount, repeatsWithinPage };
}

async function main(): Promise<void> {
  const db = await scratch('c4');
  let api: ApiProcess | null = null;
  const watchdog = setTimeout(
    () => {
      process.stderr.write('C4: the run exceeded its time bound; stopping what it started\n');
      void Promise.allSettled([api?.stop()]).then(() => process.exit(2));
    },
    (prefillSeconds + seconds + 360) * 1000,
  );
  try {
    api = await startApiProcess({
      DATABASE_URL: db.url,
      DATA_DIR: db.dataDir,
      PORT: String(await freePort()),
      RATE_LIMIT_POSTS_PER_HOUR: '1000000',
    });
    const url = api.url!;
    const writer = await signUp(url, 'writer');
    const member = await signUp(url, 'member');
    const outsider = await signUp(url, 'outsider');
    const { body: created } = await gql(
      url,
      writer,
      `mutation ($i: CreateCommunityInput!) { createCommunity(input: $i) { id } }`,
      { i: { name: 'Restricted', slug: 'restricted', type: 'RESTRICTED' } },
    );
    const communityId = created.data!.createCommunity.id!;
    await gql(
      url,
      writer,
      `mutation ($c: ID!) { inviteToCommunity(communityId: $c, handle: "member") { state } }`,
      { c: communityId },
    );
    await gql(url, member, `mutation ($c: ID!) { joinCommunity(id: $c) { state } }`, {
      c: communityId,
    });
    const memberId = await viewerId(url, member);

    const acknowledged: { id: string; word: string; restricted: boolean; during: boolean }[] = [];
    let sent = 0;
    let refused = 0;
    let counter = 0;
    let running = true;
    let reindexing = false;
    const write = async () => {
      while (running) {
        const n = counter++;
        const restricted = n % 2 === 1;
        const word = wordOf(n);
        sent++;
        try {
          const { body } = await gql(
            url,
            writer,
            `mutation ($i: CreatePostInput!) { createPost(input: $i) { id } }`,
            {
              i: {
                body: `${MARKER} ${word} note ${n}`,
                ...(restricted ? { communityId } : {}),
              },
            },
          );
          const id = body.data?.createPost?.id;
          if (id && !body.errors) acknowledged.push({ id, word, restricted, during: reindexing });
          else refused++;
        } catch {
          refused++;
          await sleep(100);
        }
      }
    };

    const writers = [0, 1, 2, 3].map(write);
    await sleep(prefillSeconds * 1000);
    const prefilled = acknowledged.length;

    // Reindex back to back for `seconds` while the writers go on; remove the member midway.
    reindexing = true;
    const runs: { code: number | null; ms: number; indexed: string }[] = [];
    const until = Date.now() + seconds * 1000;
    let removedAtMs: number | null = null;
    const removal = (async () => {
      await sleep((seconds * 1000) / 2);
      const { body } = await gql(
        url,
        writer,
        `mutation ($c: ID!, $u: ID!) { removeCommunityMember(communityId: $c, userId: $u) }`,
        { c: communityId, u: memberId },
      );
      if (body.errors) throw new Error(`removal failed: ${JSON.stringify(body.errors)}`);
      removedAtMs = seconds * 500;
    })();
    let failedOutput = '';
    while (Date.now() < until) {
      const run = await reindexOnce(db.url);
      // The command's own line: "Indexed N documents at M documents/s." (start-up excluded).
      const indexed = /Indexed (\d+) documents at (\d+) documents\/s/.exec(run.out);
      runs.push({
        code: run.code,
        ms: run.ms,
        indexed: indexed ? `${indexed[1]} documents at ${indexed[2]}/s` : '?',
      });
      if (run.code !== 0) failedOutput = run.out;
    }
    running = false;
    reindexing = false;
    await Promise.all([...writers, removal]);

    // The outbox catches up (at most 60 s).
    const check = new Client({ connectionString: db.url });
    await check.connect();
    const deadline = Date.now() + 60_000;
    let pending = 0;
    do {
      pending = (await check.query(`SELECT count(*)::int AS n FROM outbox_jobs`)).rows[0].n;
      if (pending) await sleep(500);
    } while (pending && Date.now() < deadline);
    const storedTwice = (
      await check.query(
        `SELECT count(*)::int AS n FROM (SELECT id FROM search_documents GROUP BY id, type
           HAVING count(*) > 1) d`,
      )
    ).rows[0].n as number;
    await check.end();

    const ids = new Set(acknowledged.map((a) => a.id));
    const publicIds = new Set(acknowledged.filter((a) => !a.restricted).map((a) => a.id));
    const asWriter = await allHits(url, writer, MARKER);
    const asOutsider = await allHits(url, outsider, MARKER);
    const asRemoved = await allHits(url, member, MARKER);
    const distinct = (hits: string[]) => new Set(hits).size;
    // Each acknowledged post by its own word (four searches at a time).
    let foundByWord = 0;
    const notFoundByWord: { word: string; hits: number }[] = [];
    const queue = [...acknowledged];
    await Promise.all(
      [0, 1, 2, 3].map(async () => {
        for (let a = queue.pop(); a; a = queue.pop()) {
          const { ids: hits } = await allHits(url, writer, a.word);
          if (hits.length === 1 && hits[0] === a.id) foundByWord++;
          else notFoundByWord.push({ word: a.word, hits: hits.length });
        }
      }),
    );
    const deepest = (n: number) => Math.min(n, MAX_SEARCH_OFFSET);
    const leaked = (hits: string[]) => hits.filter((id) => ids.has(id) && !publicIds.has(id));

    const result = {
      prefillSeconds,
      seconds,
      reindexRuns: runs.length,
      reindexMs: runs.map((r) => r.ms),
      reindexed: runs.map((r) => r.indexed),
      reindexFailures: runs.filter((r) => r.code !== 0).length,
      memberRemovedAtMs: removedAtMs,
      requestsSent: sent,
      acknowledged: acknowledged.length,
      acknowledgedBeforeReindex: prefilled,
      acknowledgedDuringReindex: acknowledged.filter((a) => a.during).length,
      refused,
      outboxLeft: pending,
      writer: {
        hits: asWriter.ids.length,
        distinct: distinct(asWriter.ids),
        totalCount: asWriter.totalCount,
        repeatsWithinPage: asWriter.repeatsWithinPage,
        pagedUpTo: MAX_SEARCH_OFFSET,
        foreign: asWriter.ids.filter((id) => !ids.has(id)).length,
      },
      eachPostByItsOwnWord: `${foundByWord}/${acknowledged.length}`,
      notFoundByWord: notFoundByWord.slice(0, 5),
      outsider: {
        hits: asOutsider.ids.length,
        distinct: distinct(asOutsider.ids),
        totalCount: asOutsider.totalCount,
        expected: publicIds.size,
        restrictedSeen: leaked(asOutsider.ids).length,
      },
      removedMember: {
        hits: asRemoved.ids.length,
        distinct: distinct(asRemoved.ids),
        totalCount: asRemoved.totalCount,
        expected: publicIds.size,
        restrictedSeen: leaked(asRemoved.ids).length,
      },
      searchDocumentsStoredTwice: storedTwice,
    };
    if (failedOutput) process.stderr.write(`a reindex failed:\n${failedOutput}\n`);
    const holds =
      runs.length > 0 &&
      result.reindexFailures === 0 &&
      result.acknowledgedDuringReindex > 0 &&
      foundByWord === acknowledged.length &&
      asWriter.totalCount === ids.size &&
      asWriter.ids.length === deepest(ids.size) &&
      asWriter.ids.length === distinct(asWriter.ids) &&
      result.writer.foreign === 0 &&
      asOutsider.ids.length === distinct(asOutsider.ids) &&
      asOutsider.totalCount === publicIds.size &&
      distinct(asOutsider.ids) === deepest(publicIds.size) &&
      result.outsider.restrictedSeen === 0 &&
      asRemoved.ids.length === distinct(asRemoved.ids) &&
      asRemoved.totalCount === publicIds.size &&
      distinct(asRemoved.ids) === deepest(publicIds.size) &&
      result.removedMember.restrictedSeen === 0 &&
      storedTwice === 0;
    report(result, holds, 'C4');
  } finally {
    clearTimeout(watchdog);
    await api?.stop();
    await db.drop();
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
