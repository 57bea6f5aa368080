import { resolve } from 'node:path';
import { z } from 'zod';
import { AppConfigValues, SETTINGS, SettingName } from './config.schema';

export class ConfigError extends Error {}

/** Validated, immutable configuration. Inject `AppConfig` rather than reading process.env. */
export class AppConfig {
  private constructor(readonly values: Readonly<AppConfigValues>) {}

  get<K extends SettingName>(name: K): AppConfigValues[K] {
    return this.values[name];
  }

  get isProduction(): boolean {
    return this.values.NODE_ENV === 'production';
  }

  get dataDir(): string {
    return resolve(this.values.DATA_DIR);
  }

  /** Reads settings from an environment; the first bad value fails with one clear line. */
  static fromEnv(env: Record<string, string | undefined>): AppConfig {
    const values: Record<string, unknown> = {};
    for (const [name, setting] of Object.entries(SETTINGS) as [
      SettingName,
      { schema: z.ZodType; sensitive?: boolean },
    ][]) {
      const raw = env[name] === '' ? undefined : env[name];
      const parsed = setting.schema.safeParse(raw);
      if (!parsed.success) {
        const shown = setting.sensitive ? '(hidden)' : JSON.stringify(raw);
        throw new ConfigError(
          `Invalid configuration: ${name} ${parsed.error.issues[0]?.message ?? 'is invalid'} (got ${shown}).`,
        );
      }
      values[name] = parsed.data;
    }
    const problem = crossCheck(values as AppConfigValues);
    if (problem) throw new ConfigError(`Invalid configuration: ${problem}`);
    return new AppConfig(Object.freeze(values) as AppConfigValues);
  }

  /** A copy with some values replaced (tests and the CLI use this). */
  with(overrides: Partial<AppConfigValues>): AppConfig {
    return new AppConfig(Object.freeze({ ...this.values, ...overrides }));
  }

  /** Values safe to log: sensitive ones are masked. */
  describe(): Record<string, unknown> {
    return Object.fromEntries(
      Object.entries(this.values).map(([k, v]) => [
        k,
        (SETTINGS as Record<string, { sensitive?: boolean }>)[k]?.sensitive && v !== undefined
          ? '***'
          : v,
      ]),
    );
  }
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Settings that only make sense together; the first problem, in one line. */
function crossCheck(v: AppConfigValues): string | null {
  if (v.WORKER_MODE === 'only' && !v.DATABASE_URL)
    return "WORKER_MODE=only needs DATABASE_URL (a jobs-only process works on the API processes' database; the embedded PostgreSQL serves one process).";
  if (v.OIDC_ISSUER && !v.OIDC_CLIENT_ID) return 'OIDC_ISSUER is set but OIDC_CLIENT_ID is not.';
  if (v.OIDC_CLIENT_ID && !v.OIDC_ISSUER) return 'OIDC_CLIENT_ID is set but OIDC_ISSUER is not.';
  if (v.OIDC_ISSUER?.startsWith('http://') && !LOOPBACK.has(new URL(v.OIDC_ISSUER).hostname))
    return 'OIDC_ISSUER must use https:// (http:// only for 127.0.0.1 or localhost).';
  if (!v.PASSWORD_LOGIN && !v.OIDC_ISSUER)
    return 'PASSWORD_LOGIN=false needs OIDC_ISSUER, or nobody but the break-glass admin could sign in.';
  if ((v.OIDC_ADMIN_GROUPS || v.OIDC_MODERATOR_GROUPS) && !v.OIDC_CLAIM_GROUPS)
    return 'OIDC_ADMIN_GROUPS and OIDC_MODERATOR_GROUPS need OIDC_CLAIM_GROUPS (the claim listing groups).';
  return null;
}
