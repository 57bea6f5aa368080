import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../../..');

/** `serverEnv` of scripts/lib.mjs (an ES module `npm start` loads) for the environments given. */
function serverEnvOf(...envs: Record<string, string>[]): Record<string, string>[] {
  const run = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import { serverEnv } from './scripts/lib.mjs';
       process.stdout.write(JSON.stringify(${JSON.stringify(envs)}.map((env) => serverEnv(env))));`,
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout);
}

describe("the API server's environment under npm start", () => {
  it('runs production with the heap cap and two malloc arenas', () => {
    const [env] = serverEnvOf({ PATH: '/usr/bin' });
    expect(env).toEqual({
      NODE_ENV: 'production',
      MALLOC_ARENA_MAX: '2',
      NODE_OPTIONS: '--max-old-space-size=256',
      PATH: '/usr/bin',
    });
  });

  it("lets the caller's settings win", () => {
    const [env] = serverEnvOf({
      NODE_ENV: 'development',
      MALLOC_ARENA_MAX: '8',
      NODE_OPTIONS: '--max-old-space-size=512',
    });
    expect(env.NODE_ENV).toBe('development');
    expect(env.MALLOC_ARENA_MAX).toBe('8');
    // Later on the command line, so the caller's cap is the one V8 keeps.
    expect(env.NODE_OPTIONS).toBe('--max-old-space-size=256 --max-old-space-size=512');
  });
});
