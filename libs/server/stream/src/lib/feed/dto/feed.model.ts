import { ArgsType, Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageArgs, PageInfo } from '@outloud/server-core';
import { Post } from '../../post/dto/post.model';

export enum FeedReasonKind {
  OWN = 'own',
  FOLLOWING = 'following',
  MENTIONED_YOU = 'mentioned_you',
  MENTIONED_FOLLOWED = 'mentioned_followed',
  TAG = 'tag',
  COMMUNITY = 'community',
  BOARD = 'board',
}
registerEnumType(FeedReasonKind, { name: 'FeedReasonKind' });

export enum QuestionStatus {
  ALL = 'ALL',
  OPEN = 'OPEN',
  UNANSWERED = 'UNANSWERED',
  ANSWERED = 'ANSWERED',
  ACCEPTED = 'ACCEPTED',
}
registerEnumType(QuestionStatus, {
  name: 'QuestionStatus',
  valuesMap: {
    OPEN: { description: 'Not yet accepted (unanswered first, then answered).' },
    UNANSWERED: { description: 'No replies yet.' },
    ANSWERED: { description: 'Replies, none accepted.' },
    ACCEPTED: { description: 'An answer was accepted.' },
  },
});

@ObjectType()
export class FeedReason {
  @Field(() => FeedReasonKind)
  kind: FeedReasonKind;

  @Field({ description: 'Why the post is in the feed, e.g. "mentioned Ana", "in #vpn".' })
  label: string;

  @Field(() => String, { nullable: true })
  tag: string | null;

  userId: string | null;
  communityId?: string | null;
}

@ObjectType()
export class FeedEdge {
  @Field()
  cursor: string;

  @Field(() => Post)
  node: Post;

  @Field(() => [FeedReason])
  reasons: FeedReason[];
}

@ObjectType()
export class FeedConnection {
  @Field(() => [FeedEdge])
  edges: FeedEdge[];

  @Field(() => [Post])
  nodes: Post[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}

@ArgsType()
export class QuestionsArgs extends PageArgs {
  @Field(() => QuestionStatus, { nullable: true, defaultValue: QuestionStatus.ALL })
  status?: QuestionStatus;

  @Field(() => String, { nullable: true })
  tag?: string | null;

  @Field(() => ID, { nullable: true })
  communityId?: string | null;
}
