import { Field, Float, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum PolicyDiffKind {
  ADDED = 'added',
  REMOVED = 'removed',
  UNCHANGED = 'unchanged',
}
registerEnumType(PolicyDiffKind, { name: 'PolicyDiffKind' });

@ObjectType({ description: 'One line of a version compared with the version before it.' })
export class PolicyDiffLine {
  @Field(() => PolicyDiffKind)
  kind: PolicyDiffKind;

  @Field()
  text: string;
}

@ObjectType({
  description: 'A version of the one-page content policy (never edited; saving makes a new one).',
})
export class ContentPolicyVersion {
  @Field(() => Int)
  version: number;

  @Field({ description: 'As the admin wrote it (Markdown).' })
  markdown: string;

  @Field({ description: 'Rendered and sanitised.' })
  html: string;

  @Field({ description: 'What changed, in the admin’s words.' })
  changeNote: string;

  @Field()
  publishedAt: Date;

  publishedBy: string | null;
}

@ObjectType({ description: 'The current content policy and where the viewer stands with it.' })
export class ContentPolicyStatus {
  @Field(() => ContentPolicyVersion, {
    nullable: true,
    description: 'Null until an admin publishes a policy.',
  })
  current: ContentPolicyVersion | null;

  @Field(() => Int, { nullable: true, description: 'The newest version the viewer accepted.' })
  viewerAcknowledgedVersion: number | null;

  @Field({
    description:
      'The viewer must accept the current version before posting, replying, uploading or creating a community.',
  })
  mustAcknowledge: boolean;
}

@ObjectType()
export class DepartmentAcknowledgement {
  @Field(() => String, { nullable: true, description: 'Null: people who gave no department.' })
  department: string | null;

  @Field(() => Int)
  people: number;

  @Field(() => Int)
  acknowledged: number;
}

@ObjectType({
  description: 'How many active people accepted a version, overall and per department.',
})
export class PolicyAcknowledgementStats {
  @Field(() => Int)
  version: number;

  @Field(() => Int)
  people: number;

  @Field(() => Int)
  acknowledged: number;

  @Field(() => Float, { description: 'acknowledged / people (0 when nobody is active).' })
  share: number;

  @Field(() => [DepartmentAcknowledgement])
  byDepartment: DepartmentAcknowledgement[];
}

@InputType()
export class PublishContentPolicyInput {
  @Field({ description: 'The whole policy in Markdown (at most 20,000 characters).' })
  markdown: string;

  @Field(() => String, { nullable: true, description: 'What changed (at most 500 characters).' })
  changeNote?: string | null;
}
