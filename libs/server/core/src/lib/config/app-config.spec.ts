import { AppConfig, ConfigError } from './app-config';

describe('AppConfig.fromEnv', () => {
  it('applies defaults to an empty environment', () => {
    const config = AppConfig.fromEnv({});
    expect(config.get('PORT')).toBe(3000);
    expect(config.get('DATABASE_URL')).toBeUndefined();
    expect(config.get('OPEN_SIGNUP')).toBe(true);
    expect(config.get('WORKER_MODE')).toBe('inline');
  });

  it('parses numbers and booleans', () => {
    const config = AppConfig.fromEnv({ PORT: '8080', OPEN_SIGNUP: 'false', TRUST_PROXY: 'yes' });
    expect(config.get('PORT')).toBe(8080);
    expect(config.get('OPEN_SIGNUP')).toBe(false);
    expect(config.get('TRUST_PROXY')).toBe(true);
  });

  it.each([
    [{ PORT: 'abc' }, 'Invalid configuration: PORT must be a number (got "abc").'],
    [{ PORT: '70000' }, 'Invalid configuration: PORT must be at most 65535 (got "70000").'],
    [
      { OPEN_SIGNUP: 'maybe' },
      'Invalid configuration: OPEN_SIGNUP must be true or false (got "maybe").',
    ],
    [{ WORKER_MODE: 'sometimes' }, 'WORKER_MODE'],
    [{ REDIS_URL: 'http://x' }, 'REDIS_URL must start with redis:// or rediss://'],
    [{ WORKER_MODE: 'only' }, 'WORKER_MODE=only needs DATABASE_URL'],
    [{ OIDC_ISSUER: 'https://idp.example' }, 'OIDC_ISSUER is set but OIDC_CLIENT_ID is not'],
    [{ OIDC_CLIENT_ID: 'x' }, 'OIDC_CLIENT_ID is set but OIDC_ISSUER is not'],
    [{ OIDC_ISSUER: 'http://idp.example', OIDC_CLIENT_ID: 'x' }, 'OIDC_ISSUER must use https://'],
    [{ PASSWORD_LOGIN: 'false' }, 'PASSWORD_LOGIN=false needs OIDC_ISSUER'],
    [
      { OIDC_ISSUER: 'https://idp.example', OIDC_CLIENT_ID: 'x', OIDC_ADMIN_GROUPS: 'admins' },
      'need OIDC_CLAIM_GROUPS',
    ],
    [{ OIDC_SCOPES: 'email profile' }, 'OIDC_SCOPES must include openid'],
    [{ HTTP_PROCESSES: '0' }, 'HTTP_PROCESSES must be auto or a whole number from 1 to 32'],
    [{ HTTP_PROCESSES: 'many' }, 'HTTP_PROCESSES must be auto or a whole number from 1 to 32'],
  ])('fails with one clear line for %p', (env, message) => {
    expect(() => AppConfig.fromEnv(env)).toThrow(ConfigError);
    expect(() => AppConfig.fromEnv(env)).toThrow(message);
  });

  it('accepts OIDC on loopback http (tests, a local provider) and on https', () => {
    for (const issuer of ['http://127.0.0.1:4000', 'https://login.example.com/tenant/v2.0'])
      expect(
        AppConfig.fromEnv({ OIDC_ISSUER: issuer, OIDC_CLIENT_ID: 'outloud' }).get('OIDC_ISSUER'),
      ).toBe(issuer);
  });

  it('reads HTTP_PROCESSES as auto (the default) or a count', () => {
    expect(AppConfig.fromEnv({}).get('HTTP_PROCESSES')).toBe('auto');
    expect(AppConfig.fromEnv({ HTTP_PROCESSES: '2' }).get('HTTP_PROCESSES')).toBe(2);
  });

  it('accepts a jobs-only process on a shared database', () => {
    const config = AppConfig.fromEnv({ WORKER_MODE: 'only', DATABASE_URL: 'postgres://h/db' });
    expect(config.get('WORKER_MODE')).toBe('only');
  });

  it('never echoes a sensitive value in the error', () => {
    expect(() => AppConfig.fromEnv({ DATABASE_URL: 'mysql://user:secret@host/db' })).toThrow(
      '(got (hidden))',
    );
  });

  it('masks sensitive values when described for logs', () => {
    const config = AppConfig.fromEnv({ DATABASE_URL: 'postgres://u:secret@h/db' });
    expect(config.describe().DATABASE_URL).toBe('***');
    expect(JSON.stringify(config.describe())).not.toContain('secret');
  });
});
