// Small helpers shared by the project's own scripts (plain Node, no dependencies needed).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const root = new URL('..', import.meta.url).pathname;

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

export function mustRun(label, command, args, options) {
  const code = run(command, args, options);
  if (code !== 0) {
    console.error(`\n✖ ${label} failed (exit ${code})`);
    process.exit(code);
  }
}

/** Installs dependencies from the lockfile when node_modules is missing or older than it. */
export function ensureDependencies() {
  const marker = join(root, 'node_modules', '.package-lock.json');
  const lock = join(root, 'package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  console.log('Installing dependencies from package-lock.json ...');
  // A fresh clone gets exactly the locked versions; an existing install is brought up to date in place.
  // Either way the lockfile is left as committed (it holds every platform's optional binaries).
  const fresh = !existsSync(join(root, 'node_modules'));
  mustRun('npm install', 'npm', [fresh ? 'ci' : 'install', '--no-audit', '--no-fund']);
}

export function packageJson() {
  return JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
}

/**
 * The API server's V8 old space, in MB. V8 otherwise lets the heap grow far past what the server
 * keeps alive before it collects: 440-540 MiB RSS under the benchmark, 275-302 MiB with this cap
 * and no loss of throughput (docs/benchmarks.md, session 6). The Docker image and the benchmark
 * runner set the same; a --max-old-space-size in the caller's NODE_OPTIONS comes later and wins.
 */
export const SERVER_HEAP_MB = 256;

function serverNodeOptions(env) {
  return [`--max-old-space-size=${SERVER_HEAP_MB}`, env.NODE_OPTIONS].filter(Boolean).join(' ');
}

/**
 * glibc's malloc arenas for the API server. By default glibc gives each thread that allocates
 * (libuv's pool, V8's helpers) an arena of its own, up to eight per core, and pages freed in one
 * stay with it. Under the benchmark two arenas gave an RSS peak of 256-333 MiB (median 288)
 * against 334-337, with no loss of speed (decision 0016). The Docker image and the benchmark runner set the
 * same; a MALLOC_ARENA_MAX of the caller's wins.
 */
export const SERVER_MALLOC_ARENAS = '2';

/** The API server's environment as `npm start` runs it: production, the heap cap, two arenas. */
export function serverEnv(env = process.env) {
  return {
    NODE_ENV: 'production',
    MALLOC_ARENA_MAX: SERVER_MALLOC_ARENAS,
    ...env,
    NODE_OPTIONS: serverNodeOptions(env),
  };
}
