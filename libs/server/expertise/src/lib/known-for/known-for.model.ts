import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ExpertReason, ExpertReasonKind } from '../suggested-experts.model';

@ObjectType({ description: 'One piece of evidence behind "Known for": a reply or a shared file.' })
export class KnownForEvidence {
  @Field(() => ExpertReasonKind)
  kind: ExpertReasonKind;

  @Field({ description: 'When it counted (an accepted answer: when it was accepted).' })
  at: Date;

  @Field(() => ID, { nullable: true, description: 'The question or post replied to.' })
  postId: string | null;

  @Field(() => ID, { nullable: true, description: 'The file others used.' })
  fileId: string | null;

  @Field({ description: "The post's opening words, or the file's name." })
  title: string;
}

@ObjectType({
  description:
    'A topic someone is known for, derived from evidence others can check (accepted answers, liked replies, replies, files others used); only evidence the viewer may see counts.',
})
export class KnownForTopic {
  @Field({ description: 'The tag, or a word of the evidence.' })
  topic: string;

  @Field(() => String, { nullable: true, description: 'Set when the topic is a tag.' })
  tag: string | null;

  @Field(() => ExpertReason, { description: 'The strongest evidence on the topic.' })
  because: ExpertReason;

  @Field({
    description:
      'The reason in English, e.g. "Answered 4 questions about vpn, last in March 2026".',
  })
  reason: string;

  @Field(() => [KnownForEvidence], { description: 'Up to three pieces, strongest first.' })
  evidence: KnownForEvidence[];
}
