import { Injectable, NestMiddleware } from '@nestjs/common';
import type { GraphqlOutcome } from '@outloud/server-core';
import type { NextFunction, Request, Response } from 'express';
import { MetricsRegistry } from './metrics.registry';

/** Times each /graphql request; the GraphQL layer leaves its outcome in `res.locals.graphql`. */
@Injectable()
export class GraphqlTimingMiddleware implements NestMiddleware {
  constructor(private readonly metrics: MetricsRegistry) {}

  use(_req: Request, res: Response, next: NextFunction): void {
    const started = process.hrtime.bigint();
    res.once('finish', () => {
      const outcome = res.locals.graphql as GraphqlOutcome | undefined;
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      this.metrics.observeGraphql(
        outcome?.operationName ?? null,
        outcome?.operationType ?? null,
        seconds,
        outcome?.errorCodes ?? (res.statusCode >= 400 ? [`HTTP_${res.statusCode}`] : []),
      );
    });
    next();
  }
}
