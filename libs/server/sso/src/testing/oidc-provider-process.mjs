// A real OpenID Provider (oidc-provider) for tests, run as its own process on 127.0.0.1.
// Configuration comes as JSON in TEST_OIDC_PROVIDER: { port, clients, accounts, jwks? }
// (without jwks it makes its own RSA signing key).
// Prints "ready <issuer>" once it listens. Its own log-in page (devInteractions) accepts any
// password for the accounts listed; consent is granted automatically.
import { generateKeyPairSync } from 'node:crypto';
import Provider from 'oidc-provider';

const options = JSON.parse(process.env.TEST_OIDC_PROVIDER ?? '{}');
const issuer = `http://127.0.0.1:${options.port}`;
const accounts = options.accounts ?? {};
const jwks = options.jwks ?? {
  keys: [
    {
      ...generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }),
      kid: 'test-key',
      alg: 'RS256',
      use: 'sig',
    },
  ],
};

const provider = new Provider(issuer, {
  clients: options.clients,
  jwks,
  cookies: { keys: ['test-provider-cookie-key'] },
  pkce: { required: () => true },
  features: {
    devInteractions: { enabled: true },
    rpInitiatedLogout: { enabled: true },
    backchannelLogout: { enabled: true },
  },
  claims: {
    openid: ['sub'],
    email: ['email', 'email_verified'],
    profile: ['name', 'preferred_username', 'locale', 'title', 'department'],
    groups: ['groups'],
  },
  ttl: { IdToken: options.idTokenTtlSeconds ?? 3600 },
  // Outloud runs on 127.0.0.1 here: skip the provider's guard against calling private addresses
  // (a real provider reaches Outloud's back-channel logout endpoint over the network).
  fetch: (url, init) => globalThis.fetch(url, { ...init, dispatcher: undefined }),
  async findAccount(_ctx, id) {
    const claims = accounts[id];
    if (!claims) return undefined;
    return { accountId: id, claims: async () => ({ sub: id, ...claims }) };
  },
  async loadExistingGrant(ctx) {
    const grantId =
      ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) return ctx.oidc.provider.Grant.find(grantId);
    const grant = new ctx.oidc.provider.Grant({
      clientId: ctx.oidc.client.clientId,
      accountId: ctx.oidc.session.accountId,
    });
    grant.addOIDCScope(ctx.oidc.params.scope);
    await grant.save();
    return grant;
  },
});
provider.on('backchannel.error', (_ctx, err) =>
  process.stderr.write(`backchannel: ${err.message}\n`),
);
provider.on('server_error', (_ctx, err) => process.stderr.write(`server_error: ${err.stack}\n`));

provider.listen(options.port, '127.0.0.1', () => process.stdout.write(`ready ${issuer}\n`));
