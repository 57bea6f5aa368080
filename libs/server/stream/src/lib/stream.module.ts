import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CommunitiesModule } from '@outloud/communities';
import { IdentityModule } from '@outloud/identity';
import { CommunityBoardResolver } from './community/community-board.resolver';
import { FeedResolver, UserStreamFieldsResolver } from './feed/feed.resolver';
import { FeedService } from './feed/feed.service';
import { FollowService } from './follow/follow.service';
import { LikeService } from './like/like.service';
import { PostEntity, PostRevisionEntity } from './post/post.entity';
import { PostRepository } from './post/post.repository';
import { PostResolver } from './post/post.resolver';
import { PostService } from './post/post.service';
import { ReplyEntity } from './reply/reply.entity';
import { ReplyResolver } from './reply/reply.resolver';
import { ReplyService } from './reply/reply.service';
import { StreamLoaders } from './stream.loaders';
import { TagService } from './tag/tag.service';

/** Ask out loud: posts, replies, answers, mentions, hashtags, likes, follows and feeds. */
@Module({
  imports: [
    IdentityModule,
    CommunitiesModule,
    TypeOrmModule.forFeature([PostEntity, PostRevisionEntity, ReplyEntity]),
  ],
  providers: [
    CommunityBoardResolver,
    FeedResolver,
    FeedService,
    FollowService,
    LikeService,
    PostRepository,
    PostResolver,
    PostService,
    ReplyResolver,
    ReplyService,
    StreamLoaders,
    TagService,
    UserStreamFieldsResolver,
  ],
  exports: [PostRepository, FeedService],
})
export class StreamModule {}
