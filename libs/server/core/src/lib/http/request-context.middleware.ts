import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

const SAFE_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** The current request's id, for code that is handed no request (e.g. Apollo's formatError). */
const requestIdStorage = new AsyncLocalStorage<string>();
export const currentRequestId = (): string | undefined => requestIdStorage.getStore();

/**
 * Gives each request an id (a caller's X-Request-Id when well-formed), echoes it in the
 * response, and initialises the request state that auth fills in.
 */
export function requestContextMiddleware(req: Request, res: Response, next: NextFunction): void {
  const incoming = req.header('x-request-id');
  const requestId = incoming && SAFE_ID.test(incoming) ? incoming : randomUUID();
  res.setHeader('X-Request-Id', requestId);
  req.outloud = {
    requestId,
    viewer: null,
    clientAddress: req.ip ?? req.socket.remoteAddress ?? 'unknown',
  };
  requestIdStorage.run(requestId, next);
}
