import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import { requestIdOf } from './request-context.middleware';

/** Probes: polled every few seconds, never worth a line. */
const UNLOGGED = new Set(['/healthz', '/readyz']);

/**
 * A request's log line: failures always (a 503 is a known database outage, already logged once
 * as such: a warning); a success is one info line in production, a debug line elsewhere.
 */
export function requestLogLevel(
  statusCode: number,
  nodeEnv: string,
): 'debug' | 'info' | 'warn' | 'error' {
  if (statusCode === 503) return 'warn';
  if (statusCode >= 500) return 'error';
  if (statusCode >= 400) return 'warn';
  return nodeEnv === 'production' ? 'info' : 'debug';
}

/**
 * The access log: one line when a request ends, with its id, method, path, status and time.
 * No headers and no query string: they carry cookies, file names (Content-Disposition of a
 * restricted file) and search words.
 *
 * Hand-written in place of pino-http, which built a child logger for every request, even when
 * the line's level was off: about 0.1 ms of the API's CPU a request, 2–3 % of a feed page's.
 * Here a request whose level is off costs two listeners and a clock read.
 */
export function accessLog(logger: Logger, nodeEnv: string): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    if (UNLOGGED.has(req.url)) return next();
    const started = Date.now();
    const ended = () => {
      res.off('finish', ended);
      res.off('close', ended);
      // `close` without `finish`: the client went away before the answer was sent.
      const aborted = !res.writableFinished;
      const level = requestLogLevel(res.statusCode, nodeEnv);
      if (!logger.isLevelEnabled(level)) return;
      logger[level](
        {
          req: { id: requestIdOf(res) ?? 'unknown', method: req.method, path: pathOf(req) },
          res: { statusCode: res.statusCode },
          responseTime: Date.now() - started,
          ...(aborted ? { aborted: true } : {}),
        },
        res.statusCode >= 500 ? 'request errored' : 'request completed',
      );
    };
    res.on('finish', ended);
    res.on('close', ended);
    next();
  };
}

function pathOf(req: Request): string {
  // originalUrl: Express strips a mounted router's prefix from `url`.
  const url = req.originalUrl || req.url;
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}
