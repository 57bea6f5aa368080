import { ApolloDriverConfig } from '@nestjs/apollo';
import type { Request, Response } from 'express';
import { Logger } from 'pino';
import { AppConfig } from '../config/app-config';
import { currentRequestId } from '../http/request-context.middleware';
import { formatGraphqlError } from './format-error';
import { aliasLimitRule, costLimitPlugin, depthLimitRule } from './query-limits';

export interface GraphqlContext {
  req: Request;
  res: Response;
}

/**
 * Apollo settings shared by the API and tests: code-first schema, CSRF prevention, depth, alias
 * and cost limits, no batching, no introspection or suggestions in production, safe errors.
 */
export function graphqlOptions(config: AppConfig, logger: Logger): ApolloDriverConfig {
  const production = config.isProduction;
  return {
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    introspection: !production,
    hideSchemaDetailsFromClientErrors: production,
    includeStacktraceInErrorResponses: false,
    playground: false,
    graphiql: !production,
    context: ({ req, res }: GraphqlContext) => ({ req, res }),
    validationRules: [
      depthLimitRule(config.get('GRAPHQL_MAX_DEPTH')),
      aliasLimitRule(config.get('GRAPHQL_MAX_ALIASES')),
    ],
    plugins: [costLimitPlugin(config.get('GRAPHQL_MAX_COST'))],
    formatError: (formatted, error) =>
      formatGraphqlError(formatted, error, {
        requestId: currentRequestId(),
        log: (e) =>
          logger.error(
            { err: e, requestId: currentRequestId() },
            'Unhandled error in GraphQL operation',
          ),
      }),
  } as ApolloDriverConfig;
}
