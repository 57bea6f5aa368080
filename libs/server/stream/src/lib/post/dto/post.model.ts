import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType, PageArgs, PageInfo } from '@outloud/server-core';

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

@ObjectType({
  description: 'A status update, open to everyone unless placed in a restricted community.',
})
export class Post {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Markdown source; empty when deleted.' })
  body: string;

  @Field({ description: 'Sanitised HTML; empty when deleted.' })
  bodyHtml: string;

  @Field()
  isQuestion: boolean;

  @Field()
  isDeleted: boolean;

  @Field({ description: 'A reply was accepted as the answer.' })
  isAnswered: boolean;

  @Field(() => Int)
  replyCount: number;

  @Field(() => Int)
  likeCount: number;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  editedAt: Date | null;

  authorId: string;
  boardUserId: string | null;
  communityId: string | null;
  acceptedReplyId: string | null;
}

@ObjectType()
export class Reply {
  @Field(() => ID)
  id: string;

  @Field()
  body: string;

  @Field()
  bodyHtml: string;

  @Field()
  isDeleted: boolean;

  @Field(() => Int)
  likeCount: number;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  editedAt: Date | null;

  postId: string;
  authorId: string;
}

@ObjectType({ description: 'An earlier text of a post, kept when it was edited or deleted.' })
export class PostRevision {
  @Field()
  body: string;

  @Field()
  createdAt: Date;

  editedById: string;
}

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

@ObjectType()
export class PostConnection extends ConnectionType(Post) {}

@ObjectType()
export class ReplyConnection extends ConnectionType(Reply) {}

@ObjectType()
export class Tag {
  @Field()
  name: string;

  @Field(() => Int, { description: 'Posts with this tag that the viewer may see.' })
  postCount: number;

  @Field(() => Int)
  followerCount: number;

  @Field()
  viewerFollows: boolean;
}

@ObjectType()
export class TagCount {
  @Field()
  name: string;

  @Field(() => Int)
  postCount: number;
}

@InputType()
export class CreatePostInput {
  @Field({ description: 'Markdown, up to 10,000 characters. @mentions and #tags are recognised.' })
  body: string;

  @Field({ nullable: true, defaultValue: false })
  isQuestion?: boolean;

  @Field(() => String, { nullable: true, description: "Place the post on this person's board." })
  boardHandle?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Post in this community (audience follows its type).',
  })
  communityId?: string | null;
}

@InputType()
export class EditPostInput {
  @Field()
  body: string;

  @Field({ nullable: true })
  isQuestion?: boolean;
}

@InputType()
export class ReplyInput {
  @Field()
  body: string;
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
