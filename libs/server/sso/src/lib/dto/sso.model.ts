import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Single sign-on as the log-in page offers it.' })
export class SsoSignIn {
  @Field({ description: 'Shown as "Sign in with <providerName>".' })
  providerName: string;

  @Field({ description: 'Where the button goes (append ?returnTo=/path).' })
  loginUrl: string;

  @Field({ description: 'False while the provider cannot be used (see problem).' })
  available: boolean;

  @Field(() => String, { nullable: true, description: 'Why it is unavailable, in one line.' })
  problem: string | null;
}

@ObjectType()
export class LogOutResult {
  @Field(() => String, {
    nullable: true,
    description: "The provider's end-session URL to open next (single logout), if any.",
  })
  providerLogoutUrl: string | null;
}
