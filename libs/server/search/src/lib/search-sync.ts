import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { OutboxService } from '@outloud/server-core';
import { SearchIndexer } from './search-indexer';
import { SEARCH_ENGINE, SearchEngine } from './search.types';

/**
 * Keeps the index in step through the outbox (DESIGN.md §4): every write that changes what is
 * searchable queues a job in the writer's transaction, so a crash after commit loses nothing.
 * Handler names are stored with jobs: never rename them.
 */
@Injectable()
export class SearchSync implements OnModuleInit {
  private readonly logger = new Logger('SearchSync');

  constructor(
    private readonly outbox: OutboxService,
    private readonly indexer: SearchIndexer,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
  ) {}

  async onModuleInit(): Promise<void> {
    const post = ({ postId }: { postId: string }) => this.indexer.indexPosts([postId]);
    // Each job re-reads its post, so a batch indexes each post once, in one upsert.
    const posts = {
      many: (payloads: { postId: string }[]) =>
        this.indexer.indexPosts([...new Set(payloads.map((p) => p.postId))]),
    };
    this.outbox.on('stream.post.created', 'search.index-post', post, posts);
    this.outbox.on('stream.post.edited', 'search.index-post', post, posts);
    this.outbox.on('stream.post.deleted', 'search.index-post', async ({ postId }) => {
      await this.indexer.indexPosts([postId]);
      // Bookmarks of a deleted post are no longer shown to anyone.
      await this.indexer.indexBookmarksOf({ postId });
    });
    // Replies and answers are folded into their post's document.
    this.outbox.on('stream.reply.created', 'search.index-post', post, posts);
    this.outbox.on('stream.reply.deleted', 'search.index-post', post, posts);
    this.outbox.on('stream.answer.accepted', 'search.index-post', post, posts);
    // Likes feed the engagement boost.
    this.outbox.on('stream.post.liked', 'search.index-post', post, posts);

    const person = ({ userId }: { userId: string }) => this.indexer.indexUsers([userId]);
    this.outbox.on('identity.user.registered', 'search.index-user', person);
    this.outbox.on('identity.user.reactivated', 'search.index-user', person);
    // A deactivated person leaves people search; their posts stay searchable.
    this.outbox.on('identity.user.deactivated', 'search.index-user', person);
    this.outbox.on('identity.user.profileUpdated', 'search.index-user', async ({ userId }) => {
      await this.indexer.indexUsers([userId]);
      // Their department drives the department boost on their posts.
      await this.indexer.indexAuthorPosts(userId);
    });
    // The community's posts changed audience in the same transaction: re-read them all (and its
    // files, and bookmarks of those, whose audience follows the community's type).
    this.outbox.on(
      'communities.community.typeChanged',
      'search.index-community',
      ({ communityId }) => this.indexer.indexCommunityPosts(communityId),
    );
    this.outbox.on('communities.community.saved', 'search.index-community', ({ communityId }) =>
      this.indexer.index('community', [communityId]),
    );

    const file = async ({ fileId }: { fileId: string }) => {
      await this.indexer.index('file', [fileId]);
      await this.indexer.indexBookmarksOf({ fileId });
    };
    this.outbox.on('files.file.created', 'search.index-file', file);
    this.outbox.on('files.file.updated', 'search.index-file', file);
    this.outbox.on('files.file.deleted', 'search.index-file', file);

    const bookmark = ({ bookmarkId }: { bookmarkId: string }) =>
      this.indexer.index('bookmark', [bookmarkId]);
    this.outbox.on('bookmarks.bookmark.saved', 'search.index-bookmark', bookmark);
    this.outbox.on('bookmarks.bookmark.deleted', 'search.index-bookmark', bookmark);

    // Moderation hid content or showed it again: the access policy hides it at once; the index
    // follows (hidden content has no document; a hidden reply leaves its post's document).
    for (const verb of ['hidden', 'restored'] as const) {
      this.outbox.on(`moderation.post.${verb}`, 'search.index-post', async ({ postId }) => {
        await this.indexer.indexPosts([postId]);
        await this.indexer.indexBookmarksOf({ postId });
      });
      this.outbox.on(`moderation.reply.${verb}`, 'search.index-post', post, posts);
      this.outbox.on(`moderation.file.${verb}`, 'search.index-file', file);
      this.outbox.on(`moderation.bookmark.${verb}`, 'search.index-bookmark', bookmark);
      this.outbox.on(`moderation.profile.${verb}`, 'search.index-user', person);
    }

    try {
      await this.engine.prepare();
    } catch (error) {
      // Jobs retry with backoff, so the index catches up once the engine is reachable.
      this.logger.error(
        `Search engine ${this.engine.name} is not ready: ${(error as Error).message}`,
      );
    }
  }
}
