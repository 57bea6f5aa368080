import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Crash recovery for the embedded server. When the API dies by SIGKILL, its PostgreSQL keeps
 * running, orphaned, and the next start found "postmaster.pid exists". Now each start records
 * which process owns the server (`outloud-owner.pid` beside the data directory); a start that
 * finds a server running on this data directory whose owner is gone stops it cleanly (fast
 * shutdown: open transactions roll back, committed ones are on disk) and continues. A server
 * owned by a live Outloud is left alone.
 */

const OWNER_FILE = 'outloud-owner.pid';
const STOP_WAIT_MS = 30_000;

const ownerFile = (databaseDir: string) => join(resolve(databaseDir, '..'), OWNER_FILE);

/** Records that this process owns the embedded server of `databaseDir`. */
export function recordOwner(databaseDir: string): void {
  writeFileSync(ownerFile(databaseDir), `${process.pid}\n`);
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The process's command line (Linux /proc), or null where it cannot be read. */
function commandLine(pid: number): string[] | null {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
  } catch {
    return null;
  }
}

function readPid(file: string): number | null {
  try {
    const pid = Number(readFileSync(file, 'utf8').split('\n')[0].trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/**
 * What to do about a running server on `databaseDir` before starting one: 'none' (no server, or
 * a stale lock file PostgreSQL clears itself), 'orphan' (ours, its owner gone: stop it), or
 * 'in-use' (a live Outloud, or a process we cannot identify: leave it).
 */
export function runningServerState(databaseDir: string): {
  state: 'none' | 'orphan' | 'in-use';
  pid?: number;
} {
  const dir = resolve(databaseDir);
  const pid = readPid(join(dir, 'postmaster.pid'));
  if (!pid || !isAlive(pid)) return { state: 'none' };
  const args = commandLine(pid);
  const ownsDir =
    !!args &&
    /postgres$/.test(args[0] ?? '') &&
    args.some((a, i) => args[i - 1] === '-D' && resolve(a) === dir);
  if (!ownsDir) return { state: 'in-use', pid };
  const owner = readPid(ownerFile(dir));
  const ownerArgs = owner && owner !== process.pid && isAlive(owner) ? commandLine(owner) : null;
  const ownerIsNode = !!ownerArgs && /node/.test(ownerArgs[0] ?? '');
  return ownerIsNode ? { state: 'in-use', pid } : { state: 'orphan', pid };
}

/** Stops an orphaned server of `databaseDir` (fast shutdown) and waits until it is gone. */
export async function stopOrphanedServer(
  databaseDir: string,
  log: (line: string) => void,
): Promise<void> {
  const { state, pid } = runningServerState(databaseDir);
  if (state !== 'orphan' || !pid) return;
  log(
    `Stopping the embedded PostgreSQL (pid ${pid}) left running by an Outloud that stopped without shutting it down`,
  );
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + STOP_WAIT_MS;
  while (isAlive(pid) || existsSync(join(resolve(databaseDir), 'postmaster.pid'))) {
    if (Date.now() > deadline) {
      if (isAlive(pid)) process.kill(pid, 'SIGQUIT'); // immediate: recovery replays the WAL at start
      await new Promise((r) => setTimeout(r, 2000));
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
