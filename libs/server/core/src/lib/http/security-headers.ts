import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

/**
 * For anything personalised or access-checked: no cache between the server and the browser may
 * keep it, and the browser does not either (it is read again on every visit, so a revoked
 * membership or a new log-in takes effect at once).
 */
export const NO_STORE = 'private, no-store';

/** Assets whose name changes with their content (Vite's hashed build output). */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Headers on every response: helmet's set (nosniff, frame denial, same-origin referrer and
 * resources, no DNS prefetch...) and `Cache-Control: private, no-store` unless a route chooses
 * otherwise, so a new route is uncacheable by default (error pages and 404s included).
 * The Content-Security-Policy is the web client's (`webClientCsp`); stored files carry their own
 * sandbox policy, and GraphiQL (development only) needs inline script.
 */
export function securityHeaders(): RequestHandler[] {
  return [
    helmet({
      contentSecurityPolicy: false,
      frameguard: { action: 'deny' },
      referrerPolicy: { policy: 'same-origin' },
    }),
    (_req: Request, res: Response, next: NextFunction) => {
      res.setHeader('Cache-Control', NO_STORE);
      next();
    },
  ];
}

/**
 * The web client's policy: scripts, styles and connections from this origin only, so a script
 * injected into the page (inline, an event-handler attribute, or from another site) does not run.
 * The Vite build has no inline script. Images may also be data: and blob: URLs (avatar previews
 * before upload).
 */
export function webClientCsp(): RequestHandler {
  return helmet.contentSecurityPolicy({
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      scriptSrcAttr: ["'none'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      mediaSrc: ["'self'"],
      objectSrc: ["'none'"],
      frameSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  });
}
