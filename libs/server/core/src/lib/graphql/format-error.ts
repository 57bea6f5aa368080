import { ErrorCode } from '@outloud/contracts';
import { GraphQLFormattedError } from 'graphql';
import { isDatabaseUnavailable } from '../database/database-unavailable';
import { AppError, ServiceUnavailableError } from '../errors/app-errors';

/** Codes produced by GraphQL itself or Apollo that are safe to show as they are. */
const PASS_THROUGH = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  'QUERY_TOO_COMPLEX',
]);

/**
 * Turns any error into what clients may see: AppErrors keep their code, message and details;
 * GraphQL validation errors pass; everything else becomes a generic message with the request
 * id, logged in full on the server. Never a stack trace, SQL or table name.
 */
export function formatGraphqlError(
  formatted: GraphQLFormattedError,
  original: unknown,
  context: { requestId?: string; log: (error: unknown) => void },
): GraphQLFormattedError {
  const cause = unwrap(original);
  const base = { message: formatted.message, path: formatted.path, locations: formatted.locations };
  if (isDatabaseUnavailable(cause)) {
    const unavailable = new ServiceUnavailableError();
    return {
      ...base,
      message: unavailable.message,
      extensions: { code: unavailable.code, ...unavailable.details },
    };
  }
  if (cause instanceof AppError) {
    return { ...base, message: cause.message, extensions: { code: cause.code, ...cause.details } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PASS_THROUGH.has(code)) {
    return { ...base, extensions: { code } };
  }
  context.log(cause);
  return {
    message: internalErrorMessage(context.requestId),
    path: formatted.path,
    extensions: { code: ErrorCode.Internal, requestId: context.requestId },
  };
}

/** What a client sees of an unexpected error: an apology and the id to quote. */
export function internalErrorMessage(requestId: string | undefined): string {
  return `Something went wrong on our side. Please try again; if it keeps happening, quote request id ${requestId ?? 'unknown'}.`;
}

/** True for errors shown to clients as they are; the others are logged and hidden. */
export function isExpectedGraphqlError(error: {
  originalError?: unknown;
  extensions?: Record<string, unknown>;
}): boolean {
  const cause = unwrap(error);
  if (cause instanceof AppError || isDatabaseUnavailable(cause)) return true;
  const code = error.extensions?.code;
  return typeof code === 'string' && PASS_THROUGH.has(code);
}

function unwrap(error: unknown): unknown {
  let current = error;
  for (let i = 0; i < 5; i++) {
    const next = (current as { originalError?: unknown })?.originalError;
    if (!next) break;
    current = next;
  }
  return current;
}
