import { INestApplication } from '@nestjs/common';
import express from 'express';
import type { NextFunction, Request, Response } from 'express';
import { Logger } from 'pino';
import pinoHttp from 'pino-http';
import { AppConfig } from '../config/app-config';
import { requestIdOf, requestContextMiddleware } from './request-context.middleware';
import { securityHeaders } from './security-headers';

/** Largest JSON body accepted; bigger requests get 413 before any parsing (a post is ≤ 10,000 chars). */
export const JSON_BODY_LIMIT = '1mb';

/**
 * Express-level setup shared by the API and tests: request ids, access logs (no headers), a JSON
 * body limit, security headers and `Cache-Control: private, no-store` by default, and JSON errors for anything that fails before Nest's handlers.
 * Create the Nest app with `{ bodyParser: false }` so this body limit is the only one.
 */
export function configureHttp(app: INestApplication, config: AppConfig, logger: Logger): void {
  const server = app.getHttpAdapter().getInstance() as express.Express;
  server.disable('x-powered-by');
  // API answers are `no-store` (below): an ETag could only serve a revalidation that never comes,
  // and Express hashes every body `res.send` sends for one (1 % of the API's CPU on the feed).
  // A function that gives none, not `false`: `res.sendFile` follows whether the setting is on,
  // and the web client's page keeps its file validator. Files and avatars set their own.
  server.set('etag', () => undefined);
  if (config.get('TRUST_PROXY')) server.set('trust proxy', true);
  app.use(requestContextMiddleware);
  const nodeEnv = config.get('NODE_ENV');
  app.use(
    pinoHttp({
      logger,
      genReqId: (req) => (req as Request).outloud?.requestId ?? 'unknown',
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' },
      customLogLevel: (_req, res, err) => requestLogLevel(res.statusCode, Boolean(err), nodeEnv),
      // No headers and no query string: they carry cookies, file names (Content-Disposition of
      // a restricted file) and search words. The method, path, status and request id suffice.
      serializers: {
        req: (req: { id: unknown; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          path: req.url.split('?')[0],
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );
  for (const handler of securityHeaders()) app.use(handler);
  app.use(
    express.json({
      limit: JSON_BODY_LIMIT,
      // SCIM parses its own bodies (application/scim+json, errors in SCIM's format).
      type: (req) =>
        !req.url?.startsWith('/scim/') &&
        (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase() ===
          'application/json',
    }),
  );
  app.use(bodyErrorHandler);
}

/** Malformed or oversized bodies: a clear JSON error, never an HTML stack page. */
export function bodyErrorHandler(
  error: unknown,
  _req: Request,
  res: Response,
  next: NextFunction,
): void {
  const e = error as { type?: string; status?: number };
  if (!e || !e.type) return next(error);
  const tooLarge = e.type === 'entity.too.large';
  res.status(tooLarge ? 413 : 400).json({
    errors: [
      {
        message: tooLarge
          ? `The request is too large (limit ${JSON_BODY_LIMIT}).`
          : 'The request body is not valid JSON.',
        extensions: {
          code: tooLarge ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST',
          requestId: requestIdOf(res),
        },
      },
    ],
  });
}

/**
 * A request's log line: failures always (a 503 is a known database outage, already logged once
 * as such: a warning); a success is one info line in production, a debug line elsewhere.
 */
export function requestLogLevel(
  statusCode: number,
  failed: boolean,
  nodeEnv: string,
): 'debug' | 'info' | 'warn' | 'error' {
  if (statusCode === 503) return 'warn';
  if (failed || statusCode >= 500) return 'error';
  if (statusCode >= 400) return 'warn';
  return nodeEnv === 'production' ? 'info' : 'debug';
}
