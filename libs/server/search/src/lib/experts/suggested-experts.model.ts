import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { User } from '@outloud/identity';

@ArgsType()
export class SuggestedExpertsArgs {
  @Field({ description: 'The question being written.' })
  draft: string;

  @Field(() => Int, { nullable: true, description: '1 to 10 (default 5).' })
  first?: number | null;
}

@ObjectType({
  description: 'Someone who has answered questions like the draft: worth an @mention.',
})
export class SuggestedExpert {
  @Field(() => User)
  user: User;

  @Field(() => Int, { description: 'Similar questions where their answer was accepted.' })
  acceptedAnswers: number;

  @Field(() => Int, { description: 'Similar questions they replied to.' })
  replies: number;

  @Field({ description: 'Why they are suggested, e.g. "Answered 2 similar questions".' })
  reason: string;
}
