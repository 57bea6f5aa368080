// `npm start`: install if needed, build (cached by Nx), then run the whole product on one port:
// API + web client, embedded PostgreSQL (unless DATABASE_URL), migrations, demo organisation.
import { spawn, spawnSync } from 'node:child_process';
import { ensureDependencies, root, serverNodeOptions } from './lib.mjs';

ensureDependencies();

// The build's own output (Vite's asset list, Nx's summary and adverts) is shown only when it
// fails, so the server's banner is the last thing on the screen.
console.log('Building the API and the web client (cached when unchanged) ...');
const began = Date.now();
const build = spawnSync(
  'npx',
  ['nx', 'run-many', '-t', 'build', '--projects=api,web', '--output-style=static'],
  {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NX_TUI: 'false' },
  },
);
if (build.error) throw build.error;
if (build.status !== 0) {
  process.stdout.write(build.stdout ?? '');
  process.stderr.write(build.stderr ?? '');
  console.error(`\n✖ build failed (exit ${build.status ?? 1})`);
  process.exit(build.status ?? 1);
}
console.log(`Built in ${((Date.now() - began) / 1000).toFixed(1)} s.`);

const server = spawn('node', ['dist/api/apps/api/src/main.js'], {
  cwd: root,
  stdio: 'inherit',
  env: { NODE_ENV: 'production', ...process.env, NODE_OPTIONS: serverNodeOptions() },
});

// `kill <pid of npm start>` or Ctrl+C: the server stops cleanly (it drains and waits for the
// embedded PostgreSQL), once. Ctrl+C already reaches the server through the terminal, so it
// is passed on as SIGTERM: a second SIGINT would end the server before PostgreSQL stops.
let forwarded = false;
const stopServer = () => {
  if (forwarded || server.exitCode !== null) return;
  forwarded = true;
  server.kill('SIGTERM');
};
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(signal, stopServer);

// npm does not pass SIGTERM on through its shell: when npm is gone, this process is adopted
// by another parent, and stops the server the same way.
const parent = process.ppid;
const watch = setInterval(() => {
  if (process.ppid !== parent) stopServer();
}, 500);

server.on('exit', (code, signal) => {
  clearInterval(watch);
  process.exit(code ?? (signal ? 1 : 0));
});
