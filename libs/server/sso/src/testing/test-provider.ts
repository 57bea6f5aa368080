import { spawn } from 'node:child_process';
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { resolve } from 'node:path';

export interface TestClient {
  client_id: string;
  client_secret?: string;
  redirect_uris: string[];
  post_logout_redirect_uris?: string[];
  backchannel_logout_uri?: string;
  backchannel_logout_session_required?: boolean;
  token_endpoint_auth_method?: string;
}

export interface TestProvider {
  issuer: string;
  /** The provider's signing key (private JWK), so tests can forge tokens it would accept. */
  signingKey: { kid: string; jwk: Record<string, unknown> };
  logs(): string;
  stop(): Promise<void>;
}

const SCRIPT = resolve(__dirname, 'oidc-provider-process.mjs');

/**
 * Starts a real oidc-provider on 127.0.0.1:`port` in its own Node process (it is an ES module
 * that Jest's module system cannot load) with the given clients and accounts (claims by id).
 */
export async function startTestProvider(options: {
  port: number;
  clients: TestClient[];
  accounts: Record<string, Record<string, unknown>>;
}): Promise<TestProvider> {
  const kid = randomUUID();
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = { ...privateKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' };
  const child = spawn(process.execPath, [SCRIPT], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      TEST_OIDC_PROVIDER: JSON.stringify({ ...options, jwks: { keys: [jwk] } }),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const deadline = Date.now() + 20_000;
  while (!/^ready /m.test(output)) {
    if (child.exitCode !== null || Date.now() > deadline)
      throw new Error(`The test OpenID provider did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    issuer: `http://127.0.0.1:${options.port}`,
    signingKey: { kid, jwk },
    logs: () => output,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
