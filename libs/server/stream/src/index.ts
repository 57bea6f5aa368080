import { CommunityBoardResolver } from './lib/community/community-board.resolver';
import { FeedResolver, UserBoardResolver } from './lib/feed/feed.resolver';
import { FollowResolver } from './lib/follow/follow.resolver';
import { LikeResolver } from './lib/like/like.resolver';
import { PostResolver } from './lib/post/post.resolver';
import { ReplyResolver } from './lib/reply/reply.resolver';
import { TagResolver } from './lib/tag/tag.resolver';

export { StreamModule } from './lib/stream.module';
export { StreamReader } from './lib/stream.reader';
export type { ReplyFacts } from './lib/reply/reply.repository';
export { PostRepository } from './lib/post/post.repository';
export { PostCards } from './lib/post/post-cards';
export { homeFeedSql } from './lib/feed/feed.repository';
export { Post } from './lib/post/dto/post.model';
export { Reply } from './lib/reply/dto/reply.model';
export { toPostModel } from './lib/post/post.mapper';
export { parseBody, renderBody, renderParsed, excerpt } from './lib/markdown/markdown';

/** Resolver classes, for generating the schema without a database. */
export const STREAM_RESOLVERS = [
  PostResolver,
  ReplyResolver,
  LikeResolver,
  FeedResolver,
  UserBoardResolver,
  FollowResolver,
  TagResolver,
  CommunityBoardResolver,
];
