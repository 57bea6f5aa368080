import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
describe('batchedStdout', () => {
  const root = join(__dirname, '../../..');
  /** A process that logs one line through a batched stdout, then runs `after`. */
  const child = (after: string) =>
    spawn(
      process.execPath,
      [
        '-r',
        '@swc-node/register',
        '-e',
        `const { createLogger } = require('./libs/server/core/src/lib/logging/logger.ts');
         const { batchedStdout } = require('./apps/api/src/batched-stdout.ts');
         createLogger('info', batchedStdout(100)).info('one line');
         ${after}`,
      ],
      { cwd: root, env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.base.json' } },
    );
  const firstOutput = (p: ChildProcess) =>
    new Promise<string>((resolve, reject) => {
      let out = '';
      p.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('\n')) resolve(out);
      });
      p.on('exit', () => resolve(out));
      p.on('error', reject);
    });

  it('writes a line within its flush interval while the process keeps running', async () => {
    // Alive for 20 s: the line must come from the timer, not from the exit.
    const p = child('setTimeout(() => undefined, 20_000);');
    try {
      expect(JSON.parse(await firstOutput(p)).msg).toBe('one line');
      expect(p.exitCode).toBeNull();
    } finally {
      p.kill();
    }
  }, 20_000);

  it('writes what is left when the process exits at once', async () => {
    const p = child('process.exit(0);');
    expect(JSON.parse(await firstOutput(p)).msg).toBe('one line');
  }, 20_000);
});
