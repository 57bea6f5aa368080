import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU time per request, split between the API process, PostgreSQL and the load generator, read
 * from /proc around each scenario. Throughput on this 2-core machine swings by ±20 % from run to
 * run; CPU per request moves much less, and it says which process a change made cheaper.
 */
export interface CpuSplit {
  /** Milliseconds of CPU per request. */
  api: number;
  db: number;
  load: number;
  /** Cores the API's processes used together: near 1 with one process, its single thread is the limit. */
  apiCoreShare: number;
}

/** utime + stime (+ the reaped children's, for the postmaster) in clock ticks; fields 14–17. */
export function parseStatTicks(stat: string, withChildren: boolean): number {
  // The command name (field 2) may hold spaces and parentheses: split after its last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // fields[0] is field 3 (state), so field n is fields[n - 3].
  const own = Number(fields[11]) + Number(fields[12]);
  return withChildren ? own + Number(fields[13]) + Number(fields[14]) : own;
}

/** The parent pid (field 4) of a /proc/<pid>/stat line. */
export function parseStatParent(stat: string): number {
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
}

/** Linux reports CPU time in USER_HZ ticks, 100 per second on every architecture Node runs on. */
const TICK_MS = 10;

function readStat(pid: number): string | null {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
}

/**
 * The database's CPU: the postmaster, its live children (backends, autovacuum, WAL writer) and,
 * through the postmaster's child counters, the backends that exited meanwhile. A backend reaped
 * while the children are being read would be missed (its time moves to the postmaster's counters
 * after they were read), so the snapshot is retried until those counters held still around it.
 */
function databaseTicks(postmasterPid: number): number {
  let ticks = 0;
  for (let attempt = 0; attempt < 5; attempt++) {
    const before = readStat(postmasterPid);
    if (!before) return 0;
    let children = 0;
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      const child = readStat(Number(entry));
      if (child && parseStatParent(child) === postmasterPid)
        children += parseStatTicks(child, false);
    }
    const after = readStat(postmasterPid);
    ticks = (after ? parseStatTicks(after, true) : 0) + children;
    if (after && parseStatTicks(before, true) === parseStatTicks(after, true)) break;
  }
  return ticks;
}

/**
 * The API's processes: the one the bench started and, with HTTP_PROCESSES > 1, the HTTP processes
 * it forked; not the embedded PostgreSQL it also started (the postmaster and what is under it).
 */
export function apiProcessIds(
  parents: Map<number, number>,
  root: number,
  postmaster: number | null,
): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, parent] of parents) {
    const siblings = children.get(parent);
    if (siblings) siblings.push(pid);
    else children.set(parent, [pid]);
  }
  const ids: number[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.shift()!;
    if (pid === postmaster) continue;
    ids.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return ids;
}

/** Every process's parent, from /proc. */
function processParents(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readStat(Number(entry));
    if (stat) parents.set(Number(entry), parseStatParent(stat));
  }
  return parents;
}

/** The API's processes now (see apiProcessIds). */
export function apiProcessesNow(root: number, postmaster: number | null): number[] {
  return apiProcessIds(processParents(), root, postmaster);
}

export interface CpuMeter {
  start(): () => CpuSplit | null;
}

/** Null off Linux (no /proc): the bench then prints latencies only. */
export function cpuMeter(apiPid: number, postmasterPid: () => number | null): CpuMeter {
  const snapshot = () => {
    const pm = postmasterPid();
    if (!readStat(apiPid) || !pm) return null;
    // A process that exits inside the window takes its ticks with it; the bench's never do.
    let apiTicks = 0;
    for (const pid of apiProcessesNow(apiPid, pm)) {
      const stat = readStat(pid);
      if (stat) apiTicks += parseStatTicks(stat, false);
    }
    const load = process.cpuUsage();
    return {
      at: performance.now(),
      api: apiTicks * TICK_MS,
      db: databaseTicks(pm) * TICK_MS,
      load: (load.user + load.system) / 1000,
    };
  };
  return {
    start() {
      const before = snapshot();
      return () => {
        const after = snapshot();
        return before && after ? cpuSplit(before, after) : null;
      };
    },
  };
}

type Snapshot = { at: number; api: number; db: number; load: number };

/** Totals over the window: milliseconds of CPU per process group, and the API's core share. */
function cpuSplit(before: Snapshot, after: Snapshot): CpuSplit {
  return {
    api: after.api - before.api,
    db: after.db - before.db,
    load: after.load - before.load,
    apiCoreShare: Math.round(((after.api - before.api) / (after.at - before.at)) * 100) / 100,
  };
}

/** Turns a scenario's totals into milliseconds per request (two decimals). */
export function perRequest(total: CpuSplit, requests: number): CpuSplit {
  const per = (x: number) => (requests ? Math.round((x / requests) * 100) / 100 : NaN);
  return {
    api: per(total.api),
    db: per(total.db),
    load: per(total.load),
    apiCoreShare: total.apiCoreShare,
  };
}

/** "API 3.8 · DB 1.7 · load 1.2 ms/req, API 0.91 core" */
export function formatCpu(split: CpuSplit): string {
  return `API ${split.api} · DB ${split.db} · load ${split.load} ms/req, API ${split.apiCoreShare} core`;
}
