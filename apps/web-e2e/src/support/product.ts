import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from './free-port';

const REPO_ROOT = resolve(__dirname, '../../../..');
/** The built API, which also serves the built web client (dist/web). E2E_API_ENTRY overrides it. */
const API_ENTRY = resolve(
  REPO_ROOT,
  process.env['E2E_API_ENTRY'] ?? 'dist/api/apps/api/src/main.js',
);
const WEB_INDEX = resolve(REPO_ROOT, 'dist/web/index.html');
// A first start may initialise an embedded PostgreSQL and run every migration.
const READY_TIMEOUT_MS = 180_000;

export interface RunningProduct {
  baseUrl: string;
  pid: number;
  /** Everything the server printed, for failure messages. */
  logs: () => string;
  stop: () => Promise<void>;
}

function tail(text: string, lines = 60): string {
  return text.split('\n').slice(-lines).join('\n');
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) done();
    else child.once('exit', () => done());
  });
}

async function waitUntilReady(url: string, child: ChildProcess, logs: () => string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(
        `The API exited with code ${child.exitCode} before it was ready:\n${tail(logs())}`,
      );
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(
    `The API was not ready at ${url} within ${READY_TIMEOUT_MS / 1000}s:\n${tail(logs())}`,
  );
}

/**
 * Where the product keeps its data: E2E_DATABASE_URL when set; otherwise the API's own embedded
 * PostgreSQL in a fresh temporary DATA_DIR (removed afterwards), so `npm test` needs no setup.
 */
async function databaseEnv(): Promise<{ env: Record<string, string>; cleanUp: () => void }> {
  const databaseUrl = process.env['E2E_DATABASE_URL'];
  if (databaseUrl) return { env: { DATABASE_URL: databaseUrl }, cleanUp: () => undefined };
  const dataDir = mkdtempSync(join(tmpdir(), 'outloud-e2e-'));
  // Run as root, the embedded server runs as the `postgres` user, which must reach this directory.
  chmodSync(dataDir, 0o755);
  return {
    env: { DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(await freePort()) },
    cleanUp: () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

/**
 * Starts the built product (on `options.port` or a free port, with `options.env` added) and
 * waits for /readyz. Stop it with `stop()`,
 * which signals the process by its PID (the API then stops an embedded PostgreSQL itself).
 */
export async function startProduct(
  options: { port?: number; env?: Record<string, string> } = {},
): Promise<RunningProduct> {
  for (const [file, hint] of [
    [API_ENTRY, 'npx nx run api:build'],
    [WEB_INDEX, 'npx nx run web:build'],
  ] as const) {
    if (!existsSync(file))
      throw new Error(`${file} is missing; build first (${hint}, or npm run build).`);
  }

  const port = options.port ?? (await freePort());
  const database = await databaseEnv();
  let output = '';
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env['DATABASE_URL'];
  const child = spawn(process.execPath, [API_ENTRY], {
    cwd: REPO_ROOT,
    env: {
      ...env,
      ...database.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      SEED_DEMO: 'false',
      ...options.env,
      // Every browser-test account is seconds old: the stricter new-account limits would
      // refuse a scenario's third upload; the hourly limits stay as shipped.
      RATE_LIMIT_NEW_ACCOUNT_HOURS: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    if (output.length > 200_000) output = output.slice(-100_000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  if (child.pid === undefined) throw new Error(`Could not start ${API_ENTRY}`);
  const pid = child.pid;

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      process.kill(pid, 'SIGTERM');
      const timer = setTimeout(() => {
        if (child.exitCode === null && child.signalCode === null) process.kill(pid, 'SIGKILL');
      }, 15_000);
      await exited(child);
      clearTimeout(timer);
    }
    database.cleanUp();
  };

  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(`${baseUrl}/readyz`, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, pid, logs: () => output, stop };
}
