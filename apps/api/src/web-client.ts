import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { INestApplication } from '@nestjs/common';
import { IMMUTABLE, webClientCsp } from '@outloud/server-core';
import express from 'express';
import type { NextFunction, Request, Response } from 'express';
import { Logger } from 'pino';

/** Paths the API owns; everything else under GET is the single-page web client. */
const API_PREFIXES = [
  '/graphql',
  '/avatars',
  '/community-images',
  '/healthz',
  '/readyz',
  '/socket.io',
  '/files',
  '/api',
  '/auth',
  '/audit-log',
  '/analytics/export',
  // The HR directory's GETs (list, read, discovery) and the Prometheus scrape.
  '/scim',
  '/metrics',
];

/**
 * Serves the built web client (production): hashed assets cached for a year, other static files
 * for an hour, and index.html — the same for everyone, revalidated on every visit — with the
 * web client's Content-Security-Policy for every client-side route.
 */
export function serveWebClient(app: INestApplication, dir: string, logger: Logger): void {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) {
    logger.warn(`No built web client at ${dir}; run "npm run build" to serve it.`);
    return;
  }
  app.use(
    express.static(dir, {
      index: false,
      setHeaders: (res, path) =>
        res.setHeader(
          'Cache-Control',
          path.includes(`${join(dir, 'assets')}/`) ? IMMUTABLE : 'public, max-age=3600',
        ),
    }),
  );
  const csp = webClientCsp();
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (
      req.method !== 'GET' ||
      API_PREFIXES.some((p) => req.path === p || req.path.startsWith(`${p}/`))
    )
      return next();
    csp(req, res, () => {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(index);
    });
  });
}
