import { ErrorCode } from '@outloud/contracts';

export interface FieldProblem {
  /** Path of the offending input field, e.g. ["input", "handle"]. */
  path: (string | number)[];
  message: string;
}

/**
 * Errors the product means to show people. Anything else that escapes a resolver is reported
 * as a generic INTERNAL_SERVER_ERROR with the request id (details stay in the server log).
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class BadUserInputError extends AppError {
  constructor(readonly problems: FieldProblem[]) {
    super(ErrorCode.BadUserInput, problems.map((p) => p.message).join(' '), {
      fields: problems.map((p) => ({ path: p.path.join('.'), message: p.message })),
    });
  }

  static field(path: (string | number)[], message: string): BadUserInputError {
    return new BadUserInputError([{ path, message }]);
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'Please log in.') {
    super(ErrorCode.Unauthenticated, message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'You are not allowed to do that.') {
    super(ErrorCode.Forbidden, message);
  }
}

/** Also used for things that exist but the viewer may not see: the two must look the same. */
export class NotFoundError extends AppError {
  constructor(what = 'That') {
    super(ErrorCode.NotFound, `${what} was not found.`);
  }
}

export class RateLimitedError extends AppError {
  constructor(
    readonly retryAfterSeconds: number,
    message = 'Too many attempts. Please wait and try again.',
    details: Record<string, unknown> = {},
  ) {
    super(ErrorCode.RateLimited, message, { ...details, retryAfterSeconds });
  }
}

/** The database (or another service we need) did not answer in time; try again shortly. */
export class ServiceUnavailableError extends AppError {
  constructor(
    retryAfterSeconds = 5,
    message = 'Outloud cannot reach its database right now. Please try again in a few seconds.',
  ) {
    super(ErrorCode.ServiceUnavailable, message, { retryAfterSeconds });
  }
}

export class ConflictError extends AppError {
  constructor(message: string, path?: (string | number)[]) {
    super(ErrorCode.Conflict, message, path ? { fields: [{ path: path.join('.'), message }] } : {});
  }
}
