import { ApolloServerPlugin } from '@apollo/server';
import {
  ASTVisitor,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLError,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  ValidationContext,
} from 'graphql';
import { getComplexity, simpleEstimator, ComplexityEstimator } from 'graphql-query-complexity';

/** Rejects documents deeper than `maxDepth` (fragments followed, cycles cut), before any resolver. */
export function depthLimitRule(maxDepth: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) {
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    }
    const depthOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
      if (!set) return 0;
      let max = 0;
      for (const sel of set.selections) {
        if (sel.kind === Kind.FIELD) {
          if (sel.name.value.startsWith('__')) continue;
          max = Math.max(max, sel.selectionSet ? 1 + depthOf(sel.selectionSet, seen) : 1);
        } else if (sel.kind === Kind.INLINE_FRAGMENT) {
          max = Math.max(max, depthOf(sel.selectionSet, seen));
        } else {
          const name = sel.name.value;
          if (seen.has(name)) continue;
          max = Math.max(max, depthOf(fragments.get(name)?.selectionSet, new Set([...seen, name])));
        }
        if (max > maxDepth) return max;
      }
      return max;
    };
    return {
      OperationDefinition(node: OperationDefinitionNode) {
        const depth = depthOf(node.selectionSet, new Set());
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(`Query is too deep: ${depth} levels, the limit is ${maxDepth}.`, {
              nodes: [node],
            }),
          );
        }
      },
    };
  };
}

/** Rejects documents with more than `maxAliases` aliases (alias batching of log-ins, etc.). */
export function aliasLimitRule(maxAliases: number) {
  return (context: ValidationContext): ASTVisitor => {
    let count = 0;
    let reported = false;
    return {
      Field(node: FieldNode) {
        if (!node.alias) return;
        count += 1;
        if (count > maxAliases && !reported) {
          reported = true;
          context.reportError(
            new GraphQLError(`Too many aliases: the limit is ${maxAliases} per request.`, {
              nodes: [node],
            }),
          );
        }
      },
    };
  };
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

/** Estimates query cost once variables are known and refuses expensive queries before execution. */
export function costLimitPlugin(maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              operationName: request.operationName ?? undefined,
              variables: request.variables ?? {},
              estimators: [connectionEstimator, simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch (error) {
            // Variables that do not fit the schema: a user error, reported as such (and as an HTTP
            // 400: errors thrown from a plugin hook are a 500 unless they say otherwise).
            if (error instanceof GraphQLError)
              throw new GraphQLError(error.message, {
                extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
              });
            throw error;
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
