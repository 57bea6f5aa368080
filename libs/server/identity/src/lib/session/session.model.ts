import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A browser or device signed in as the viewer.' })
export class SessionInfo {
  @Field(() => ID)
  id: string;

  @Field(() => String, {
    nullable: true,
    description: 'The browser as it named itself when signing in (its User-Agent).',
  })
  userAgent: string | null;

  @Field({ description: 'When it signed in.' })
  createdAt: Date;

  @Field({ description: 'Last used, to within a few minutes.' })
  lastSeenAt: Date;

  @Field({ description: 'The session of this very request.' })
  current: boolean;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  currentPassword: string;

  @Field()
  newPassword: string;
}
