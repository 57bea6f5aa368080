import { SearchResolver } from './lib/graphql/search.resolver';

export { SearchModule } from './lib/search.module';
export { createSearchEngine } from './lib/search-engine.factory';
export { SearchDocumentSource } from './lib/documents/search-document.source';
export { SearchIndexer } from './lib/search-indexer';
export { SearchLexicon } from './lib/spelling/search-lexicon';
export { SearchLexiconSource } from './lib/spelling/search-lexicon.source';
export { parseSearchText } from './lib/query/search-text-parser';
export { toTextQuery } from './lib/query/text-query';
export { PostgresSearchEngine } from './lib/postgres/postgres-search.engine';
export { PostgresSearchSource } from './lib/postgres/postgres-search.source';
export { MeiliSearchEngine } from './lib/meili/meili-search.engine';
export * from './lib/search.types';

/** Resolver classes, for generating the schema without a database. */
export const SEARCH_RESOLVERS = [SearchResolver];
