import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@outloud/server-core';

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
  /** Hidden by moderation, when a list page read it; undefined: the moderation field asks. */
  hidden?: boolean;
  /**
   * Written by this very request: nobody can have liked, saved or reported it yet, so fields
   * about such state answer without a query.
   */
  writtenNow?: boolean;
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
export class PostConnection extends ConnectionType(Post) {}
