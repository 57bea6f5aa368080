import { ArgumentsHost, Catch, ExceptionFilter, HttpException } from '@nestjs/common';
import { ErrorCode } from '@outloud/contracts';
import type { Response } from 'express';
import { isDatabaseUnavailable } from '../database/database-unavailable';
import { AppError, ServiceUnavailableError } from '../errors/app-errors';
import { requestIdOf } from './request-context.middleware';

const STATUS: Record<string, number> = {
  [ErrorCode.BadUserInput]: 400,
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.Conflict]: 409,
  [ErrorCode.RateLimited]: 429,
  [ErrorCode.ServiceUnavailable]: 503,
};

/**
 * REST routes (avatars, uploads, health) answer errors in the same shape as GraphQL:
 * `{ errors: [{ message, extensions: { code } }] }`, never a stack trace. GraphQL errors are
 * left to Apollo's formatter.
 */
@Catch()
export class AppErrorFilter implements ExceptionFilter {
  catch(error: unknown, host: ArgumentsHost): void {
    if (host.getType<string>() !== 'http') throw error;
    const res = host.switchToHttp().getResponse<Response>();
    if (res.headersSent) return;
    let status = 500;
    let code: string = ErrorCode.Internal;
    let message = 'Something went wrong on our side.';
    let details: Record<string, unknown> = {};
    if (isDatabaseUnavailable(error)) error = new ServiceUnavailableError();
    if (error instanceof AppError) {
      status = STATUS[error.code] ?? 400;
      code = error.code;
      message = error.message;
      details = error.details;
      if (error.code === ErrorCode.RateLimited || error.code === ErrorCode.ServiceUnavailable)
        res.setHeader('Retry-After', String(details.retryAfterSeconds ?? 60));
    } else if (error instanceof HttpException) {
      status = error.getStatus();
      code =
        status === 404
          ? ErrorCode.NotFound
          : status === 401
            ? ErrorCode.Unauthenticated
            : status === 403
              ? ErrorCode.Forbidden
              : status < 500
                ? 'BAD_REQUEST'
                : ErrorCode.Internal;
      message = status === 404 ? 'Not found.' : status < 500 ? error.message : message;
    }
    res.status(status).json({
      errors: [{ message, extensions: { code, ...details, requestId: requestIdOf(res) } }],
    });
  }
}
