import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { User } from '@outloud/identity';
import { ConnectionType, PageArgs } from '@outloud/server-core';

export enum CommunityTypeEnum {
  OPEN = 'open',
  MODERATED = 'moderated',
  RESTRICTED = 'restricted',
}
registerEnumType(CommunityTypeEnum, {
  name: 'CommunityType',
  valuesMap: {
    OPEN: { description: 'Anyone sees it and joins.' },
    MODERATED: {
      description: 'Anyone sees it; joining needs an owner’s approval; only members post.',
    },
    RESTRICTED: { description: 'Invisible to non-members; join by invitation.' },
  },
});

export enum MembershipRole {
  MEMBER = 'member',
  OWNER = 'owner',
}
registerEnumType(MembershipRole, { name: 'MembershipRole' });

export enum MembershipState {
  MEMBER = 'member',
  REQUESTED = 'requested',
  INVITED = 'invited',
}
registerEnumType(MembershipState, { name: 'MembershipState' });

export enum CommunitySort {
  ACTIVITY = 'ACTIVITY',
  MEMBERS = 'MEMBERS',
  NAME = 'NAME',
}
registerEnumType(CommunitySort, { name: 'CommunitySort' });

@ObjectType()
export class CommunityMembership {
  @Field(() => MembershipRole)
  role: MembershipRole;

  @Field(() => MembershipState)
  state: MembershipState;
}

@ObjectType({ description: 'A community board.' })
export class Community {
  @Field(() => ID)
  id: string;

  @Field()
  slug: string;

  @Field()
  name: string;

  @Field()
  description: string;

  @Field(() => [String])
  tags: string[];

  @Field(() => CommunityTypeEnum)
  type: CommunityTypeEnum;

  @Field(() => Int)
  memberCount: number;

  @Field()
  lastActivityAt: Date;

  @Field({ description: 'No post in the last 60 days.' })
  isDormant: boolean;

  @Field()
  createdAt: Date;

  @Field(() => String, { nullable: true })
  imageUrl: string | null;
}

@ObjectType()
export class CommunityMember {
  @Field(() => User)
  user: User;

  @Field(() => MembershipRole)
  role: MembershipRole;

  @Field(() => MembershipState)
  state: MembershipState;

  @Field()
  since: Date;

  userId: string;
}

@ObjectType()
export class CommunityConnection extends ConnectionType(Community) {}

@ObjectType()
export class CommunityMemberConnection extends ConnectionType(CommunityMember) {}

@InputType()
export class CreateCommunityInput {
  @Field()
  name: string;

  @Field({ description: 'Lower-case address, e.g. "finance-leads".' })
  slug: string;

  @Field({ nullable: true })
  description?: string;

  @Field(() => [String], { nullable: true })
  tags?: string[];

  @Field(() => CommunityTypeEnum, { nullable: true, defaultValue: CommunityTypeEnum.OPEN })
  type?: CommunityTypeEnum;

  @Field(() => String, {
    nullable: true,
    description: 'data: URL of a PNG, JPEG, GIF or WebP image, at most 256 KB.',
  })
  imageDataUrl?: string | null;
}

@InputType()
export class UpdateCommunityInput {
  @Field({ nullable: true })
  name?: string;

  @Field({ nullable: true })
  description?: string;

  @Field(() => [String], { nullable: true })
  tags?: string[];

  @Field(() => CommunityTypeEnum, { nullable: true })
  type?: CommunityTypeEnum;

  @Field(() => String, { nullable: true })
  imageDataUrl?: string | null;

  @Field(() => Boolean, { nullable: true })
  removeImage?: boolean | null;
}

@ArgsType()
export class CommunitiesArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Part of a name, or a tag.' })
  query?: string | null;

  @Field(() => String, { nullable: true })
  tag?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only communities the viewer is a member of.',
  })
  mine?: boolean | null;

  @Field(() => CommunitySort, { nullable: true, defaultValue: CommunitySort.ACTIVITY })
  sort?: CommunitySort;
}
