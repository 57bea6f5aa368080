import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { User } from '@outloud/identity';

@ArgsType()
export class SuggestedExpertsArgs {
  @Field({ description: 'The question being written (only the first 10,000 characters count).' })
  draft: string;

  @Field(() => Int, { nullable: true, description: '1 to 10 (default 5).' })
  first?: number | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The community the question will be posted in: only people who may read it there are suggested. One the viewer may not see gives no suggestions.',
  })
  communityId?: string | null;
}

export enum ExpertReasonKind {
  ACCEPTED_ANSWERS = 'ACCEPTED_ANSWERS',
  LIKED_REPLIES = 'LIKED_REPLIES',
  REPLIES = 'REPLIES',
  USED_FILES = 'USED_FILES',
  DECLARED = 'DECLARED',
}
registerEnumType(ExpertReasonKind, {
  name: 'ExpertReasonKind',
  description:
    'The strongest evidence on a topic: accepted answers, replies others liked, replies, files others downloaded or liked, or expertise on their profile (self-declared).',
});

@ObjectType({ description: 'Why someone is suggested, as data for the client to phrase.' })
export class ExpertReason {
  @Field(() => ExpertReasonKind)
  kind: ExpertReasonKind;

  @Field(() => Int, { description: 'How many pieces of that evidence on the topic.' })
  count: number;

  @Field({ description: 'The topic: a tag, or a word of the draft.' })
  topic: string;

  @Field({ description: 'When the latest evidence on the topic was given.' })
  lastAt: Date;
}

@ObjectType({
  description: 'Someone who has answered questions like the draft: worth an @mention.',
})
export class SuggestedExpert {
  @Field(() => User)
  user: User;

  @Field(() => Int, {
    description: 'Accepted answers on the draft topic where they have the most.',
  })
  acceptedAnswers: number;

  @Field(() => Int, { description: 'Replies on the draft topic where they have the most.' })
  replies: number;

  @Field(() => ExpertReason, { description: 'The evidence that weighed most.' })
  because: ExpertReason;

  @Field({
    description:
      'The reason in English, e.g. "Answered 4 questions about vpn, last in March 2026".',
  })
  reason: string;
}
