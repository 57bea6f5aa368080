import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { ANALYTICS_RESOLVERS } from '@outloud/analytics';
import { API_TOKEN_RESOLVERS } from '@outloud/api-tokens';
import { AUDIT_RESOLVERS } from '@outloud/audit';
import { BOOKMARK_RESOLVERS } from '@outloud/bookmarks';
import { COMMUNITY_RESOLVERS } from '@outloud/communities';
import { EXPERTISE_RESOLVERS } from '@outloud/expertise';
import { ROUTING_RESOLVERS } from '@outloud/routing';
import { FILE_RESOLVERS } from '@outloud/files';
import { IDENTITY_RESOLVERS } from '@outloud/identity';
import { MODERATION_RESOLVERS } from '@outloud/moderation';
import { NOTIFICATION_RESOLVERS } from '@outloud/notifications';
import { POLICY_RESOLVERS } from '@outloud/policy';
import { SCIM_RESOLVERS } from '@outloud/scim';
import { SEARCH_RESOLVERS } from '@outloud/search';
import { SSO_RESOLVERS } from '@outloud/sso';
import { STREAM_RESOLVERS } from '@outloud/stream';
import { lexicographicSortSchema, printSchema } from 'graphql';

/** Every resolver class of every domain: the schema is generated from these. */
export const ALL_RESOLVERS = [
  ...IDENTITY_RESOLVERS,
  ...COMMUNITY_RESOLVERS,
  ...STREAM_RESOLVERS,
  ...SEARCH_RESOLVERS,
  ...NOTIFICATION_RESOLVERS,
  ...FILE_RESOLVERS,
  ...BOOKMARK_RESOLVERS,
  ...ANALYTICS_RESOLVERS,
  ...AUDIT_RESOLVERS,
  ...SSO_RESOLVERS,
  ...SCIM_RESOLVERS,
  ...API_TOKEN_RESOLVERS,
  ...POLICY_RESOLVERS,
  ...MODERATION_RESOLVERS,
  ...EXPERTISE_RESOLVERS,
  ...ROUTING_RESOLVERS,
];

/** The GraphQL schema as SDL, generated from the code without a database. */
export async function buildSchemaSdl(): Promise<string> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  try {
    await app.init();
    const schema = await app.get(GraphQLSchemaFactory).create(ALL_RESOLVERS);
    const header =
      '# Generated from the code by `npm run schema`. Do not edit; the web client reads it.\n\n';
    return header + printSchema(lexicographicSortSchema(schema)) + '\n';
  } finally {
    await app.close();
  }
}
