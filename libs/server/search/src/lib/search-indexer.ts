import { SearchDocumentSource } from './documents/search-document.source';
import { SearchDocument, SearchDocumentType, SearchEngine } from './search.types';

export const REINDEX_BATCH = 500;

/**
 * Keeps an engine in step with PostgreSQL. Every method re-reads the current rows, so running it
 * twice, late, or out of order converges on the same index (outbox handlers must be idempotent).
 */
export class SearchIndexer {
  constructor(
    private readonly source: SearchDocumentSource,
    private readonly engine: SearchEngine,
  ) {}

  indexPosts(ids: readonly string[]): Promise<void> {
    return this.sync('post', ids, (batch) => this.source.posts(batch));
  }

  indexUsers(ids: readonly string[]): Promise<void> {
    return this.sync('user', ids, (batch) => this.source.users(batch));
  }

  async indexCommunityPosts(communityId: string): Promise<void> {
    await this.inBatches(await this.source.postIdsInCommunity(communityId), (b) =>
      this.indexPosts(b),
    );
  }

  async indexAuthorPosts(authorId: string): Promise<void> {
    await this.inBatches(await this.source.postIdsByAuthor(authorId), (b) => this.indexPosts(b));
  }

  /** Rebuilds everything from PostgreSQL in id order; `onProgress` gets the running count. */
  async reindexAll(onProgress: (done: number) => void = () => undefined): Promise<number> {
    await this.engine.prepare();
    let done = 0;
    for (const [list, index] of [
      [(after: string | null) => this.source.postIdsAfter(after, REINDEX_BATCH), this.indexPosts],
      [(after: string | null) => this.source.userIdsAfter(after, REINDEX_BATCH), this.indexUsers],
    ] as const) {
      let after: string | null = null;
      for (;;) {
        const ids: string[] = await list(after);
        if (!ids.length) break;
        await index.call(this, ids);
        done += ids.length;
        onProgress(done);
        after = ids[ids.length - 1];
      }
    }
    return done;
  }

  private async sync(
    type: SearchDocumentType,
    ids: readonly string[],
    read: (ids: readonly string[]) => Promise<SearchDocument[]>,
  ): Promise<void> {
    if (!ids.length) return;
    const documents = await read(ids);
    const present = new Set(documents.map((d) => d.id));
    await this.engine.upsert(documents);
    // Deleted posts and deactivated people leave the index.
    const gone = ids.filter((id) => !present.has(id)).map((id) => ({ id, type }));
    if (gone.length) await this.engine.remove(gone);
  }

  private async inBatches(ids: string[], run: (batch: string[]) => Promise<void>): Promise<void> {
    for (let i = 0; i < ids.length; i += REINDEX_BATCH) await run(ids.slice(i, i + REINDEX_BATCH));
  }
}
