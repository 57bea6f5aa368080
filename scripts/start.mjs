// `npm start`: install if needed, build (cached by Nx), then run the whole product on one port:
// API + web client, embedded PostgreSQL (unless DATABASE_URL), migrations, demo organisation.
import { ensureDependencies, mustRun, root, serverNodeOptions } from './lib.mjs';

ensureDependencies();
console.log('Building the API and the web client (cached when unchanged) ...');
mustRun('build', 'npx', [
  'nx',
  'run-many',
  '-t',
  'build',
  '--projects=api,web',
  '--output-style=static',
]);
mustRun('server', 'node', ['dist/api/apps/api/src/main.js'], {
  env: { NODE_ENV: 'production', ...process.env, NODE_OPTIONS: serverNodeOptions() },
  cwd: root,
});
