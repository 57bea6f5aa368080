import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

import { GraphqlClient } from '@outloud/server-core/testing';

export { freePort } from '@outloud/server-core/testing';

const REPO_ROOT = resolve(__dirname, '../../../..');
const MAIN = resolve(REPO_ROOT, 'apps/api/src/main.ts');

export interface ApiProcess {
  pid: number;
  /** http://127.0.0.1:<port> for an HTTP process; null for a jobs-only one. */
  url: string | null;
  logs(): string;
  /** SIGTERM by PID, then waits for the exit code (SIGKILL after 15 s). */
  stop(): Promise<number | null>;
}

/**
 * Runs the real `main.ts` (the same bootstrap as `npm start`, compiled on the fly) as its own
 * process, and waits until it prints that it is running. `env` is added to a clean base: no
 * demo data, development mode (so the outbox worker runs, unlike in NODE_ENV=test).
 */
export async function startApiProcess(
  env: Record<string, string>,
  readyTimeoutMs = 90_000,
): Promise<ApiProcess> {
  const base: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(base)) if (key.startsWith('OUTLOUD_')) delete base[key];
  const child: ChildProcess = spawn(process.execPath, ['-r', '@swc-node/register', MAIN], {
    cwd: REPO_ROOT,
    env: {
      ...base,
      NODE_ENV: 'development',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      SWC_NODE_PROJECT: 'tsconfig.base.json',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-100_000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const pid = child.pid;
  if (pid === undefined) throw new Error('Could not start the API process');
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
    process.kill(pid, 'SIGTERM');
    const timer = setTimeout(() => child.exitCode === null && process.kill(pid, 'SIGKILL'), 15_000);
    const code = await exited;
    clearTimeout(timer);
    return code;
  };

  const deadline = Date.now() + readyTimeoutMs;
  for (;;) {
    const running = /Outloud is running at (http:\/\/\S+)/.exec(output);
    if (running) return { pid, url: running[1], logs: () => output, stop };
    if (output.includes('Outloud worker is running'))
      return { pid, url: null, logs: () => output, stop };
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`The API process did not start:\n${output.slice(-4000)}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A new person signed up through a running API process, with their cookie jar. */
export async function signUpOn(
  baseUrl: string,
  handle: string,
): Promise<{ client: GraphqlClient; id: string }> {
  const client = new GraphqlClient(baseUrl);
  const data = await client.ok<{ signUp: { viewer: { id: string } } }>(
    `mutation ($input: SignUpInput!) { signUp(input: $input) { viewer { id } } }`,
    {
      input: {
        handle,
        displayName: handle,
        email: `${handle}@corp.example`,
        password: 'correct horse battery',
      },
    },
  );
  return { client, id: data.signUp.viewer.id };
}
