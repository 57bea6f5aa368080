import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ModerationOutcome, ModerationTargetType, NotificationType } from '@outloud/contracts';
import { ConnectionType } from '@outloud/server-core';

registerEnumType(ModerationOutcome, {
  name: 'ModerationOutcome',
  description: 'What was decided about reported or hidden content.',
});

registerEnumType(NotificationType, {
  name: 'NotificationType',
  description: 'Why someone was notified.',
});

@ObjectType()
export class NotificationActor {
  @Field(() => ID)
  id: string;

  @Field()
  handle: string;

  @Field()
  displayName: string;
}

@ObjectType({
  description:
    "A moderation decision about the viewer's own content or report (the reason only to the author).",
})
export class NotificationModeration {
  @Field(() => ID)
  itemId: string;

  @Field(() => ModerationTargetType)
  targetType: ModerationTargetType;

  @Field(() => ID)
  targetId: string;

  @Field(() => ID, { nullable: true, description: 'The thread to link to.' })
  postId: string | null;

  @Field(() => ID, { nullable: true, description: 'The file to link to.' })
  fileId: string | null;

  @Field(() => ModerationOutcome)
  outcome: ModerationOutcome;

  @Field(() => String, { nullable: true, description: "The moderator's reason (authors only)." })
  reason: string | null;

  @Field({ description: 'Hidden by reports pending review, not by a moderator.' })
  automatic: boolean;
}

@ObjectType({ description: 'Something that happened for the viewer. Ids increase over time.' })
export class Notification {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationType)
  type: NotificationType;

  @Field()
  createdAt: Date;

  @Field()
  read: boolean;

  @Field(() => ID, { nullable: true })
  postId: string | null;

  @Field(() => ID, { nullable: true })
  replyId: string | null;

  @Field(() => String, { nullable: true, description: 'Plain-text start of the post.' })
  excerpt: string | null;

  @Field(() => [NotificationActor], { description: 'The most recent actors (at most 3).' })
  actors: NotificationActor[];

  @Field(() => Int, { description: 'Everyone who acted ("Ana and 4 others" = 5).' })
  actorCount: number;

  @Field(() => NotificationModeration, { nullable: true })
  moderation: NotificationModeration | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'QUESTIONS_TO_ANSWER: how many questions the day’s card offers (the newest is postId).',
  })
  questionCount: number | null;
}

@ObjectType()
export class NotificationConnection extends ConnectionType(Notification) {}

@ObjectType()
export class NotificationPreference {
  @Field(() => NotificationType)
  type: NotificationType;

  @Field()
  enabled: boolean;
}

@ObjectType({ description: "The viewer's daily e-mail digest of unread mentions and answers." })
export class EmailDigestSettings {
  @Field({ description: 'Opted in (off by default).' })
  enabled: boolean;

  @Field({ description: 'This server can send e-mail (SMTP is configured).' })
  available: boolean;
}
