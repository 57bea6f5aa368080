import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parse } from 'pg-connection-string';

/**
 * How many HTTP processes share the port. One Node process runs its JavaScript on one core, and
 * under load that thread is the API's limit (docs/benchmarks.md), so a machine with cores to spare
 * runs one process per core. A PostgreSQL on the same machine (the embedded one, or a local
 * DATABASE_URL) needs a core of its own: on two cores, one HTTP process beside the database serves
 * more than two processes fighting it for the second core (decision 0014 has the pairs).
 */
export interface HttpProcessPlan {
  count: number;
  /** One line for the start-up banner: what was chosen and how to choose otherwise. */
  reason: string;
}

/** More processes than this only add memory and database connections (20 each). */
const AUTO_MAX = 8;

export function planHttpProcesses(
  setting: 'auto' | number,
  host: { cores: number; databaseHere: boolean; jobsOnly: boolean },
): HttpProcessPlan {
  if (host.jobsOnly) return { count: 1, reason: 'one process: jobs only, no HTTP' };
  const cores = `${host.cores} core${host.cores === 1 ? '' : 's'}`;
  if (setting !== 'auto')
    return {
      count: setting,
      reason: `${processes(setting)} (HTTP_PROCESSES=${setting}; ${cores})`,
    };
  const spare = host.databaseHere ? host.cores - 1 : host.cores;
  const count = Math.max(1, Math.min(AUTO_MAX, spare));
  const why = host.databaseHere
    ? `${cores}, one left to PostgreSQL on this machine`
    : `${cores}, one process per core`;
  return { count, reason: `${processes(count)} (${why}; HTTP_PROCESSES=auto)` };
}

/** The embedded server, or a DATABASE_URL on loopback or a Unix socket, runs on these cores. */
export function databaseOnThisMachine(url: string, embedded: boolean): boolean {
  if (embedded) return true;
  // pg's own reading of the URL: a socket directory may sit in the host or in ?host=.
  const host = parse(url).host ?? '';
  return (
    host === '' ||
    host.startsWith('/') ||
    host === 'localhost' ||
    host === '::1' ||
    host.startsWith('127.')
  );
}

/**
 * Cores this process may use: the CPUs it may run on, within a container's CPU limit (cgroup v2
 * `cpu.max`, "200000 100000" for two cores), which Node's own count does not see. A pod limited to
 * two cores on a 64-core node gets two processes, not eight.
 */
export function usableCores(
  cpus = availableParallelism(),
  cpuMax: string | null = readCpuMax(),
): number {
  const [quota, period] = (cpuMax ?? '').trim().split(/\s+/);
  const limit = Number(quota) / Number(period);
  return Number.isFinite(limit) && limit > 0
    ? Math.max(1, Math.min(cpus, Math.floor(limit)))
    : cpus;
}

function readCpuMax(): string | null {
  try {
    return readFileSync('/sys/fs/cgroup/cpu.max', 'utf8');
  } catch {
    return null;
  }
}

function processes(n: number): string {
  return n === 1 ? 'one HTTP process' : `${n} HTTP processes`;
}
