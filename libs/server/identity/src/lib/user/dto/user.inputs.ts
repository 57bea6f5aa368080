import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { UserRole, UserStatus } from '@outloud/contracts';
import { PageArgs } from '@outloud/server-core';

// Inputs are plain shapes; validation happens in the services with zod (one place, field paths).

@InputType()
export class SignUpInput {
  @Field()
  handle: string;

  @Field()
  displayName: string;

  @Field()
  email: string;

  @Field()
  password: string;
}

@InputType()
export class LogInInput {
  @Field({ description: 'Handle or e-mail.' })
  login: string;

  @Field()
  password: string;
}

@InputType()
export class UpdateProfileInput {
  @Field({ nullable: true })
  displayName?: string;

  @Field(() => String, { nullable: true })
  jobTitle?: string | null;

  @Field(() => String, { nullable: true })
  department?: string | null;

  @Field(() => String, { nullable: true })
  location?: string | null;

  @Field(() => String, { nullable: true })
  bio?: string | null;

  @Field(() => [String], { nullable: true })
  expertise?: string[];

  @Field(() => String, {
    nullable: true,
    description: 'data: URL of a PNG, JPEG, GIF or WebP image, at most 256 KB.',
  })
  avatarDataUrl?: string | null;

  @Field(() => Boolean, { nullable: true })
  removeAvatar?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'Interface language (BCP 47, e.g. "sv"); null: the browser decides.',
  })
  locale?: string | null;
}

@ArgsType()
export class UsersArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Prefix of a handle, a name, or a word of a name.',
  })
  query?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Include deactivated accounts (former colleagues).',
  })
  includeFormer?: boolean | null;
}

@InputType({ description: 'Filters of the people administration; all given must hold.' })
export class PeopleFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Prefix of a handle, a name, or a word of a name.',
  })
  query?: string | null;

  @Field(() => String, { nullable: true, description: 'Exactly this department (any case).' })
  department?: string | null;

  @Field(() => UserRole, { nullable: true })
  role?: UserRole | null;

  @Field(() => UserStatus, { nullable: true })
  status?: UserStatus | null;
}

@ArgsType()
export class PeopleArgs extends PageArgs {
  @Field(() => PeopleFilter, { nullable: true })
  filter?: PeopleFilter | null;
}
