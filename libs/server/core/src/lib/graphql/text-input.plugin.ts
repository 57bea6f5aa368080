import { ApolloServerPlugin } from '@apollo/server';
import { DocumentNode, GraphQLError, visit } from 'graphql';
import { BadUserInputError, FieldProblem } from '../errors/app-errors';
import { findNotText, isNotText, NOT_TEXT_MESSAGE } from '../errors/plain-text';

/**
 * Refuses NUL characters and unpaired surrogates in any string a request carries (variables and
 * string literals in the document) with BAD_USER_INPUT and the field paths, before execution:
 * stored, they were silently stripped or kept as broken text, and searched they were slow.
 */
export function textInputPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const problems = [
            ...findNotText(request.variables ?? {}),
            ...literalProblemsOf(document),
          ];
          if (!problems.length) return;
          const error = new BadUserInputError(problems.slice(0, 10));
          // Thrown from a plugin hook: say it is a 400, and keep the AppError for the formatter.
          throw new GraphQLError(error.message, {
            originalError: error,
            extensions: { code: error.code, http: { status: 400 } },
          });
        },
      };
    },
  };
}

/**
 * A document's literals never change, and Apollo hands every request with the same query the
 * same parsed document: each is visited once (a visit per request was 1 % of the API's CPU on
 * the feed), and forgotten with the document.
 */
const literalProblemsByDocument = new WeakMap<DocumentNode, readonly FieldProblem[]>();

function literalProblemsOf(document: DocumentNode): readonly FieldProblem[] {
  let problems = literalProblemsByDocument.get(document);
  if (!problems) literalProblemsByDocument.set(document, (problems = literalProblems(document)));
  return problems;
}

/** String literals written in the document, with the argument (and input field) path. */
function literalProblems(document: DocumentNode): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const path: string[] = [];
  visit(document, {
    Argument: { enter: (node) => void path.push(node.name.value), leave: () => void path.pop() },
    ObjectField: { enter: (node) => void path.push(node.name.value), leave: () => void path.pop() },
    StringValue(node) {
      if (isNotText(node.value)) problems.push({ path: [...path], message: NOT_TEXT_MESSAGE });
    },
  });
  return problems;
}
