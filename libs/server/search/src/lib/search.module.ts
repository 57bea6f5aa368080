import { Module } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { BookmarksModule } from '@outloud/bookmarks';
import { CommunitiesModule } from '@outloud/communities';
import { FilesModule } from '@outloud/files';
import { IdentityModule } from '@outloud/identity';
import { AppConfig } from '@outloud/server-core';
import { StreamModule } from '@outloud/stream';
import { DataSource } from 'typeorm';
import { SearchDocumentSource } from './documents/search-document.source';
import { SearchResolver } from './graphql/search.resolver';
import { createSearchEngine } from './search-engine.factory';
import { SearchIndexer } from './search-indexer';
import { SearchSync } from './search-sync';
import { SearchTargetsRepository } from './search-targets.repository';
import { SearchViewerRepository } from './search-viewer.repository';
import { SearchService } from './search.service';
import { withSearchUnavailable } from './search-unavailable';
import { SearchLexicon } from './spelling/search-lexicon';
import { SearchLexiconSource } from './spelling/search-lexicon.source';
import { SEARCH_ENGINE, SearchEngine } from './search.types';

/** Search over posts, people, files, bookmarks and communities; PostgreSQL by default, Meilisearch when MEILI_URL is set. */
@Module({
  imports: [IdentityModule, StreamModule, CommunitiesModule, FilesModule, BookmarksModule],
  providers: [
    {
      provide: SearchDocumentSource,
      inject: [getDataSourceToken()],
      useFactory: (dataSource: DataSource) => new SearchDocumentSource(dataSource),
    },
    {
      provide: SEARCH_ENGINE,
      inject: [getDataSourceToken(), AppConfig],
      useFactory: (dataSource: DataSource, config: AppConfig) =>
        withSearchUnavailable(
          createSearchEngine(dataSource, {
            MEILI_URL: config.get('MEILI_URL'),
            MEILI_API_KEY: config.get('MEILI_API_KEY'),
          }),
        ),
    },
    {
      provide: SearchLexicon,
      inject: [getDataSourceToken()],
      useFactory: (dataSource: DataSource) =>
        new SearchLexicon(new SearchLexiconSource(dataSource)),
    },
    {
      provide: SearchIndexer,
      inject: [SearchDocumentSource, SEARCH_ENGINE, SearchLexicon],
      useFactory: (source: SearchDocumentSource, engine: SearchEngine, lexicon: SearchLexicon) =>
        new SearchIndexer(source, engine, lexicon),
    },
    SearchResolver,
    SearchService,
    SearchSync,
    SearchTargetsRepository,
    SearchViewerRepository,
  ],
  exports: [SearchIndexer, SEARCH_ENGINE],
})
export class SearchModule {}
