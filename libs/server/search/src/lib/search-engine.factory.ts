import { DataSource } from 'typeorm';
import { MeiliSearchEngine } from './meili/meili-search.engine';
import { PostgresSearchEngine } from './postgres/postgres-search.engine';
import { PostgresSearchSource } from './postgres/postgres-search.source';
import { SearchEngine } from './search.types';

/** MEILI_URL set: Meilisearch; otherwise PostgreSQL full-text search (DESIGN.md §9). */
export function createSearchEngine(
  dataSource: DataSource,
  settings: { MEILI_URL?: string | null; MEILI_API_KEY?: string | null },
): SearchEngine {
  return settings.MEILI_URL
    ? new MeiliSearchEngine({ host: settings.MEILI_URL, apiKey: settings.MEILI_API_KEY })
    : new PostgresSearchEngine(new PostgresSearchSource(dataSource));
}
