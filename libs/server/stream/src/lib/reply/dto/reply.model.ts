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
}

@ObjectType()
export class ReplyConnection extends ConnectionType(Reply) {}

@InputType()
export class ReplyInput {
  @Field()
  body: string;
}
