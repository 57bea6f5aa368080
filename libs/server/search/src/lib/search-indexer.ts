import { SearchDocumentSource } from './documents/search-document.source';
import { SearchLexicon } from './spelling/search-lexicon';
import {
  SEARCH_DOCUMENT_TYPES,
  SearchDocument,
  SearchDocumentType,
  SearchEngine,
} from './search.types';

export const REINDEX_BATCH = 500;
/** Batches a full reindex writes at once (see reindexAll). */
export const REINDEX_WRITERS = 2;

/**
 * Keeps an engine in step with PostgreSQL. Every method re-reads the current rows, so running it
 * twice, late, or out of order converges on the same index (outbox handlers must be idempotent).
 */
export class SearchIndexer {
  private readonly readers: Record<
    SearchDocumentType,
    (ids: readonly string[]) => Promise<SearchDocument[]>
  >;

  constructor(
    private readonly source: SearchDocumentSource,
    private readonly engine: SearchEngine,
    /** The words typo tolerance corrects to, kept alongside whichever engine is in use. */
    private readonly lexicon: SearchLexicon,
  ) {
    this.readers = {
      post: (ids) => source.posts(ids),
      user: (ids) => source.users(ids),
      file: (ids) => source.files(ids),
      bookmark: (ids) => source.bookmarks(ids),
      community: (ids) => source.communities(ids),
    };
  }

  /** Re-reads these documents; the ones that no longer exist leave the index. */
  index(type: SearchDocumentType, ids: readonly string[], bulk = false): Promise<void> {
    return this.sync(type, ids, this.readers[type], bulk);
  }

  indexPosts(ids: readonly string[]): Promise<void> {
    return this.index('post', ids);
  }

  indexUsers(ids: readonly string[]): Promise<void> {
    return this.index('user', ids);
  }

  /** A post or file changed: bookmarks of it take its audience. */
  async indexBookmarksOf(target: { postId?: string; fileId?: string }): Promise<void> {
    await this.inBatches(await this.source.bookmarkIdsOf(target), (b) => this.index('bookmark', b));
  }

  /** A community changed type: it, its posts, files, and bookmarks of those change audience. */
  async indexCommunityPosts(communityId: string): Promise<void> {
    await this.index('community', [communityId]);
    await this.inBatches(await this.source.postIdsInCommunity(communityId), (b) =>
      this.indexPosts(b),
    );
    const { files, bookmarks } = await this.source.idsInCommunity(communityId);
    await this.inBatches(files, (b) => this.index('file', b));
    await this.inBatches(bookmarks, (b) => this.index('bookmark', b));
  }

  async indexAuthorPosts(authorId: string): Promise<void> {
    await this.inBatches(await this.source.postIdsByAuthor(authorId), (b) => this.indexPosts(b));
  }

  /**
   * Rebuilds everything from PostgreSQL (posts and files oldest first, see `idsAfter`);
   * `onProgress` gets the running count.
   */
  async reindexAll(onProgress: (done: number) => void = () => undefined): Promise<number> {
    await this.engine.prepare();
    await this.engine.beforeReindex?.();
    let done = 0;
    // Batches are read while earlier ones are written, and REINDEX_WRITERS are written at once:
    // the write (tsvector, GIN) costs about five times the read and runs in its own PostgreSQL
    // backend, so this keeps both cores busy. Two neighbouring batches interleave on disk at most.
    const writing: Promise<void>[] = [];
    for (const type of SEARCH_DOCUMENT_TYPES) {
      let after: string | null = null;
      for (;;) {
        const ids: string[] = await this.source.idsAfter(type, after, REINDEX_BATCH);
        if (!ids.length) break;
        const documents = await this.readers[type](ids);
        if (writing.length >= REINDEX_WRITERS) await writing.shift();
        const write = this.write(type, ids, documents, true).then(() => {
          done += ids.length;
          onProgress(done);
        });
        write.catch(() => undefined); // awaited later; not an unhandled rejection
        writing.push(write);
        after = ids[ids.length - 1];
      }
    }
    await Promise.all(writing);
    await this.engine.afterReindex?.();
    await this.lexicon.rebuild();
    return done;
  }

  private async sync(
    type: SearchDocumentType,
    ids: readonly string[],
    read: (ids: readonly string[]) => Promise<SearchDocument[]>,
    bulk = false,
  ): Promise<void> {
    if (!ids.length) return;
    await this.write(type, ids, await read(ids), bulk);
  }

  /** Writes what was read of `ids`; the ones not read (deleted, deactivated) leave the index. */
  private async write(
    type: SearchDocumentType,
    ids: readonly string[],
    documents: SearchDocument[],
    bulk: boolean,
  ): Promise<void> {
    const present = new Set(documents.map((d) => d.id));
    await this.engine.upsert(documents, { bulk });
    const gone = ids.filter((id) => !present.has(id)).map((id) => ({ id, type }));
    if (gone.length) await this.engine.remove(gone);
    await this.lexicon.apply(documents, gone, { bulk });
  }

  private async inBatches(ids: string[], run: (batch: string[]) => Promise<void>): Promise<void> {
    for (let i = 0; i < ids.length; i += REINDEX_BATCH) await run(ids.slice(i, i + REINDEX_BATCH));
  }
}
