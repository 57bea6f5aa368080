import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const LIB = pathToFileURL(join(__dirname, '../../../../scripts/lib.mjs')).href;

/**
 * The API server's environment as `npm start` makes it from `env` (scripts/lib.mjs `serverEnv`:
 * production, the heap cap, two malloc arenas; the caller's values win). lib.mjs is an ES module
 * and this code runs as CommonJS (swc-node turns `import()` into `require`), so a child Node
 * reads it.
 */
export function serverEnvOf(env: NodeJS.ProcessEnv): Record<string, string> {
  const run = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import { serverEnv } from ${JSON.stringify(LIB)};
       process.stdout.write(JSON.stringify(serverEnv(JSON.parse(process.argv[1]))));`,
      JSON.stringify(env),
    ],
    { encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`Could not read scripts/lib.mjs: ${run.stderr}`);
  return JSON.parse(run.stdout);
}
