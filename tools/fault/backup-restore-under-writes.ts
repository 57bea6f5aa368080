/**
 * Fault plan C9 (docs/security.md): back up a running instance under light write load the way
 * docs/operations.md says (`pg_dump`, then a copy of the uploaded files), lose it, restore into a
 * fresh database and folder, start, reindex, and check what came back.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres SWC_NODE_PROJECT=tsconfig.base.json \
 *     node -r @swc-node/register tools/fault/backup-restore-under-writes.ts \
 *       [secondsBeforeDump=20] [secondsAfterDump=10] [writers=2]
 *
 * pg_dump runs on a snapshot this script exports (`--snapshot`), so the script can hash the key
 * tables in exactly the state the dump holds, and knows which acknowledged writes the backup
 * holds. RPO: the writes acknowledged after the snapshot, all lost by a dump-based backup (it
 * recovers to the snapshot, not to the failure). RTO: restore + file copy + start + reindex until
 * search answers with every restored post.
 *
 * Bounded: 127.0.0.1 only, `writers` clients with a pause between writes, every request 10 s,
 * pg_dump, pg_restore and reindex 3 minutes each; its own two databases and folders (dropped at
 * the end) and its own processes (stopped by PID). pg_dump/pg_restore come from PATH and must
 * match DATABASE_URL's server (PG_DUMP_BIN to choose another folder).
 */
import { execFile, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import {
  freePort,
  gql,
  PASSWORD,
  report,
  scratch,
  signUp,
  startApiProcess,
  type ApiProcess,
} from './fault-support';

const secondsBefore = Number(process.argv[2] ?? 20);
const secondsAfter = Number(process.argv[3] ?? 10);
const writers = Number(process.argv[4] ?? 2);
const MARKER = 'heronbackupfault';
const REPO_ROOT = resolve(__dirname, '../..');
/** Tables whose content must come back byte for byte (search documents are rebuilt). */
const KEY_TABLES = [
  'users',
  'posts',
  'replies',
  'mentions',
  'notifications',
  'files',
  'file_versions',
  'communities',
  'community_members',
  'likes',
  'follows',
];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(ms, 0)));
const sha256 = (b: Buffer | Uint8Array) => createHash('sha256').update(b).digest('hex');

function bin(name: string): string {
  return process.env.PG_DUMP_BIN ? join(process.env.PG_DUMP_BIN, name) : name;
}

/** A command bounded by 3 minutes; resolves with its duration, rejects with its output. */
function timed(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const started = Date.now();
  return new Promise<number>((done, fail) =>
    execFile(
      cmd,
      args,
      { timeout: 180_000, killSignal: 'SIGKILL', env, cwd: REPO_ROOT, maxBuffer: 10_000_000 },
      (error, stdout, stderr) =>
        error
          ? fail(new Error(`${cmd} failed: ${stderr || stdout || error}`))
          : done(Date.now() - started),
    ),
  );
}

/** The real reindex command as its own process (killed by PID after 3 minutes). */
function reindex(databaseUrl: string): Promise<{ code: number | null; ms: number; out: string }> {
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

/** Row count and a hash of every row's text, in a stable order, per table that exists. */
async function tableHashes(db: Client): Promise<Record<string, { rows: number; md5: string }>> {
  const existing = new Set(
    (
      await db.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`,
      )
    ).rows.map((r) => r.table_name as string),
  );
  const out: Record<string, { rows: number; md5: string }> = {};
  for (const table of KEY_TABLES.filter((t) => existing.has(t))) {
    const { rows } = await db.query(
      `SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS h
         FROM ${table} t`,
    );
    out[table] = { rows: rows[0].n, md5: rows[0].h };
  }
  return out;
}

/** Every file under `dir` by relative path, with its SHA-256; and the total bytes. */
function folderHashes(dir: string): { files: Map<string, string>; bytes: number } {
  const files = new Map<string, string>();
  let bytes = 0;
  const walk = (d: string, rel: string) => {
    let entries: string[] = [];
    try {
      entries = readdirSync(d);
    } catch {
      return;
    }
    for (const name of entries) {
      const full = join(d, name);
      const st = statSync(full);
      if (st.isDirectory()) walk(full, join(rel, name));
      else {
        bytes += st.size;
        files.set(join(rel, name), sha256(readFileSync(full)));
      }
    }
  };
  walk(dir, '');
  return { files, bytes };
}

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
  return res.ok ? body.file : undefined;
}

async function main(): Promise<void> {
  const source = await scratch('c9src');
  const restored = await scratch('c9dst');
  const work = mkdtempSync(join(tmpdir(), 'outloud-fault-c9-backup-'));
  const env = {
    RATE_LIMIT_POSTS_PER_HOUR: '100000',
    RATE_LIMIT_MENTIONS_PER_HOUR: '100000',
    RATE_LIMIT_UPLOADS_PER_HOUR: '100000',
  };
  let api: ApiProcess | null = await startApiProcess({
    ...env,
    DATABASE_URL: source.url,
    DATA_DIR: source.dataDir,
    PORT: String(await freePort()),
  });
  let restoredApi: ApiProcess | null = null;
  const snap = new Client({ connectionString: source.url });
  await snap.connect();
  try {
    const url = api.url!;
    const author = await signUp(url, 'author');
    await signUp(url, 'mira');

    const posts: { id: string; at: number }[] = [];
    const files: { id: string; at: number; sha256: string }[] = [];
    let sent = 0;
    let failed = 0;
    let running = true;
    const writer = async (w: number) => {
      for (let n = 0; running; n++) {
        sent++;
        try {
          if (n % 4 === 3) {
            const content = Buffer.from(
              randomBytes(8_000 + Math.floor(Math.random() * 40_000)).toString('hex'),
            );
            const file = await upload(url, author, `backup w${w} n${n}`, content);
            if (file && file.sha256 === sha256(content))
              files.push({ id: file.id, at: Date.now(), sha256: file.sha256 });
            else failed++;
          } else {
            const { body } = await gql(
              url,
              author,
              `mutation ($b: String!) { createPost(input: { body: $b }) { id } }`,
              { b: `${MARKER} w${w} n${n} @mira` },
            );
            const id = body.data?.createPost?.id;
            if (id && !body.errors) posts.push({ id, at: Date.now() });
            else failed++;
          }
        } catch {
          failed++;
        }
        await sleep(100); // light load: a pause between one person's writes
      }
    };
    const writing = Array.from({ length: writers }, (_, w) => writer(w));
    await sleep(secondsBefore * 1000);

    // Backup, step 1: pg_dump on a snapshot the script holds open.
    await snap.query(`BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY`);
    const snapshotId = (await snap.query(`SELECT pg_export_snapshot() AS s`)).rows[0].s as string;
    const snapshotAt = Date.now();
    const dumpFile = join(work, 'outloud.dump');
    const dumpMs = await timed(bin('pg_dump'), [
      '--format=custom',
      '--no-owner',
      `--snapshot=${snapshotId}`,
      `--file=${dumpFile}`,
      source.url,
    ]);
    // Step 2, after the dump: a copy of the files folder (so every file row in the dump has its
    // bytes; files written since are extra, never missing).
    const copyStarted = Date.now();
    cpSync(join(source.dataDir, 'files'), join(work, 'files'), { recursive: true });
    const copyMs = Date.now() - copyStarted;
    const inSnapshot = {
      hashes: await tableHashes(snap),
      posts: new Set(
        (
          await snap.query(`SELECT id FROM posts WHERE id = ANY($1::uuid[])`, [
            posts.map((p) => p.id),
          ])
        ).rows.map((r) => r.id as string),
      ),
      files: new Set(
        (
          await snap.query(`SELECT id FROM files WHERE id = ANY($1::uuid[])`, [
            files.map((f) => f.id),
          ])
        ).rows.map((r) => r.id as string),
      ),
      markerPosts: (
        await snap.query(`SELECT count(*)::int AS n FROM posts WHERE body LIKE $1`, [`${MARKER} %`])
      ).rows[0].n as number,
      outboxJobs: (await snap.query(`SELECT count(*)::int AS n FROM outbox_jobs`)).rows[0]
        .n as number,
      databaseBytes: Number(
        (await snap.query(`SELECT pg_database_size(current_database()) AS b`)).rows[0].b,
      ),
    };
    await snap.query('COMMIT');

    // Writes go on, then the instance is lost.
    await sleep(secondsAfter * 1000);
    running = false;
    await Promise.all(writing);
    const failureAt = Date.now();
    await api.stop();
    api = null;

    // Restore: database, files, start, reindex, until search answers with every post.
    const rtoStarted = Date.now();
    const restoreMs = await timed(bin('pg_restore'), [
      '--no-owner',
      '--exit-on-error',
      `--dbname=${restored.url}`,
      dumpFile,
    ]);
    const filesCopyBackStarted = Date.now();
    cpSync(join(work, 'files'), join(restored.dataDir, 'files'), { recursive: true });
    const filesCopyBackMs = Date.now() - filesCopyBackStarted;
    // The restored tables, before anything runs on them.
    const check = new Client({ connectionString: restored.url });
    await check.connect();
    const restoredHashes = await tableHashes(check);
    const bootStarted = Date.now();
    restoredApi = await startApiProcess({
      ...env,
      DATABASE_URL: restored.url,
      DATA_DIR: restored.dataDir,
      PORT: String(await freePort()),
    });
    const bootMs = Date.now() - bootStarted;
    const reindexRun = await reindex(restored.url);
    const rurl = restoredApi.url!;
    const login = await fetch(`${rurl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      body: JSON.stringify({
        query: `mutation ($i: LogInInput!) { logIn(input: $i) { viewer { id } } }`,
        variables: { i: { login: 'author', password: PASSWORD } },
      }),
    });
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    let searchCount = -1;
    const searchDeadline = Date.now() + 60_000;
    while (Date.now() < searchDeadline) {
      const { body } = await gql(
        rurl,
        cookie,
        `query ($q: String!) { search(query: $q, types: [POST], first: 1) { totalCount } }`,
        { q: MARKER },
      ).catch(() => ({ body: {} as { data?: undefined } }));
      searchCount =
        (body.data as { search?: { totalCount: number } } | undefined)?.search?.totalCount ?? -1;
      if (searchCount === inSnapshot.markerPosts) break;
      await sleep(250);
    }
    const rtoMs = Date.now() - rtoStarted;

    // Files: every file the snapshot holds downloads with the bytes that were uploaded.
    let filesDownloadedIntact = 0;
    for (const f of files.filter((x) => inSnapshot.files.has(x.id))) {
      const res = await fetch(`${rurl}/files/${f.id}/download`, {
        headers: { cookie },
        signal: AbortSignal.timeout(10_000),
      });
      if (res.ok && sha256(Buffer.from(await res.arrayBuffer())) === f.sha256)
        filesDownloadedIntact++;
    }
    const backupFolder = folderHashes(join(work, 'files'));
    const restoredFolder = folderHashes(join(restored.dataDir, 'files'));
    const folderMismatches = [...backupFolder.files].filter(
      ([path, hash]) => restoredFolder.files.get(path) !== hash,
    ).length;

    const tableMismatches = Object.keys(inSnapshot.hashes).filter(
      (t) =>
        restoredHashes[t]?.md5 !== inSnapshot.hashes[t].md5 ||
        restoredHashes[t]?.rows !== inSnapshot.hashes[t].rows,
    );
    const restoredPosts = new Set(
      (
        await check.query(`SELECT id FROM posts WHERE id = ANY($1::uuid[])`, [
          posts.map((p) => p.id),
        ])
      ).rows.map((r) => r.id as string),
    );
    await check.end();
    const ackedBefore = posts.filter((p) => p.at <= snapshotAt);
    const ackedAfter = posts.filter((p) => p.at > snapshotAt);
    const filesAfter = files.filter((f) => f.at > snapshotAt);
    const lostAfter = ackedAfter.filter((p) => !restoredPosts.has(p.id)).length;
    const lostFilesAfter = filesAfter.filter((f) => !inSnapshot.files.has(f.id)).length;
    const result = {
      load: { writers, secondsBeforeDump: secondsBefore, secondsAfterDump: secondsAfter },
      requestsSent: sent,
      acknowledged: posts.length + files.length,
      notAcknowledged: failed,
      postsAcknowledged: posts.length,
      filesAcknowledged: files.length,
      dataAtSnapshot: {
        databaseBytes: inSnapshot.databaseBytes,
        dumpBytes: statSync(dumpFile).size,
        uploadedFiles: backupFolder.files.size,
        uploadedBytes: backupFolder.bytes,
        rows: Object.fromEntries(Object.entries(inSnapshot.hashes).map(([t, h]) => [t, h.rows])),
        outboxJobsPending: inSnapshot.outboxJobs,
      },
      backupMs: { pgDump: dumpMs, filesCopy: copyMs },
      keyTablesCompared: Object.keys(inSnapshot.hashes).length,
      keyTablesDiffering: tableMismatches,
      filesFolderDiffering: folderMismatches,
      filesInBackupDownloadedIntact: `${filesDownloadedIntact}/${inSnapshot.files.size}`,
      postsAcknowledgedBeforeSnapshotRestored: `${ackedBefore.filter((p) => restoredPosts.has(p.id)).length}/${ackedBefore.length}`,
      rpo: {
        writesAcknowledgedAfterSnapshot: ackedAfter.length + filesAfter.length,
        ofWhichLost: lostAfter + lostFilesAfter,
        secondsFromSnapshotToFailure: Math.round((failureAt - snapshotAt) / 100) / 10,
      },
      rtoMs: {
        total: rtoMs,
        pgRestore: restoreMs,
        filesCopyBack: filesCopyBackMs,
        apiStart: bootMs,
        reindex: reindexRun.ms,
        reindexExitCode: reindexRun.code,
      },
      searchTotalCountAfterRestore: searchCount,
      searchExpected: inSnapshot.markerPosts,
    };
    const holds =
      tableMismatches.length === 0 &&
      folderMismatches === 0 &&
      filesDownloadedIntact === inSnapshot.files.size &&
      ackedBefore.every((p) => restoredPosts.has(p.id)) &&
      reindexRun.code === 0 &&
      searchCount === inSnapshot.markerPosts;
    if (reindexRun.code !== 0) process.stderr.write(reindexRun.out);
    report(result, holds, 'C9');
  } finally {
    await snap.end().catch(() => undefined);
    await restoredApi?.stop();
    await api?.stop();
    await source.drop();
    await restored.drop();
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
