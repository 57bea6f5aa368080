import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ModerationState, ModerationTargetType, ReportReason } from '@outloud/contracts';
import { ConnectionType, PageArgs } from '@outloud/server-core';

registerEnumType(ReportReason, {
  name: 'ReportReason',
  description: 'Why someone reports content.',
});
registerEnumType(ModerationTargetType, {
  name: 'ModerationTargetType',
  description: 'What can be reported and hidden.',
});
registerEnumType(ModerationState, {
  name: 'ModerationState',
  description:
    'VISIBLE (perhaps reported), HELD (hidden by reports pending review), HIDDEN (by a moderator), DELETED.',
});

@InputType()
export class ReportContentInput {
  @Field(() => ModerationTargetType)
  targetType: ModerationTargetType;

  @Field(() => ID)
  targetId: string;

  @Field(() => ReportReason)
  reason: ReportReason;

  @Field(() => String, {
    nullable: true,
    description: 'At most 1,000 characters; required when the reason is OTHER.',
  })
  note?: string | null;
}

@ObjectType({
  description:
    "The viewer's open report: thanks, moderators will look at it (reporting again updates it).",
})
export class ContentReport {
  @Field(() => ID)
  id: string;

  @Field(() => ReportReason)
  reason: ReportReason;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field({ description: 'False when an earlier open report of the viewer was updated.' })
  created: boolean;
}

@ObjectType()
export class ReportReasonCount {
  @Field(() => ReportReason)
  reason: ReportReason;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: "A reporter's note (reporters stay anonymous to the author)." })
export class ReportNote {
  @Field(() => ReportReason)
  reason: ReportReason;

  @Field()
  note: string;

  @Field()
  createdAt: Date;
}

@ObjectType({ description: "How often the author's content was hidden before." })
export class ModerationAuthorHistory {
  @Field(() => Int, { description: 'Items ever hidden (by a moderator, or held by reports).' })
  everHidden: number;

  @Field(() => Int, { description: 'Of those, hidden or deleted now.' })
  stillHidden: number;

  @Field(() => Int)
  deleted: number;
}

@ObjectType({
  description:
    'A reported or hidden piece of content, as moderators review it (one row per item, however many reports).',
})
export class ModerationItem {
  @Field(() => ID)
  id: string;

  @Field(() => ModerationTargetType)
  targetType: ModerationTargetType;

  @Field(() => ID)
  targetId: string;

  @Field(() => ModerationState)
  state: ModerationState;

  @Field(() => String, {
    nullable: true,
    description: "The moderator's reason, told to the author.",
  })
  hiddenReason: string | null;

  @Field(() => Date, { nullable: true })
  hiddenAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Waiting in the review queue since.' })
  queuedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the author asked for a review.' })
  reviewRequestedAt: Date | null;

  @Field(() => String, { nullable: true, description: "The author's note with the request." })
  reviewNote: string | null;

  authorId: string;
  postId: string | null;
  fileId: string | null;
}

@ObjectType()
export class ModerationItemConnection extends ConnectionType(ModerationItem) {}

@ArgsType()
export class ModerationQueueArgs extends PageArgs {}

@ObjectType({
  description:
    'Where hidden content stands, for its author and its moderators: why it is hidden and whether a review was asked for.',
})
export class ContentModeration {
  @Field(() => ID)
  itemId: string;

  @Field(() => ModerationState)
  state: ModerationState;

  @Field(() => String, { nullable: true, description: "The moderator's reason." })
  reason: string | null;

  @Field({ description: 'Hidden by reports, pending review, rather than by a moderator.' })
  automatic: boolean;

  @Field(() => Date, { nullable: true })
  hiddenAt: Date | null;

  @Field(() => Date, { nullable: true })
  reviewRequestedAt: Date | null;
}
