import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A bearer token for the HR directory’s SCIM provisioning client.' })
export class ScimToken {
  @Field(() => ID)
  id: string;

  @Field({ description: 'What it is for, e.g. "Entra ID provisioning".' })
  name: string;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'Last call with it (to the minute).' })
  lastUsedAt: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;
}

@ObjectType({ description: 'A new SCIM token: the secret is shown this once and never again.' })
export class CreatedScimToken {
  @Field({ description: 'The bearer token to paste into the provisioning client.' })
  token: string;

  @Field(() => ScimToken)
  scimToken: ScimToken;
}
