import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CommunitiesModule } from '@outloud/communities';
import { IdentityModule } from '@outloud/identity';
import { PolicyModule } from '@outloud/policy';
import { CommunityBoardResolver } from './community/community-board.resolver';
import { PinService } from './community/pin.service';
import { FeedRepository } from './feed/feed.repository';
import { FeedResolver, UserBoardResolver } from './feed/feed.resolver';
import { FeedService } from './feed/feed.service';
import { FollowRepository } from './follow/follow.repository';
import { FollowResolver } from './follow/follow.resolver';
import { FollowService } from './follow/follow.service';
import { LikeRepository } from './like/like.repository';
import { LikeResolver } from './like/like.resolver';
import { LikeService } from './like/like.service';
import { MentionRepository } from './mention/mention.repository';
import { MentionService } from './mention/mention.service';
import { ModeratedDeletionListener } from './post/moderated-deletion.listener';
import { PostEntity, PostRevisionEntity } from './post/post.entity';
import { PostCards } from './post/post-cards';
import { PostRepository } from './post/post.repository';
import { PostResolver } from './post/post.resolver';
import { PostService } from './post/post.service';
import { ReplyEntity } from './reply/reply.entity';
import { ReplyRepository } from './reply/reply.repository';
import { ReplyResolver } from './reply/reply.resolver';
import { ReplyService } from './reply/reply.service';
import { StreamLoaders } from './stream.loaders';
import { StreamReader } from './stream.reader';
import { TagRepository } from './tag/tag.repository';
import { TagResolver } from './tag/tag.resolver';
import { TagService } from './tag/tag.service';

/** Ask out loud: posts, replies, answers, mentions, hashtags, likes, follows and feeds. */
@Module({
  imports: [
    IdentityModule,
    CommunitiesModule,
    PolicyModule,
    TypeOrmModule.forFeature([PostEntity, PostRevisionEntity, ReplyEntity]),
  ],
  providers: [
    CommunityBoardResolver,
    FeedRepository,
    FeedResolver,
    FeedService,
    FollowRepository,
    FollowResolver,
    FollowService,
    LikeRepository,
    LikeResolver,
    LikeService,
    MentionRepository,
    MentionService,
    ModeratedDeletionListener,
    PinService,
    PostCards,
    PostRepository,
    PostResolver,
    PostService,
    ReplyRepository,
    ReplyResolver,
    ReplyService,
    StreamLoaders,
    StreamReader,
    TagRepository,
    TagResolver,
    TagService,
    UserBoardResolver,
  ],
  exports: [PostRepository, PostCards, FeedService, StreamReader],
})
export class StreamModule {}
