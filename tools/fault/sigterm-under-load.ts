/**
 * Fault plan C8 (docs/security.md): SIGTERM the API while writers and readers keep it busy. In-flight
 * requests finish (no client sees a 5xx or a dropped answer for a request the API accepted),
 * every acknowledged post exists, and the process exits 0 within 30 s. The clients route as a
 * load balancer does: they check /readyz every 250 ms and send nothing new once it says 503; the
 * API drains for SHUTDOWN_DRAIN_MS (here 1.5 s) before it stops listening.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres SWC_NODE_PROJECT=tsconfig.base.json \
 *     node -r @swc-node/register tools/fault/sigterm-under-load.ts [seconds-before-sigterm=10]
 *
 * Bounded: 127.0.0.1 only, eight clients, its own database (dropped at the end), its own process.
 */
import { Client } from 'pg';
import { freePort, gql, report, scratch, signUp, startApiProcess } from './fault-support';

const warmSeconds = Number(process.argv[2] ?? 10);
const DRAIN_MS = 1_500;
const READINESS_PERIOD_MS = 250;

async function main(): Promise<void> {
  const db = await scratch('c8');
  const api = await startApiProcess({
    DATABASE_URL: db.url,
    DATA_DIR: db.dataDir,
    PORT: String(await freePort()),
    RATE_LIMIT_POSTS_PER_HOUR: '100000',
    SHUTDOWN_DRAIN_MS: String(DRAIN_MS),
  });
  const url = api.url!;
  const cookie = await signUp(url, 'writer');
  const acknowledged: string[] = [];
  const outcome = { sent: 0, ok: 0, http5xx: 0, droppedMidRequest: 0, refusedAtConnect: 0 };
  const dropCauses: Record<string, number> = {};
  let running = true;
  // The load balancer's view: route here while /readyz says 200.
  let routed = true;
  let unroutedAfterMs: number | null = null;
  let signalled = 0;
  const readiness = setInterval(() => {
    fetch(`${url}/readyz`).then(
      (res) => {
        if (res.status !== 200 && routed) {
          routed = false;
          unroutedAfterMs = Date.now() - signalled;
        }
      },
      () => {
        routed = false;
      },
    );
  }, READINESS_PERIOD_MS);

  const client = async (n: number) => {
    for (let i = 0; running; i++) {
      if (!routed) {
        await new Promise((r) => setTimeout(r, 50));
        continue;
      }
      outcome.sent++;
      try {
        const { res, body } =
          n % 2
            ? await gql(url, cookie, `{ homeFeed(first: 20) { edges { node { id } } } }`, {})
            : await gql(
                url,
                cookie,
                `mutation ($b: String!) { createPost(input: { body: $b }) { id } }`,
                {
                  b: `faultc8 ${n}-${i}`,
                },
              );
        if (res.status >= 500) outcome.http5xx++;
        else if (!body.errors) {
          outcome.ok++;
          const id = body.data?.createPost?.id;
          if (id) acknowledged.push(id);
        }
      } catch (error) {
        // Refused at connect: the API had stopped listening (not accepted, so not a failure).
        const code = (error as { cause?: { code?: string } }).cause?.code;
        if (code === 'ECONNREFUSED') {
          outcome.refusedAtConnect++;
          running = false;
        } else {
          outcome.droppedMidRequest++;
          const cause = (error as { cause?: { code?: string; message?: string } }).cause;
          const why = cause?.code ?? cause?.message ?? String(error);
          dropCauses[why] = (dropCauses[why] ?? 0) + 1;
        }
      }
    }
  };

  const clients = Array.from({ length: 8 }, (_, n) => client(n));
  await new Promise((r) => setTimeout(r, warmSeconds * 1000));
  const before = outcome.ok;
  signalled = Date.now();
  const exitCode = await api.stop(); // SIGTERM by PID, SIGKILL only after 15 s
  const exitMs = Date.now() - signalled;
  running = false;
  clearInterval(readiness);
  await Promise.all(clients);

  const check = new Client({ connectionString: db.url });
  await check.connect();
  const found = (
    await check.query(`SELECT count(*)::int AS n FROM posts WHERE id = ANY($1::uuid[])`, [
      acknowledged,
    ])
  ).rows[0].n as number;
  await check.end();
  await db.drop();
  const result = {
    secondsBeforeSigterm: warmSeconds,
    ...outcome,
    dropCauses,
    okBeforeSigterm: before,
    okAfterSigterm: outcome.ok - before,
    postsAcknowledged: acknowledged.length,
    postsFound: found,
    exitCode,
    exitMs,
    drainMs: DRAIN_MS,
    unroutedAfterMs,
  };
  const holds =
    outcome.http5xx === 0 &&
    outcome.droppedMidRequest === 0 &&
    found === acknowledged.length &&
    exitCode === 0 &&
    exitMs < 30_000;
  report(result, holds, 'C8');
}

void main();
