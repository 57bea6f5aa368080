import { INestApplication } from '@nestjs/common';
import express from 'express';
import type { NextFunction, Request, Response } from 'express';
import { Logger } from 'pino';
import { AppConfig } from '../config/app-config';
import { accessLog } from './access-log';
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
  app.use(accessLog(logger, config.get('NODE_ENV')));
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
