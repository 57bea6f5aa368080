import { EngineCase } from './engine-cases';

/**
 * Meilisearch, only when MEILI_URL is set (there is no Meilisearch binary on our machines; see
 * the README for running one). The contract suite includes this case at load time.
 */
export function meiliCase(url: string, apiKey?: string): EngineCase {
  return { name: 'meilisearch', config: { MEILI_URL: url, MEILI_API_KEY: apiKey } };
}
