/**
 * @jest-environment node
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '../../../..');

describe('npm start checks the settings before it builds', () => {
  // A working directory without .env, so only the variables given here count.
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'outloud-check-config-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  const start = (env: Record<string, string>) => {
    const began = Date.now();
    const result = spawnSync(process.execPath, [join(root, 'scripts/start.mjs')], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, DATA_DIR: dataDir, NODE_OPTIONS: '', ...env },
    });
    return { ...result, seconds: (Date.now() - began) / 1000 };
  };

  it('stops with one clear line on a bad setting, before any build starts', () => {
    const result = start({ PORT: 'not-a-port' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Invalid configuration: PORT');
    expect(result.stdout).not.toContain('Building');
    expect(result.seconds).toBeLessThan(30);
  }, 70_000);

  it('names settings that only make sense together', () => {
    const result = start({ OIDC_ISSUER: 'https://login.example.com' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('OIDC_ISSUER is set but OIDC_CLIENT_ID is not.');
    expect(result.stdout).not.toContain('Building');
  }, 70_000);
});
