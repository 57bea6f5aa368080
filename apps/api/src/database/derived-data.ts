import { rebuildAnalytics } from '@outloud/analytics';
import { ExpertiseRepository } from '@outloud/expertise';
import { AppConfig, SnakeNamingStrategy } from '@outloud/server-core';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { rebuildSearchIndex } from './rebuild-search';

/**
 * Seeds write rows directly, not through the outbox: build what the outbox would have derived
 * (search index, analytics rollups, the expertise model) once, so a fresh demo is searchable, its
 * dashboard full and the composer's "People who could answer" already knows who answered what.
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
    log('Built the adoption analytics rollups (days and hours)');
  } finally {
    await client.end();
  }
  const expertise = await rebuildExpertise(url);
  log(`Built the expertise model (${expertise.topics} person-topic rows)`);
}

/** The expertise model from the source tables, over a connection of its own. */
export async function rebuildExpertise(url: string): Promise<{ evidence: number; topics: number }> {
  const dataSource = new DataSource({
    type: 'postgres',
    url,
    namingStrategy: new SnakeNamingStrategy(),
  });
  try {
    await dataSource.initialize();
    return await new ExpertiseRepository(dataSource).rebuildAll();
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
  }
}
