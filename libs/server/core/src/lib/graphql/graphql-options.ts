import { ApolloDriverConfig } from '@nestjs/apollo';
import type { Request, Response } from 'express';
import { Logger } from 'pino';
import { AppConfig } from '../config/app-config';
import { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ErrorCode } from '@outloud/contracts';
import { isDatabaseUnavailable } from '../database/database-unavailable';
import { requestIdOf } from '../http/request-context.middleware';
import { formatGraphqlError, internalErrorMessage, isExpectedGraphqlError } from './format-error';
import { compiledExecution } from './compiled-execution';
import { costLimitPlugin, queryLimitRules } from './query-limits';
import { textInputPlugin } from './text-input.plugin';

/** Set on `res.locals.graphql` when a GraphQL response is sent. */
export interface GraphqlOutcome {
  operationName: string | null;
  operationType: string | null;
  errorCodes: string[];
}

export interface GraphqlContext {
  req: Request;
  res: Response;
}

/**
 * Apollo settings shared by the API and tests: code-first schema, CSRF prevention, token, depth,
 * alias, directive and cost limits, no batching, no introspection or suggestions in production, safe errors.
 */
export function graphqlOptions(config: AppConfig, logger: Logger): ApolloDriverConfig {
  const production = config.isProduction;
  return {
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // Nest resets the status of any response with `data` to 200 after every plugin has run, which
    // would undo the 503 a database outage answers (requestIdPlugin). Our resolvers set no
    // `extensions.http`, so nothing else changes.
    preserveHttpStatusForExecutionErrors: false,
    introspection: !production,
    hideSchemaDetailsFromClientErrors: production,
    includeStacktraceInErrorResponses: false,
    playground: false,
    graphiql: !production,
    context: ({ req, res }: GraphqlContext) => ({ req, res }),
    // Linear limits before anything runs: tokens while parsing, then depth, aliases, directives
    // and cost at validation; at most 10 errors for any document.
    parseOptions: { maxTokens: config.get('GRAPHQL_MAX_TOKENS') },
    validationOptions: { maxErrors: 10 },
    validationRules: queryLimitRules({
      maxDepth: config.get('GRAPHQL_MAX_DEPTH'),
      maxAliases: config.get('GRAPHQL_MAX_ALIASES'),
      maxDirectives: config.get('GRAPHQL_MAX_DIRECTIVES'),
      maxCost: config.get('GRAPHQL_MAX_COST'),
    }),
    plugins: [
      costLimitPlugin(config.get('GRAPHQL_MAX_COST')),
      textInputPlugin(),
      requestIdPlugin(logger),
      // We send no cache hints; the default plugin wraps every field resolver to collect them.
      ApolloServerPluginCacheControlDisabled(),
    ],
    // Operations run as compiled JavaScript (graphql-jit), one compilation per document.
    ...compiledExecution(),
    // Logging and the request id happen in requestIdPlugin, which sees the request.
    formatError: (formatted, error) =>
      formatGraphqlError(formatted, error, { log: () => undefined }),
  } as ApolloDriverConfig;
}

/**
 * Logs unexpected errors with the request id and puts that id in what the client sees, so a
 * person quoting it can be matched to the server's log line.
 */
function requestIdPlugin(logger: Logger): ApolloServerPlugin<GraphqlContext> {
  return {
    async requestDidStart({ contextValue }) {
      const requestId = requestIdOf(contextValue.res);
      return {
        async didEncounterErrors({ errors }) {
          const unavailable = errors.find((e) => isDatabaseUnavailable(e.originalError ?? e));
          if (unavailable)
            logger.warn(
              { err: unavailable.originalError ?? unavailable, requestId },
              'Database unavailable: answered SERVICE_UNAVAILABLE',
            );
          for (const error of errors) {
            if (isExpectedGraphqlError(error)) continue;
            logger.error(
              { err: error.originalError ?? error, requestId },
              'Unhandled error in GraphQL operation',
            );
          }
        },
        async willSendResponse({ response, operationName, operation }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors ?? [];
          // What the operation was and how it ended, for observers of the HTTP response (metrics).
          contextValue.res.locals.graphql = {
            operationName: operationName ?? null,
            operationType: operation?.operation ?? null,
            errorCodes: errors.map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR')),
          } satisfies GraphqlOutcome;
          // A retryable outage: 503 with Retry-After, for clients and load balancers alike.
          const unavailable = errors.find(
            (e) => e.extensions?.code === ErrorCode.ServiceUnavailable,
          );
          if (unavailable) {
            response.http.status = 503;
            response.http.headers.set(
              'retry-after',
              String(unavailable.extensions?.retryAfterSeconds ?? 5),
            );
          }
          for (const error of errors) {
            if (error.extensions?.code !== ErrorCode.Internal) continue;
            (error as { message: string }).message = internalErrorMessage(requestId);
            error.extensions.requestId = requestId;
          }
        },
      };
    },
  };
}
