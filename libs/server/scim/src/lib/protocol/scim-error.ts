import { ArgumentsHost, Catch, ExceptionFilter, HttpException } from '@nestjs/common';
import { AppError, isDatabaseUnavailable } from '@outloud/server-core';
import { ErrorCode } from '@outloud/contracts';
import type { Response } from 'express';
import { SCIM_CONTENT_TYPE, SCIM_ERROR } from './scim-schemas';

/** RFC 7644 §3.12 `scimType` values this service answers with. */
export type ScimType =
  | 'invalidFilter'
  | 'invalidSyntax'
  | 'invalidPath'
  | 'invalidValue'
  | 'uniqueness'
  | 'mutability'
  | 'noTarget'
  | 'tooMany';

/** A refusal in SCIM terms: HTTP status, optional scimType and a one-line detail. */
export class ScimError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly scimType?: ScimType,
  ) {
    super(detail);
  }

  static badRequest(scimType: ScimType, detail: string): ScimError {
    return new ScimError(400, detail, scimType);
  }
}

const APP_STATUS: Record<string, number> = {
  [ErrorCode.BadUserInput]: 400,
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.Conflict]: 409,
  [ErrorCode.RateLimited]: 429,
  [ErrorCode.ServiceUnavailable]: 503,
};

/** Any error as a SCIM one: app errors keep their status and message, the rest is a plain 500. */
export function toScimError(error: unknown): ScimError {
  if (error instanceof ScimError) return error;
  if (isDatabaseUnavailable(error))
    return new ScimError(503, 'The database is unavailable; try again shortly.');
  if (error instanceof AppError) {
    const status = APP_STATUS[error.code] ?? 400;
    const scimType = status === 400 ? 'invalidValue' : status === 409 ? 'uniqueness' : undefined;
    return new ScimError(status, error.message, scimType);
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    return new ScimError(status, status === 404 ? 'Not found.' : error.message);
  }
  return new ScimError(500, 'Something went wrong on our side.');
}

export function sendScimError(res: Response, error: ScimError): void {
  if (error.status === 401) res.setHeader('WWW-Authenticate', 'Bearer realm="scim"');
  if (error.status === 503) res.setHeader('Retry-After', '10');
  res
    .status(error.status)
    .type(SCIM_CONTENT_TYPE)
    .send(
      JSON.stringify({
        schemas: [SCIM_ERROR],
        status: String(error.status),
        ...(error.scimType ? { scimType: error.scimType } : {}),
        detail: error.detail,
      }),
    );
}

/** Errors of the SCIM endpoints in the RFC 7644 §3.12 error format, never a stack trace. */
@Catch()
export class ScimErrorFilter implements ExceptionFilter {
  catch(error: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    if (res.headersSent) return;
    sendScimError(res, toScimError(error));
  }
}
