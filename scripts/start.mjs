// `npm start`: install if needed, check the settings, build (cached by Nx), then run the whole
// product on one port: API + web client, embedded PostgreSQL (unless DATABASE_URL), migrations,
// demo organisation.
import { spawn, spawnSync } from 'node:child_process';
import { ensureDependencies, root, serverEnv } from './lib.mjs';

ensureDependencies();

// A bad setting is reported now, in a second or two, not after the build: the server's own rules
// (AppConfig), the same optional .env.
const check = spawnSync(
  process.execPath,
  ['-r', '@swc-node/register', 'apps/api/src/cli/check-config.ts'],
  { cwd: root, stdio: 'inherit', env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.base.json' } },
);
if (check.error) throw check.error;
if (check.status !== 0) process.exit(check.status ?? 1);

/** What is running now: the build, then the server. A signal stops it, once. */
let child = null;
let stopping = false;
let forwarded = false;

// `kill <pid of npm start>` or Ctrl+C: whatever runs stops cleanly. During the build the build is
// stopped and nothing starts. The server drains and waits for the embedded PostgreSQL; Ctrl+C
// already reaches it through the terminal, so it is passed on as SIGTERM: a second SIGINT would
// end the server before PostgreSQL stops.
const stop = () => {
  stopping = true;
  if (forwarded || !child || child.exitCode !== null) return;
  forwarded = true;
  if (child.outloudGroup) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  } else child.kill('SIGTERM');
};
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(signal, stop);

// npm does not pass SIGTERM on through its shell: when npm is gone, this process is adopted by
// another parent, and stops the same way.
const parent = process.ppid;
const watch = setInterval(() => {
  if (process.ppid !== parent) stop();
}, 500);

// The build's own output (Vite's asset list, Nx's summary and adverts) is shown only when it
// fails, so the server's banner is the last thing on the screen. It runs in its own process group
// so that a stop reaches Nx and every task it started.
console.log('Building the API and the web client (cached when unchanged) ...');
const began = Date.now();
const output = [];
child = spawn(
  'npx',
  ['nx', 'run-many', '-t', 'build', '--projects=api,web', '--output-style=static'],
  {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NX_TUI: 'false' },
  },
);
child.outloudGroup = true;
child.stdout.on('data', (chunk) => output.push(chunk));
child.stderr.on('data', (chunk) => output.push(chunk));
const built = await new Promise((resolve, reject) => {
  child.on('error', reject);
  child.on('close', (code, signal) => resolve({ code, signal }));
});
if (stopping) {
  clearInterval(watch);
  console.log('Stopped before the server started.');
  process.exit(1);
}
if (built.code !== 0) {
  process.stdout.write(Buffer.concat(output));
  console.error(`\n✖ build failed (exit ${built.code ?? built.signal})`);
  process.exit(built.code ?? 1);
}
console.log(`Built in ${((Date.now() - began) / 1000).toFixed(1)} s.`);

forwarded = false;
child = spawn('node', ['dist/api/apps/api/src/main.js'], {
  cwd: root,
  stdio: 'inherit',
  env: serverEnv(),
});
child.on('exit', (code, signal) => {
  clearInterval(watch);
  process.exit(code ?? (signal ? 1 : 0));
});
