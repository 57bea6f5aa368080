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
    if (values.WORKER_MODE === 'only' && !values.DATABASE_URL) {
      throw new ConfigError(
        "Invalid configuration: WORKER_MODE=only needs DATABASE_URL (a jobs-only process works on the API processes' database; the embedded PostgreSQL serves one process).",
      );
    }
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
