import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum ApiTokenScopeEnum {
  READ = 'read',
  WRITE = 'write',
  ADMIN = 'admin',
}
registerEnumType(ApiTokenScopeEnum, {
  name: 'ApiTokenScope',
  description: 'READ: queries; WRITE: mutations too; ADMIN: admin queries and mutations (admins).',
});

@ObjectType({ description: 'A personal API token for scripts (the secret is never shown again).' })
export class ApiToken {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => [ApiTokenScopeEnum])
  scopes: ApiTokenScopeEnum[];

  @Field()
  createdAt: Date;

  @Field()
  expiresAt: Date;

  @Field(() => Date, { nullable: true, description: 'Last use, to the minute.' })
  lastUsedAt: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;
}

@ObjectType({ description: 'A new API token: the secret is shown this once.' })
export class CreatedApiToken {
  @Field({ description: 'Send it as `Authorization: Bearer <token>` to /graphql.' })
  token: string;

  @Field(() => ApiToken)
  apiToken: ApiToken;
}

@InputType()
export class CreateApiTokenInput {
  @Field({ description: 'What it is for, 1 to 100 characters.' })
  name: string;

  @Field(() => [ApiTokenScopeEnum])
  scopes: ApiTokenScopeEnum[];

  @Field(() => Int, { description: 'Days until it expires, 1 to 365.' })
  expiresInDays: number;
}
