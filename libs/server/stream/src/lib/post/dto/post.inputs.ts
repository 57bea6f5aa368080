import { Field, ID, InputType } from '@nestjs/graphql';

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
