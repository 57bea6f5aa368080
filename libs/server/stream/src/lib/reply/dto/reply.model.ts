import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@outloud/server-core';

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
  /** Hidden by moderation, when known (a reply written just now is not); undefined: the field asks. */
  hidden?: boolean;
}

@ObjectType()
export class ReplyConnection extends ConnectionType(Reply) {}

@InputType()
export class ReplyInput {
  @Field()
  body: string;
}
