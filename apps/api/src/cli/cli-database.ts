import { AppConfig, ConfigError, resolveDatabaseUrl } from '@outloud/server-core';

/** Config and database for one-off commands; prints one clear line and exits 1 on bad config. */
export async function cliDatabase(): Promise<{
  config: AppConfig;
  url: string;
  stop: () => Promise<void>;
}> {
  let config: AppConfig;
  try {
    config = AppConfig.fromEnv(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const db = await resolveDatabaseUrl(config);
  return { config, url: db.url, stop: db.stop };
}

export function runCli(main: () => Promise<void>): void {
  main().catch((error) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
