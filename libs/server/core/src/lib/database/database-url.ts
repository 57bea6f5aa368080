import { AppConfig } from '../config/app-config';
import { startEmbeddedPostgres } from './embedded-postgres';

/**
 * DATABASE_URL when set; otherwise an embedded PostgreSQL under DATA_DIR/postgres.
 * Returns the URL and a stop function for the embedded server (a no-op otherwise).
 */
export async function resolveDatabaseUrl(
  config: AppConfig,
  log: (line: string) => void = () => undefined,
  options: { callerHandlesSignals?: boolean } = {},
): Promise<{ url: string; embedded: boolean; stop: () => Promise<void> }> {
  const external = config.get('DATABASE_URL');
  if (external) return { url: external, embedded: false, stop: async () => undefined };
  const handle = await startEmbeddedPostgres({
    dataDir: `${config.dataDir}/postgres`,
    port: config.get('EMBEDDED_PG_PORT'),
    database: 'outloud',
    onLog: log,
    callerHandlesSignals: options.callerHandlesSignals,
  });
  return { url: handle.url, embedded: true, stop: handle.stop };
}
