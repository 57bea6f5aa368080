import { ArgsType, Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType, PageArgs } from '@outloud/server-core';
import { AuditActorType } from '../audit-entry';

registerEnumType(AuditActorType, { name: 'AuditActorType' });

@ObjectType({ description: 'One entry of the append-only audit log (admins only).' })
export class AuditEntry {
  @Field(() => ID)
  id: string;

  @Field()
  occurredAt: Date;

  @Field(() => AuditActorType)
  actorType: AuditActorType;

  @Field(() => ID, { nullable: true, description: 'The person or SCIM token that acted.' })
  actorId: string | null;

  @Field(() => String, { nullable: true, description: 'Handle or token name at the time.' })
  actorLabel: string | null;

  @Field({ description: '<domain>.<entity>.<pastVerb>, e.g. identity.user.roleChanged.' })
  action: string;

  @Field(() => String, { nullable: true })
  targetType: string | null;

  @Field(() => String, { nullable: true })
  targetId: string | null;

  @Field(() => String, { nullable: true, description: 'JSON of the state before, if any.' })
  before: string | null;

  @Field(() => String, { nullable: true, description: 'JSON of the state after or details.' })
  after: string | null;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => String, { nullable: true })
  requestId: string | null;

  @Field(() => String, { nullable: true })
  ipAddress: string | null;
}

@ObjectType()
export class AuditEntryConnection extends ConnectionType(AuditEntry) {}

@InputType()
export class AuditLogFilter {
  @Field(() => [String], { nullable: true, description: 'Exact action names.' })
  actions?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Action prefix, e.g. "identity.".' })
  actionPrefix?: string | null;

  @Field(() => ID, { nullable: true })
  actorId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The actor's handle (or token name) as recorded, case-insensitive.",
  })
  actorLabel?: string | null;

  @Field(() => String, { nullable: true })
  targetType?: string | null;

  @Field(() => String, { nullable: true })
  targetId?: string | null;

  @Field(() => Date, { nullable: true, description: 'From this time (inclusive).' })
  since?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Until this time (exclusive).' })
  until?: Date | null;
}

@ArgsType()
export class AuditLogArgs extends PageArgs {
  @Field(() => AuditLogFilter, { nullable: true })
  filter?: AuditLogFilter | null;
}
