/**
 * Fault plan C5 (docs/security.md): restart PostgreSQL (`pg_ctl restart -m immediate`, a crash
 * of the database) while N clients keep creating posts. Checks that no success is reported
 * without a commit (every acknowledged post id exists afterwards), that refusals are quick and
 * typed, and that the API recovers by itself (first acknowledged write after each restart).
 *
 *   SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register \
 *     tools/fault/restart-postgres-under-writes.ts [seconds=30] [restarts=2] [clients=50]
 *
 * Bounded: 127.0.0.1 only; a PostgreSQL of its own (the machine's binaries, PG_BIN to choose,
 * a temp data directory and a free port: never the machine's shared server); every request 10 s,
 * every pg_ctl call 60 s, the whole run `seconds` + 4 minutes; it stops only the API process and
 * the postmaster it started, by PID.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort, gql, report, signUp, startApiProcess, type ApiProcess } from './fault-support';
import { startPrivatePostgres, type PrivatePostgres } from './private-postgres';

const seconds = Number(process.argv[2] ?? 30);
const restarts = Number(process.argv[3] ?? 2);
const clients = Number(process.argv[4] ?? 50);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main(): Promise<void> {
  let pg: PrivatePostgres | null = null;
  let api: ApiProcess | null = null;
  const dataDir = mkdtempSync(join(tmpdir(), 'outloud-fault-c5-'));
  const watchdog = setTimeout(
    () => {
      process.stderr.write('C5: the run exceeded its time bound; stopping what it started\n');
      void Promise.allSettled([api?.stop(), pg?.stop()]).then(() => process.exit(2));
    },
    (seconds + 240) * 1000,
  );
  try {
    pg = await startPrivatePostgres(await freePort());
    const admin = new Client({ connectionString: pg.url });
    await admin.connect();
    await admin.query('CREATE DATABASE outloud');
    await admin.end();
    const dbUrl = pg.url.replace(/\/postgres$/, '/outloud');
    api = await startApiProcess({
      DATABASE_URL: dbUrl,
      DATA_DIR: dataDir,
      PORT: String(await freePort()),
      RATE_LIMIT_POSTS_PER_HOUR: '1000000',
    });
    const url = api.url!;
    const cookie = await signUp(url, 'writer');

    const acknowledged: { id: string; at: number }[] = [];
    const refusedBodies: string[] = [];
    const refusedCodes: Record<string, number> = {};
    const transportErrors: Record<string, number> = {};
    const ackLatency: number[] = [];
    const refusedLatency: number[] = [];
    let sent = 0;
    let running = true;

    const writer = async (c: number) => {
      for (let i = 0; running; i++) {
        const body = `faultc5 ${c}-${i} ${randomUUID()}`;
        sent++;
        const started = Date.now();
        try {
          const { res, body: answer } = await gql(
            url,
            cookie,
            `mutation ($b: String!) { createPost(input: { body: $b }) { id } }`,
            { b: body },
          );
          const id = answer.data?.createPost?.id;
          if (id && !answer.errors) {
            acknowledged.push({ id, at: Date.now() });
            ackLatency.push(Date.now() - started);
          } else {
            refusedBodies.push(body);
            refusedLatency.push(Date.now() - started);
            const code =
              (answer.errors as { extensions?: { code?: string } }[] | undefined)?.[0]?.extensions
                ?.code ?? 'none';
            const key = `${res.status} ${code}`;
            refusedCodes[key] = (refusedCodes[key] ?? 0) + 1;
            const retryAfter = Number(res.headers.get('retry-after') ?? 0);
            await sleep(Math.min(1_000, retryAfter * 1000 || 200)); // a client honouring Retry-After
          }
        } catch (error) {
          // No answer at all (timeout, reset): the outcome is unknown to the client.
          refusedBodies.push(body);
          const cause = (error as { cause?: { code?: string }; name?: string }).cause?.code;
          const key = cause ?? (error as Error).name ?? 'error';
          transportErrors[key] = (transportErrors[key] ?? 0) + 1;
          await sleep(200);
        }
      }
    };

    const restartLog: {
      atMs: number;
      pgCtlMs: number;
      firstAckAfterRestartMs: number | null;
    }[] = [];
    const t0 = Date.now();
    const restarter = async () => {
      for (let k = 1; k <= restarts; k++) {
        await sleep(t0 + (k * seconds * 1000) / (restarts + 1) - Date.now());
        if (!running) return;
        const at = Date.now();
        const pgCtlMs = await pg!.restart('immediate');
        restartLog.push({ atMs: at - t0, pgCtlMs, firstAckAfterRestartMs: null });
      }
    };

    const writers = Array.from({ length: clients }, (_, c) => writer(c));
    const restarting = restarter();
    await sleep(seconds * 1000);
    running = false;
    await Promise.all([...writers, restarting]);

    // Recovery: the first acknowledged write after each restart finished, from its start.
    for (const r of restartLog) {
      const doneAt = t0 + r.atMs + r.pgCtlMs;
      const first = acknowledged.find((a) => a.at > doneAt);
      r.firstAckAfterRestartMs = first ? first.at - (t0 + r.atMs) : null;
    }

    const ready = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(5_000) }).then(
      (res) => res.status,
      () => 0,
    );

    const db = new Client({ connectionString: dbUrl });
    await db.connect();
    const ids = acknowledged.map((a) => a.id);
    const found = (
      await db.query(`SELECT count(*)::int AS n FROM posts WHERE id = ANY($1::uuid[])`, [ids])
    ).rows[0].n as number;
    // Refused (or unanswered) but committed anyway: allowed (the client was not told success),
    // and counted to show how often the outcome is ambiguous.
    const refusedButCommitted = (
      await db.query(`SELECT count(*)::int AS n FROM posts WHERE body = ANY($1::text[])`, [
        refusedBodies,
      ])
    ).rows[0].n as number;
    const duplicates = (
      await db.query(
        `SELECT count(*)::int AS n FROM (SELECT body FROM posts WHERE body LIKE 'faultc5 %'
           GROUP BY body HAVING count(*) > 1) d`,
      )
    ).rows[0].n as number;
    // The outbox catches up by itself (at most 60 s): every acknowledged post indexed.
    const deadline = Date.now() + 60_000;
    let pending = 0;
    do {
      pending = (await db.query(`SELECT count(*)::int AS n FROM outbox_jobs`)).rows[0].n;
      if (pending) await sleep(500);
    } while (pending && Date.now() < deadline);
    const indexed = (
      await db.query(
        `SELECT count(*)::int AS n FROM search_documents WHERE type = 'post' AND id = ANY($1::uuid[])`,
        [ids],
      )
    ).rows[0].n as number;
    await db.end();

    ackLatency.sort((a, b) => a - b);
    refusedLatency.sort((a, b) => a - b);
    const apiAlive = (() => {
      try {
        process.kill(api.pid, 0);
        return true;
      } catch {
        return false;
      }
    })();
    const result = {
      seconds,
      clients,
      restarts: restartLog,
      requestsSent: sent,
      acknowledged: acknowledged.length,
      refused: refusedLatency.length,
      refusedByStatusAndCode: refusedCodes,
      noAnswer: transportErrors,
      acknowledgedFound: found,
      refusedButCommitted,
      duplicateBodies: duplicates,
      acknowledgedIndexed: indexed,
      outboxLeft: pending,
      ackLatencyMs: {
        p50: percentile(ackLatency, 50),
        p99: percentile(ackLatency, 99),
        max: ackLatency.at(-1) ?? 0,
      },
      refusedLatencyMs: {
        p50: percentile(refusedLatency, 50),
        p99: percentile(refusedLatency, 99),
        max: refusedLatency.at(-1) ?? 0,
      },
      apiProcessAlive: apiAlive,
      readyzAfter: ready,
    };
    const holds =
      found === acknowledged.length &&
      duplicates === 0 &&
      apiAlive &&
      ready === 200 &&
      restartLog.length === restarts &&
      restartLog.every(
        (r) => r.firstAckAfterRestartMs !== null && r.firstAckAfterRestartMs < r.pgCtlMs + 10_000,
      );
    report(result, holds, 'C5');
  } finally {
    clearTimeout(watchdog);
    await api?.stop();
    await pg?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
