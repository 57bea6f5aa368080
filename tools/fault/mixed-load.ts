/**
 * Load rows LD1, LD3 and LD2 (docs/security.md), on a PostgreSQL of its own seeded by
 * `seed:scale`:
 *  - LD1: a ramp of a mixed scenario (home feed 50 %, post 10 %, search 20 %, Q&A 10 %,
 *    notifications 10 %; every client also holds a socket.io connection) over concurrency steps,
 *    each reporting p50/p95/p99 of reads and writes, error rate and throughput; the knee is the
 *    last step before throughput stops growing by 10 %.
 *  - LD3, during all of it: canary checks. A restricted community holds canary posts (one more
 *    every 2 s, mentioning the outsider and the admin), a canary file and a canary word; an
 *    outsider, an admin who is not a member and a logged-out client keep reading feeds, search,
 *    the community, the post, the file and their notifications, and the outsider and the admin
 *    listen on sockets. Any canary text in an answer or a frame, or a file download answered 2xx,
 *    is a hit; there must be none.
 *  - LD2 (with `soakMinutes` > 0): the same mix at half the knee's concurrency for that long,
 *    sampling /metrics, PostgreSQL connections, outbox lag and open file descriptors every 30 s.
 *
 *   SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register tools/fault/mixed-load.ts \
 *     [stepSeconds=30] [steps=10,25,50,100,200] [soakMinutes=0] [profile=intranet-10k]
 *
 * Bounded: 127.0.0.1 only; a PostgreSQL of its own (tools/fault/private-postgres.ts); every
 * request 10 s; the whole run by a watchdog (setup 15 min + steps + soak + 10 min) that stops
 * the API process and the postmaster it started, by PID.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { io as connectSocket, type Socket } from 'socket.io-client';
import { clientOperation, type ClientOperation } from '../../apps/api/src/bench/client-operations';
// seed:scale gives everyone the demo organisation's password.
import { DEMO_LOGIN } from '../../apps/api/src/seed/seed-demo';
import { freePort, report, startApiProcess, type ApiProcess } from './fault-support';
import { startPrivatePostgres, type PrivatePostgres } from './private-postgres';

const stepSeconds = Number(process.argv[2] ?? 30);
const steps = (process.argv[3] ?? '10,25,50,100,200').split(',').map(Number);
const soakMinutes = Number(process.argv[4] ?? 0);
const profile = process.argv[5] ?? 'intranet-10k';
const REPO_ROOT = resolve(__dirname, '../..');
const METRICS_TOKEN = randomUUID();
const CANARY = `zqcanary${randomUUID()
  .replace(/[^a-f]/g, '')
  .slice(0, 10)}x`;
const SEARCHES = [
  'budget laptop',
  'release meeting',
  'customer report',
  'travel plan',
  'team update',
];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(ms, 0)));
const pick = <T>(xs: T[]) => xs[Math.floor(Math.random() * xs.length)];

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]);
}

const headers = (cookie: string) => ({
  'content-type': 'application/json',
  'apollo-require-preflight': 'true',
  ...(cookie ? { cookie } : {}),
});

/** One GraphQL request; the answer's text (for canary checks) and whether it was a success. */
async function request(
  url: string,
  cookie: string,
  op: ClientOperation | { query: string },
  variables: object = {},
): Promise<{ ok: boolean; text: string; data?: Record<string, unknown>; error?: string }> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: headers(cookie),
    body: JSON.stringify({ ...op, variables }),
    signal: AbortSignal.timeout(10_000),
  });
  const text = await res.text();
  let body: { data?: Record<string, unknown>; errors?: { extensions?: { code?: string } }[] } = {};
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: counts as an error
  }
  const ok = res.ok && !body.errors && !!body.data;
  const error = ok ? undefined : `${res.status} ${body.errors?.[0]?.extensions?.code ?? 'none'}`;
  return { ok, text, data: body.data, error };
}

async function logIn(
  url: string,
  login: string,
  password: string = DEMO_LOGIN.password,
): Promise<string> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: headers(''),
    body: JSON.stringify({
      query: `mutation ($i: LogInInput!) { logIn(input: $i) { viewer { id } } }`,
      variables: { i: { login, password } },
    }),
    signal: AbortSignal.timeout(30_000),
  });
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  if (!cookie) throw new Error(`Could not log in as ${login}: ${await res.text()}`);
  return cookie;
}

function openSocket(url: string, cookie: string, onFrame: (text: string) => void): Socket {
  const socket = connectSocket(url, {
    transports: ['websocket'],
    extraHeaders: cookie ? { cookie } : {},
    reconnection: true,
    forceNew: true,
  });
  socket.onAny((event: string, ...args: unknown[]) => onFrame(`${event} ${JSON.stringify(args)}`));
  return socket;
}

/** Runs seed:scale's CLI into `databaseUrl` (bounded: 12 minutes, killed by PID). */
function seed(databaseUrl: string, dataDir: string): Promise<string> {
  const child = spawn(
    process.execPath,
    [
      '-r',
      '@swc-node/register',
      resolve(REPO_ROOT, 'apps/api/src/bench/seed-scale.ts'),
      '--profile',
      profile,
    ],
    {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        DATA_DIR: dataDir,
        SWC_NODE_PROJECT: 'tsconfig.base.json',
        NODE_ENV: 'development',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out = (out + c.toString()).slice(-4000)));
  child.stderr.on('data', (c: Buffer) => (out = (out + c.toString()).slice(-4000)));
  const timer = setTimeout(() => child.pid && process.kill(child.pid, 'SIGKILL'), 12 * 60_000);
  return new Promise((done, fail) =>
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) done(out);
      else fail(new Error(`seed:scale failed (${code}):\n${out}`));
    }),
  );
}

/** CPU seconds (user + system) of one process so far. */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (100/s)
}

interface Sample {
  kind: 'read' | 'write';
  ms: number;
  ok: boolean;
  /** Why it failed: HTTP status and GraphQL code, `timeout` (10 s) or the transport error. */
  error?: string;
}

const OPS = {
  feed: clientOperation('HomeFeed'),
  create: clientOperation('CreatePost'),
  search: clientOperation('Search'),
  questions: clientOperation('Questions'),
  reply: clientOperation('CreateReply'),
  notifications: clientOperation('Notifications'),
  community: clientOperation('CommunityPage'),
  post: clientOperation('PostPage'),
};

/**
 * One client's mixed scenario until `until()`: feed 50 %, post 10 %, search 20 %, Q&A 10 %
 * (the questions page, then half the time an answer to one of them), notifications 10 %.
 */
async function mixedClient(
  url: string,
  cookie: string,
  mentionable: string[],
  until: () => boolean,
  samples: Sample[],
): Promise<void> {
  let n = 0;
  while (!until()) {
    const roll = Math.random() * 100;
    const timed = async (
      kind: Sample['kind'],
      run: () => Promise<{ ok: boolean; error?: string }>,
    ) => {
      const t = performance.now();
      let ok = false;
      let error: string | undefined;
      try {
        ({ ok, error } = await run());
      } catch (e) {
        const cause = (e as { cause?: { code?: string }; name?: string }).cause?.code;
        error = (e as Error).name === 'TimeoutError' ? 'timeout' : (cause ?? (e as Error).name);
      }
      samples.push({ kind, ms: performance.now() - t, ok, error });
    };
    if (roll < 50) await timed('read', () => request(url, cookie, OPS.feed, {}));
    else if (roll < 60)
      await timed('write', () =>
        request(url, cookie, OPS.create, {
          input: { body: `load ${n++} the team update on the release @${pick(mentionable)}` },
          idempotencyKey: randomUUID(),
        }),
      );
    else if (roll < 80)
      await timed('read', () =>
        request(url, cookie, OPS.search, {
          query: pick(SEARCHES),
          types: null,
          filters: null,
          first: 20,
          literal: null,
        }),
      );
    else if (roll < 90) {
      let questionId: string | undefined;
      await timed('read', async () => {
        const r = await request(url, cookie, OPS.questions, {});
        const nodes = (r.data?.questions as { nodes: { id: string }[] } | undefined)?.nodes ?? [];
        questionId = nodes.length ? pick(nodes).id : undefined;
        return r;
      });
      if (questionId && Math.random() < 0.5)
        await timed('write', () =>
          request(url, cookie, OPS.reply, {
            postId: questionId,
            input: { body: `An answer under load ${n++}` },
            idempotencyKey: randomUUID(),
          }),
        );
    } else await timed('read', () => request(url, cookie, OPS.notifications, {}));
  }
}

function summarise(samples: Sample[], seconds: number) {
  const lat = (kind: Sample['kind']) => {
    const ms = samples.filter((s) => s.kind === kind && s.ok).map((s) => s.ms);
    ms.sort((a, b) => a - b);
    return {
      n: ms.length,
      p50: percentile(ms, 50),
      p95: percentile(ms, 95),
      p99: percentile(ms, 99),
    };
  };
  const errors = samples.filter((s) => !s.ok).length;
  const errorsByKind: Record<string, number> = {};
  for (const s of samples)
    if (!s.ok) errorsByKind[s.error ?? 'unknown'] = (errorsByKind[s.error ?? 'unknown'] ?? 0) + 1;
  return {
    requests: samples.length,
    throughputPerSecond: Math.round((samples.length / seconds) * 10) / 10,
    errorRatePercent: samples.length ? Math.round((errors / samples.length) * 10000) / 100 : 0,
    errors,
    errorsByKind,
    readsMs: lat('read'),
    writesMs: lat('write'),
  };
}

async function main(): Promise<void> {
  let pg: PrivatePostgres | null = null;
  let api: ApiProcess | null = null;
  const dataDir = mkdtempSync(join(tmpdir(), 'outloud-fault-load-'));
  const boundSeconds = 15 * 60 + steps.length * stepSeconds + soakMinutes * 60 + 10 * 60;
  const watchdog = setTimeout(() => {
    process.stderr.write('mixed-load: the run exceeded its time bound; stopping what it started\n');
    void Promise.allSettled([api?.stop(), pg?.stop()]).then(() => process.exit(2));
  }, boundSeconds * 1000);
  const sockets: Socket[] = [];
  try {
    pg = await startPrivatePostgres(await freePort());
    const admin = new Client({ connectionString: pg.url });
    await admin.connect();
    await admin.query('CREATE DATABASE outloud');
    await admin.end();
    const dbUrl = pg.url.replace(/\/postgres$/, '/outloud');
    const seedStarted = Date.now();
    const seedOut = await seed(dbUrl, dataDir);
    const seedSeconds = Math.round((Date.now() - seedStarted) / 1000);
    const seeded = /Seeded profile .*$/m.exec(seedOut)?.[0] ?? '';

    api = await startApiProcess({
      DATABASE_URL: dbUrl,
      DATA_DIR: dataDir,
      PORT: String(await freePort()),
      METRICS_TOKEN,
      RATE_LIMIT_POSTS_PER_HOUR: '1000000',
      RATE_LIMIT_REPLIES_PER_HOUR: '1000000',
      RATE_LIMIT_MENTIONS_PER_HOUR: '1000000',
      RATE_LIMIT_UPLOADS_PER_HOUR: '1000000',
    });
    const url = api.url!;
    const apiPid = api.pid;
    const db = new Client({ connectionString: dbUrl });
    await db.connect();
    const handles = (
      await db.query(`SELECT handle FROM users WHERE handle ~ '^p[0-9]+$' ORDER BY handle`)
    ).rows.map((r) => r.handle as string);
    const maxClients = Math.max(...steps);
    const clientHandles = handles.slice(0, maxClients);
    const cookies: string[] = [];
    for (let i = 0; i < clientHandles.length; i += 10)
      cookies.push(
        ...(await Promise.all(clientHandles.slice(i, i + 10).map((h) => logIn(url, h)))),
      );

    // The canary: a restricted community of one member, with a post, a file and more posts
    // arriving during the run. The outsider is `reader`; the admin is `admin_user` (no member).
    const owner = await (async () => {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: headers(''),
        body: JSON.stringify({
          query: `mutation ($i: SignUpInput!) { signUp(input: $i) { viewer { id } } }`,
          variables: {
            i: {
              handle: 'canaryowner',
              displayName: 'Canary Owner',
              email: 'canaryowner@corp.example',
              password: 'correct horse battery',
            },
          },
        }),
      });
      return res.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .join('; ');
    })();
    const community = await request(
      url,
      owner,
      { query: `mutation ($i: CreateCommunityInput!) { createCommunity(input: $i) { id } } ` },
      { i: { name: `Canary ${CANARY}`, slug: 'canary-r', type: 'RESTRICTED' } },
    );
    const communityId = (community.data?.createCommunity as { id: string }).id;
    const canaryPost = async (n: number) =>
      request(url, owner, OPS.create, {
        input: { body: `${CANARY} secret ${n} @reader @admin_user`, communityId },
        idempotencyKey: randomUUID(),
      });
    const firstPost = await canaryPost(0);
    const postId = (firstPost.data?.createPost as { id: string }).id;
    const form = new FormData();
    form.append('name', `${CANARY} plan`);
    form.append('communityId', communityId);
    form.append(
      'file',
      new Blob([`${CANARY} file body\n`], { type: 'text/plain' }),
      `${CANARY}.txt`,
    );
    const uploaded = await fetch(`${url}/files/uploads`, {
      method: 'POST',
      headers: { cookie: owner, 'x-outloud-csrf': '1' },
      body: form,
    });
    const fileId = ((await uploaded.json()) as { file: { id: string } }).file.id;
    // Positive control: the owner finds the canary (so zero hits for others means something).
    let ownerSees = false;
    for (let i = 0; i < 60 && !ownerSees; i++) {
      const r = await request(url, owner, OPS.search, {
        query: CANARY,
        types: null,
        filters: null,
        first: 20,
        literal: null,
      });
      ownerSees = r.ok && r.text.includes(postId);
      if (!ownerSees) await sleep(500);
    }
    const ownerDownload = await fetch(`${url}/files/${fileId}/download`, {
      headers: { cookie: owner },
    });
    const ownerCanDownload = ownerDownload.ok && (await ownerDownload.text()).includes(CANARY);

    const viewers = {
      outsider: await logIn(url, 'reader'),
      nonMemberAdmin: await logIn(url, 'admin_user'),
      loggedOut: '',
    };
    const canary = { checks: 0, hits: 0, socketFrames: 0, hitDetails: [] as string[] };
    const hit = (who: string, what: string) => {
      canary.hits++;
      if (canary.hitDetails.length < 20) canary.hitDetails.push(`${who}: ${what}`);
    };
    for (const [who, cookie] of Object.entries(viewers))
      sockets.push(
        openSocket(url, cookie, (frame) => {
          canary.socketFrames++;
          if (frame.includes(CANARY)) hit(who, `socket ${frame.slice(0, 120)}`);
        }),
      );
    let canariesRunning = true;
    const canaryChecker = async (who: string, cookie: string) => {
      const reads: [string, ClientOperation | { query: string }, object][] = [
        ['feed', OPS.feed, {}],
        [
          'search',
          OPS.search,
          { query: CANARY, types: null, filters: null, first: 20, literal: null },
        ],
        ['community', OPS.community, { slug: 'canary-r' }],
        ['post', OPS.post, { id: postId }],
        ['notifications', OPS.notifications, {}],
        ['file', { query: `query ($id: ID!) { file(id: $id) { id name } }` }, { id: fileId }],
      ];
      while (canariesRunning) {
        for (const [what, op, variables] of reads) {
          try {
            const r = await request(url, cookie, op, variables);
            canary.checks++;
            // The canary word is in the community's name, every post, the file's name and bytes.
            if (r.text.includes(CANARY)) hit(who, what);
          } catch {
            // a timeout under load is not a leak
          }
        }
        try {
          const res = await fetch(`${url}/files/${fileId}/download`, {
            headers: cookie ? { cookie } : {},
            signal: AbortSignal.timeout(10_000),
          });
          const text = await res.text();
          canary.checks++;
          if (res.ok || text.includes(CANARY)) hit(who, `download ${res.status}`);
        } catch {
          // as above
        }
        await sleep(200);
      }
    };
    let canaryPosts = 1;
    const canaryWriter = async () => {
      while (canariesRunning) {
        await sleep(2_000);
        if ((await canaryPost(canaryPosts).catch(() => ({ ok: false }))).ok) canaryPosts++;
      }
    };
    const canaryRuns = [
      ...Object.entries(viewers).map(([who, cookie]) => canaryChecker(who, cookie)),
      canaryWriter(),
    ];

    // LD1: the ramp.
    const mentionable = handles.slice(0, 50);
    const ramp: (ReturnType<typeof summarise> & {
      clients: number;
      load1: number;
      apiCpuPercent: number;
      canaryHitsSoFar: number;
    })[] = [];
    for (const clients of steps) {
      const clientSockets = cookies
        .slice(0, clients)
        .map((c) => openSocket(url, c, () => undefined));
      const samples: Sample[] = [];
      const cpu0 = cpuSeconds(apiPid);
      const started = performance.now();
      const deadline = started + stepSeconds * 1000;
      await Promise.all(
        cookies
          .slice(0, clients)
          .map((c) =>
            mixedClient(url, c, mentionable, () => performance.now() >= deadline, samples),
          ),
      );
      const seconds = (performance.now() - started) / 1000;
      const apiCpuPercent = Math.round(((cpuSeconds(apiPid) - cpu0) / seconds) * 100);
      clientSockets.forEach((s) => s.close());
      const step = {
        clients,
        ...summarise(samples, seconds),
        load1: Math.round(loadavg()[0] * 10) / 10,
        apiCpuPercent,
        canaryHitsSoFar: canary.hits,
      };
      ramp.push(step);
      process.stdout.write(`${JSON.stringify(step)}\n`);
    }
    // The knee: the last step before throughput grew by less than 10 %.
    let knee = ramp.at(-1)!.clients;
    for (let i = 1; i < ramp.length; i++)
      if (ramp[i].throughputPerSecond < ramp[i - 1].throughputPerSecond * 1.1) {
        knee = ramp[i - 1].clients;
        break;
      }

    // LD2: the soak at half the knee.
    let soak: object | null = null;
    let backlogDrainSeconds = 0;
    let soakFlat = true;
    if (soakMinutes > 0) {
      // The ramp's overloaded steps leave a job backlog: the soak starts once it has drained
      // (at most 5 minutes), so its outbox lag is its own.
      const drainStarted = Date.now();
      while (Date.now() - drainStarted < 300_000) {
        const { n } = (
          await db.query(
            `SELECT count(*)::int AS n FROM outbox_jobs WHERE failed_at IS NULL AND run_at <= now()`,
          )
        ).rows[0];
        if (n === 0) break;
        await sleep(2_000);
      }
      backlogDrainSeconds = Math.round((Date.now() - drainStarted) / 1000);
      const clients = Math.max(1, Math.round(knee / 2));
      const clientSockets = cookies
        .slice(0, clients)
        .map((c) => openSocket(url, c, () => undefined));
      const samples: Sample[] = [];
      const series: Record<string, number>[] = [];
      const started = performance.now();
      const deadline = started + soakMinutes * 60_000;
      const metric = (text: string, name: string, label?: string) => {
        const values = text
          .split('\n')
          .filter((l) => l.startsWith(`${name}{`) || l.startsWith(`${name} `))
          .filter((l) => !label || l.includes(label))
          .map((l) => Number(l.split(' ').at(-1)));
        return values.length ? Math.max(...values) : NaN;
      };
      const sampler = async () => {
        while (performance.now() < deadline) {
          try {
            const text = await (
              await fetch(`${url}/metrics`, {
                headers: { authorization: `Bearer ${METRICS_TOKEN}` },
                signal: AbortSignal.timeout(10_000),
              })
            ).text();
            const connections = (
              await db.query(
                `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = 'outloud'`,
              )
            ).rows[0].n as number;
            const outbox = (
              await db.query(
                `SELECT count(*)::int AS n, coalesce(extract(epoch FROM now() - min(created_at)), 0)::float AS age
                   FROM outbox_jobs WHERE failed_at IS NULL AND run_at <= now()`,
              )
            ).rows[0];
            series.push({
              minute: Math.round((performance.now() - started) / 6000) / 10,
              rssMiB: Math.round(metric(text, 'outloud_process_resident_memory_bytes') / 2 ** 20),
              heapUsedMiB: Math.round(
                metric(text, 'outloud_nodejs_heap_size_used_bytes') / 2 ** 20,
              ),
              eventLoopLagP99Ms: Math.round(
                metric(text, 'outloud_nodejs_eventloop_lag_p99_seconds') * 1000,
              ),
              pgConnections: connections,
              outboxPending: outbox.n,
              outboxLagSeconds: Math.round(outbox.age * 10) / 10,
              openFds: readdirSync(`/proc/${apiPid}/fd`).length,
              sockets: metric(text, 'outloud_socket_connections'),
              load1: Math.round(loadavg()[0] * 10) / 10,
            });
            process.stdout.write(`soak ${JSON.stringify(series.at(-1))}\n`);
          } catch (e) {
            process.stdout.write(`soak sample failed: ${(e as Error).message}\n`);
          }
          await sleep(Math.min(30_000, deadline - performance.now()));
        }
      };
      await Promise.all([
        sampler(),
        ...cookies
          .slice(0, clients)
          .map((c) =>
            mixedClient(url, c, mentionable, () => performance.now() >= deadline, samples),
          ),
      ]);
      clientSockets.forEach((s) => s.close());
      // Flat: memory sampled at random points of the collector's sawtooth, so its floor (the
      // lowest sample) of the last third within 10 % of the first third's; connections and
      // descriptors by their peak per third (a leak raises both).
      const warm = series.filter((s) => s.minute >= 1);
      const third = Math.max(1, Math.floor(warm.length / 3));
      const flatness: Record<
        string,
        { firstThird: number; lastThird: number; min: number; max: number; flat: boolean }
      > = {};
      for (const key of ['rssMiB', 'heapUsedMiB', 'pgConnections', 'openFds'] as const) {
        const values = warm.map((s) => s[key]);
        const pickOf = key === 'rssMiB' || key === 'heapUsedMiB' ? Math.min : Math.max;
        const first = pickOf(...values.slice(0, third));
        const last = pickOf(...values.slice(-third));
        flatness[key] = {
          firstThird: first,
          lastThird: last,
          min: Math.min(...values),
          max: Math.max(...values),
          flat: values.length >= 6 && Math.abs(last - first) <= 0.1 * first,
        };
      }
      const lags = warm.map((s) => s.outboxLagSeconds).sort((a, b) => a - b);
      soak = {
        backlogDrainSecondsBefore: backlogDrainSeconds,
        clients,
        minutes: soakMinutes,
        ...summarise(samples, (performance.now() - started) / 1000),
        samples: series.length,
        flatness,
        outboxLagSeconds: { p50: lags[Math.floor(lags.length / 2)] ?? 0, max: lags.at(-1) ?? 0 },
        eventLoopLagP99Ms: { max: Math.max(...warm.map((s) => s.eventLoopLagP99Ms)) },
        series,
      };
      soakFlat = Object.values(flatness).every((f) => f.flat) && (lags.at(-1) ?? 0) < 5;
    }

    canariesRunning = false;
    await Promise.all(canaryRuns);
    const dataRows = (
      await db.query(
        `SELECT (SELECT count(*) FROM users)::int AS users, (SELECT count(*) FROM posts)::int AS posts,
                (SELECT count(*) FROM replies)::int AS replies, (SELECT count(*) FROM likes)::int AS likes,
                pg_size_pretty(pg_database_size('outloud')) AS size`,
      )
    ).rows[0];
    await db.end();
    const result = {
      profile,
      seededInSeconds: seedSeconds,
      seeded,
      dataAtEnd: dataRows,
      stepSeconds,
      ramp,
      knee: { clients: knee, rule: 'last step before throughput grew < 10 %' },
      soak,
      canary: {
        word: CANARY,
        ownerFindsIt: ownerSees,
        ownerDownloads: ownerCanDownload,
        canaryPostsWritten: canaryPosts,
        checks: canary.checks,
        socketFramesSeen: canary.socketFrames,
        hits: canary.hits,
        hitDetails: canary.hitDetails,
      },
    };
    const holds =
      ownerSees && ownerCanDownload && canary.hits === 0 && canary.checks > 0 && soakFlat;
    report(result, holds, soakMinutes > 0 ? 'LD1-LD3' : 'LD1+LD3');
  } finally {
    clearTimeout(watchdog);
    sockets.forEach((s) => s.close());
    await api?.stop();
    await pg?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
