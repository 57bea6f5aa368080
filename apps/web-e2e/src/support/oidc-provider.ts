import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const SCRIPT = resolve(
  __dirname,
  '../../../../libs/server/sso/src/testing/oidc-provider-process.mjs',
);

export interface RunningProvider {
  issuer: string;
  stop(): Promise<void>;
}

/**
 * A real OpenID provider (oidc-provider, the same process the single sign-on integration tests
 * use) on 127.0.0.1:`port`, with one client for Outloud at `appUrl` and the given accounts; its
 * own log-in page accepts any password for them.
 */
export async function startOidcProvider(options: {
  port: number;
  appUrl: string;
  clientId: string;
  clientSecret: string;
  accounts: Record<string, Record<string, unknown>>;
}): Promise<RunningProvider> {
  const config = {
    port: options.port,
    accounts: options.accounts,
    clients: [
      {
        client_id: options.clientId,
        client_secret: options.clientSecret,
        redirect_uris: [`${options.appUrl}/auth/oidc/callback`],
        post_logout_redirect_uris: [`${options.appUrl}/login`],
      },
    ],
  };
  const child = spawn(process.execPath, [SCRIPT], {
    env: { ...process.env, TEST_OIDC_PROVIDER: JSON.stringify(config) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const deadline = Date.now() + 20_000;
  while (!/^ready /m.test(output)) {
    if (child.exitCode !== null || Date.now() > deadline)
      throw new Error(`The OpenID provider did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    issuer: `http://127.0.0.1:${options.port}`,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
