import { Field, Int, ObjectType } from '@nestjs/graphql';

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
