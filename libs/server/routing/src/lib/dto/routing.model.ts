import { Field, Float, InputType, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'How unanswered questions are offered to people who could answer.' })
export class RoutingSettings {
  @Field()
  enabled: boolean;

  @Field(() => Int, {
    description: 'Working hours without a reply from someone else before each round (1–40).',
  })
  delayWorkingHours: number;

  @Field(() => Int, {
    description: 'Routed questions one person is offered per day, at most (1–20).',
  })
  dailyCap: number;

  @Field(() => Int, { description: 'People a question is offered to per round (1–10).' })
  peoplePerRound: number;

  @Field(() => Int, { description: 'Local hour the working day starts (0–23).' })
  workdayStartHour: number;

  @Field(() => Int, { description: 'Local hour the working day ends (1–24).' })
  workdayEndHour: number;

  @Field(() => [Int], { description: 'Working days, ISO: 1 = Monday … 7 = Sunday.' })
  workingDays: number[];

  @Field({ description: 'The organisation’s time zone the hours are counted in.' })
  timeZone: string;
}

@InputType({ description: 'A change to routing; omitted fields stay as they are.' })
export class RoutingSettingsInput {
  @Field({ nullable: true })
  enabled?: boolean;

  @Field(() => Int, { nullable: true })
  delayWorkingHours?: number;

  @Field(() => Int, { nullable: true })
  dailyCap?: number;

  @Field(() => Int, { nullable: true })
  peoplePerRound?: number;

  @Field(() => Int, { nullable: true })
  workdayStartHour?: number;

  @Field(() => Int, { nullable: true })
  workdayEndHour?: number;

  @Field(() => [Int], { nullable: true })
  workingDays?: number[];
}

@ObjectType({ description: 'Questions asked in a period, routed or not: how many got an answer.' })
export class RoutingOutcome {
  @Field({ description: 'Offered to at least one person by routing.' })
  routed: boolean;

  @Field(() => Int)
  questions: number;

  @Field(() => Int, { description: 'Replied to by someone other than the asker.' })
  answered: number;

  @Field(() => Float, { nullable: true, description: 'Median hours to the first such reply.' })
  medianHoursToFirstAnswer: number | null;

  @Field(() => Int, {
    description:
      'Questions that mention someone the suggestions named for them when they were asked.',
  })
  mentionedSuggested: number;
}
