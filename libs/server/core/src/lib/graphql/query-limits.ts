import { ApolloServerPlugin } from '@apollo/server';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  ASTNode,
  DocumentNode,
  GraphQLError,
  ValidationContext,
  ValidationRule,
  visit,
} from 'graphql';
import { getComplexity, simpleEstimator, ComplexityEstimator } from 'graphql-query-complexity';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxCost: number;
}

/**
 * Limits every document must meet before anything runs, each linear in the document's size
 * (graphql-armor's rules visit every fragment once and reuse its figure at each further spread:
 * a document that doubles at every fragment is measured, not expanded).
 *
 * The token limit is not among these: it is graphql-js's own `maxTokens` parse option
 * (`parseOptions` in graphqlOptions), which stops the lexer at the limit. graphql-armor's
 * Apollo token plugin parses a second time and answers 500 on Apollo Server 5.
 */
export function queryLimitRules(limits: QueryLimits): ValidationRule[] {
  // armor's visitors throw by default (a 500 on Apollo); report to the context instead, which
  // Apollo answers with 400 GRAPHQL_VALIDATION_FAILED. The limit is exposed, not the measure.
  const report = (message: string) => ({
    exposeLimits: false,
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null) => context?.reportError(new GraphQLError(message)),
    ],
  });
  return [
    maxDepthRule({
      n: limits.maxDepth,
      flattenFragments: true,
      ...report(`Query is too deep: the limit is ${limits.maxDepth} levels.`),
    }),
    maxAliasesRule({
      n: limits.maxAliases,
      ...report(`Too many aliases: the limit is ${limits.maxAliases} per request.`),
    }),
    maxDirectivesRule({
      n: limits.maxDirectives,
      ...report(`Too many directives: the limit is ${limits.maxDirectives} per request.`),
    }),
    // The same measure as the cost plugin below (each field 1, a page field times its page
    // size), from the page sizes written in the document, with fragments expanded.
    costLimitRule({
      maxCost: limits.maxCost,
      objectCost: 1,
      scalarCost: 1,
      depthCostFactor: 1,
      flattenFragments: true,
      ...report(`Query is too expensive: the limit is a cost of ${limits.maxCost}.`),
    }),
  ];
}

/**
 * Paginated fields (those taking `first`) cost their children times the page size (default 20,
 * counted at most 100 since larger pages are refused by the resolver with a clear message).
 */
const connectionEstimator: ComplexityEstimator = ({ args, childComplexity, field }) => {
  if (!field.args.some((a) => a.name === 'first')) return undefined;
  const requested = typeof args.first === 'number' && args.first > 0 ? args.first : 20;
  return 1 + Math.min(requested, 100) * Math.max(childComplexity, 1);
};

/**
 * The variables a document's cost depends on: page sizes (`first`) and `@skip`/`@include`
 * conditions. Nothing else changes the estimate.
 */
export function costVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  const collect = (node: ASTNode) =>
    visit(node, { Variable: (variable) => void names.add(variable.name.value) });
  visit(document, {
    Argument(node) {
      if (node.name.value === 'first') collect(node.value);
    },
    Directive(node) {
      if (node.name.value === 'include' || node.name.value === 'skip') collect(node);
    },
  });
  return [...names].sort();
}

/** Costs kept per document and deciding variables; a document with many page sizes stops adding. */
const MAX_COSTS_PER_DOCUMENT = 64;

/**
 * Estimates query cost once variables are known (page sizes passed as variables) and refuses
 * expensive queries before execution. Only documents that passed queryLimitRules get here, so
 * the walk is bounded by the validated cost. Apollo keeps one parsed document per query text,
 * so the estimate is kept with it for each operation and set of deciding variables: the same
 * page of the same document is measured once, not on every request.
 */
export function costLimitPlugin(maxCost: number): ApolloServerPlugin {
  const deciding = new WeakMap<DocumentNode, string[]>();
  const known = new WeakMap<DocumentNode, Map<string, number>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          let names = deciding.get(document);
          if (!names) deciding.set(document, (names = costVariables(document)));
          const variables = request.variables ?? {};
          const key = JSON.stringify([
            request.operationName ?? null,
            ...names.map((n) => variables[n] ?? null),
          ]);
          let costs = known.get(document);
          if (!costs) known.set(document, (costs = new Map()));
          let cost = costs.get(key);
          if (cost === undefined) {
            cost = measure(schema, document, request.operationName, variables);
            if (costs.size < MAX_COSTS_PER_DOCUMENT) costs.set(key, cost);
          }
          if (cost > maxCost) {
            throw new GraphQLError(
              `Query is too expensive: estimated cost ${cost}, the limit is ${maxCost}.`,
              {
                extensions: { code: 'QUERY_TOO_COMPLEX', cost, maxCost, http: { status: 400 } },
              },
            );
          }
        },
      };
    },
  };
}

function measure(
  schema: Parameters<typeof getComplexity>[0]['schema'],
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
): number {
  try {
    return getComplexity({
      schema,
      query: document,
      operationName: operationName ?? undefined,
      variables,
      estimators: [connectionEstimator, simpleEstimator({ defaultComplexity: 1 })],
    });
  } catch (error) {
    // Variables that do not fit the schema: a user error, reported as such (and as an HTTP 400:
    // errors thrown from a plugin hook are a 500 unless they say otherwise).
    if (error instanceof GraphQLError)
      throw new GraphQLError(error.message, {
        extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
      });
    throw error;
  }
}
