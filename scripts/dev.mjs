// `npm run dev`: API with reload on change (port 3000) and the Vite dev server with hot reload
// (port 4200, proxying /graphql to the API). Ctrl-C stops both.
import { spawn } from 'node:child_process';
import { ensureDependencies, root } from './lib.mjs';

ensureDependencies();
const children = [
  spawn('npx', ['nx', 'run', 'api:dev'], { stdio: 'inherit', cwd: root }),
  spawn('npx', ['nx', 'run', 'web:dev'], { stdio: 'inherit', cwd: root }),
];
const stop = () => children.forEach((c) => c.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', (code) => code && stop());
