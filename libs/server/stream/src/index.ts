import { CommunityBoardResolver } from './lib/community/community-board.resolver';
import { FeedResolver, UserStreamFieldsResolver } from './lib/feed/feed.resolver';
import { PostResolver } from './lib/post/post.resolver';
import { ReplyResolver } from './lib/reply/reply.resolver';

export { StreamModule } from './lib/stream.module';
export { homeFeedSql, PostRepository } from './lib/post/post.repository';
export { Post, Reply } from './lib/post/dto/post.model';
export { toPostModel } from './lib/post/post.mapper';
export { parseBody, renderBody, excerpt } from './lib/markdown/markdown';

/** Resolver classes, for generating the schema without a database. */
export const STREAM_RESOLVERS = [
  PostResolver,
  ReplyResolver,
  FeedResolver,
  UserStreamFieldsResolver,
  CommunityBoardResolver,
];
