import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import { DocumentNode, execute, GraphQLError, GraphQLSchema } from 'graphql';
import { CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';

type GatewayInterface = ApolloServerOptionsWithGateway<object>['gateway'];
type GatewayExecutor = NonNullable<Awaited<ReturnType<GatewayInterface['load']>>['executor']>;

/**
 * Executes each operation with graphql-jit: a document is compiled once into plain JavaScript
 * (per operation name) and every later request runs that, instead of graphql-js walking the
 * document for every field of every card.
 *
 * Apollo Server has no executor option; its only seam is the gateway interface, which hands it
 * an executor and the schema. Apollo still parses, validates (with the query limits), caches
 * documents and runs every plugin; only `execute` changes. Nest builds the schema and gives it to
 * `transformSchema` before Apollo starts.
 */
export function compiledExecution(): {
  transformSchema: (schema: GraphQLSchema) => GraphQLSchema;
  gateway: GatewayInterface;
} {
  let schema: GraphQLSchema | null = null;
  // Apollo's document store returns the same DocumentNode for the same query text, so a weak
  // map keyed by the document holds each compiled operation as long as Apollo keeps its document.
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery>>();

  const executor: GatewayExecutor = async (request) => {
    if (!schema) throw new Error('GraphQL schema not built yet');
    const { document, context } = request;
    const variables = request.request.variables ?? {};
    const operationName = request.operationName ?? undefined;
    let byName = compiled.get(document);
    if (!byName) compiled.set(document, (byName = new Map()));
    let query = byName.get(operationName ?? '');
    if (!query) {
      const result = compileQuery(schema, document, operationName);
      if (!isCompiledQuery(result)) return executeByGraphqlJs(schema, request);
      byName.set(operationName ?? '', (query = result));
    }
    const result = await query.query.call(query, undefined, context, variables);
    if (result.data === undefined) return executeByGraphqlJs(schema, request);
    return result.errors ? { ...result, errors: result.errors.map(asGraphqlError) } : result;
  };

  return {
    transformSchema: (built) => (schema = built),
    gateway: {
      onSchemaLoadOrUpdate(callback) {
        if (schema) callback({ apiSchema: schema, coreSupergraphSdl: '' });
        return () => undefined;
      },
      async load() {
        return { executor };
      },
      async stop() {
        return;
      },
    },
  };
}

/**
 * What fails before any resolver runs (an unknown operation name, variables that do not coerce)
 * is answered by graphql-js itself: its errors carry the nodes Apollo needs to answer
 * BAD_USER_INPUT with status 400, and nothing has run yet, so nothing runs twice.
 */
function executeByGraphqlJs(schema: GraphQLSchema, request: Parameters<GatewayExecutor>[0]) {
  return execute({
    schema,
    document: request.document,
    contextValue: request.context,
    variableValues: request.request.variables ?? {},
    operationName: request.operationName ?? undefined,
  });
}

/**
 * graphql-jit's errors inherit from graphql-js's but are built without `extensions`, which Apollo
 * reads before calling `formatError`: every error would become a bare "Internal server error".
 * Rebuilt as graphql-js builds them, with the same message, path, locations and original error.
 */
function asGraphqlError(error: GraphQLError): GraphQLError {
  const rebuilt = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions ?? undefined,
  });
  return Object.assign(rebuilt, { locations: error.locations });
}
