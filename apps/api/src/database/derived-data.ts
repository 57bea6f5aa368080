import { rebuildAnalytics } from '@outloud/analytics';
import { AppConfig } from '@outloud/server-core';
import { Client } from 'pg';
import { rebuildSearchIndex } from './rebuild-search';

/**
 * Seeds write rows directly, not through the outbox: build what the outbox would have derived
 * (search index, analytics rollups) once, so a fresh demo is searchable and its dashboard full.
 */
export async function buildDerivedData(
  url: string,
  config: AppConfig,
  log: (line: string) => void,
): Promise<void> {
  const search = await rebuildSearchIndex(url, config);
  log(`Indexed ${search.documents} documents for search (${search.perSecond} documents/s)`);
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await rebuildAnalytics((sql, params) => client.query(sql, params));
    log('Built the adoption analytics rollups');
  } finally {
    await client.end();
  }
}
