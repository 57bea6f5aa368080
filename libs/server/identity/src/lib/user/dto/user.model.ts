import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { UserRole, UserStatus } from '@outloud/contracts';
import { ConnectionType } from '@outloud/server-core';

registerEnumType(UserRole, { name: 'UserRole' });
registerEnumType(UserStatus, { name: 'UserStatus' });

@ObjectType()
export class ProfileCompleteness {
  @Field(() => Int, { description: '0-100' })
  percent: number;

  @Field(() => [String], {
    description: 'Items still missing: photo, bio, expertise, jobTitle, department, location.',
  })
  missing: string[];
}

@ObjectType({ description: 'A person in the organisation.' })
export class User {
  @Field(() => ID)
  id: string;

  @Field()
  handle: string;

  @Field()
  displayName: string;

  @Field(() => String, { nullable: true })
  jobTitle: string | null;

  @Field(() => String, { nullable: true })
  department: string | null;

  @Field(() => String, { nullable: true })
  location: string | null;

  @Field(() => String, { nullable: true })
  bio: string | null;

  @Field(() => [String])
  expertise: string[];

  @Field(() => String, {
    nullable: true,
    description: 'Preferred language (BCP 47) from the directory; null: the browser decides.',
  })
  locale: string | null;

  @Field(() => UserRole)
  role: UserRole;

  @Field(() => UserStatus)
  status: UserStatus;

  @Field({
    description:
      'True when the account is deactivated: their content stays, shown as a former colleague.',
  })
  isFormerColleague: boolean;

  @Field()
  createdAt: Date;

  /** Not GraphQL fields: the resolver decides who may see e-mail and last activity. */
  emailAddress: string;
  lastActive: Date | null;
  avatarSha256: string | null;
  /** Hidden by moderation, when the loader read it; undefined: asked once per request. */
  profileHidden?: boolean;
}

@ObjectType()
export class UserConnection extends ConnectionType(User) {}

@ObjectType()
export class InstanceSettings {
  @Field()
  openSignUp: boolean;

  @Field({
    description: 'False when people sign in only through the identity provider (PASSWORD_LOGIN).',
  })
  passwordLogin: boolean;

  @Field({
    description:
      'The organisation’s IANA time zone: analytics read hours and weekdays in it. Default UTC.',
  })
  timeZone: string;
}

@ObjectType()
export class AuthPayload {
  @Field(() => User)
  viewer: User;
}
