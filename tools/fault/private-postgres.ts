import { execFile, execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A PostgreSQL server of the fault script's own: the machine's PostgreSQL binaries, a fresh data
 * directory under the temp folder and a port of its own, so it can be restarted or killed without
 * touching any other server. Every pg_ctl call is bounded by a timeout; the only process ever
 * signalled directly is the postmaster this server wrote into its own postmaster.pid.
 */
export interface PrivatePostgres {
  url: string;
  dataDir: string;
  /** `pg_ctl restart -m <mode>`; resolves with the milliseconds it took. */
  restart(mode: 'immediate' | 'fast'): Promise<number>;
  stop(): Promise<void>;
}

/** The newest PostgreSQL server binaries installed on the machine (PG_BIN overrides). */
export function postgresBin(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, 'bin', 'pg_ctl')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (!versions.length)
    throw new Error('No PostgreSQL binaries found: set PG_BIN to the folder holding pg_ctl.');
  return join(root, versions[0], 'bin');
}

/**
 * Runs a PostgreSQL binary (as the `postgres` OS user when this process is root), bounded by
 * `timeoutMs`, without blocking the event loop (the clients keep writing during a restart).
 */
function run(
  bin: string,
  args: string[],
  timeoutMs: number,
): Promise<{ ok: boolean; output: string }> {
  const asRoot = process.getuid?.() === 0;
  const [cmd, argv] = asRoot
    ? ['runuser', ['-u', 'postgres', '--', join(postgresBin(), bin), ...args]]
    : [join(postgresBin(), bin), args];
  return new Promise((done) => {
    execFile(
      cmd,
      argv,
      { timeout: timeoutMs, killSignal: 'SIGKILL', encoding: 'utf8', cwd: tmpdir() },
      (error, stdout, stderr) =>
        done({ ok: !error, output: `${stdout}${stderr}${error ? String(error) : ''}` }),
    );
  });
}

export async function startPrivatePostgres(port: number): Promise<PrivatePostgres> {
  const dataDir = mkdtempSync(join(tmpdir(), 'outloud-fault-pg-'));
  if (process.getuid?.() === 0) {
    const uid = Number(
      execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8', timeout: 5_000 }),
    );
    const gid = Number(
      execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8', timeout: 5_000 }),
    );
    chownSync(dataDir, uid, gid);
  }
  const init = await run(
    'initdb',
    ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8'],
    60_000,
  );
  if (!init.ok) throw new Error(`initdb failed:\n${init.output}`);
  const options = [
    `-p ${port}`,
    `-c listen_addresses=127.0.0.1`,
    `-c unix_socket_directories=${dataDir}`,
    `-c max_connections=200`,
    `-c fsync=on`,
  ].join(' ');
  const ctl = async (args: string[], timeoutMs = 60_000) => {
    const res = await run('pg_ctl', ['-D', dataDir, '-w', '-t', '30', ...args], timeoutMs);
    if (!res.ok) throw new Error(`pg_ctl ${args[0]} failed:\n${res.output}`);
  };
  await ctl(['-o', options, '-l', join(dataDir, 'server.log'), 'start']);

  /** The postmaster of this data directory, from its own lock file. */
  const postmasterPid = (): number | null => {
    try {
      const pid = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
      return pid > 0 ? pid : null;
    } catch {
      return null;
    }
  };

  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    dataDir,
    restart: async (mode) => {
      const started = Date.now();
      await ctl(['-m', mode, '-o', options, '-l', join(dataDir, 'server.log'), 'restart']);
      return Date.now() - started;
    },
    stop: async () => {
      const res = await run(
        'pg_ctl',
        ['-D', dataDir, '-w', '-t', '20', '-m', 'fast', 'stop'],
        30_000,
      );
      const pid = postmasterPid();
      if (!res.ok && pid) {
        try {
          process.kill(pid, 'SIGKILL'); // this server's own postmaster, by PID
        } catch {
          // already gone
        }
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
