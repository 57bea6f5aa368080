import { timingSafeEqual } from 'node:crypto';
import { Controller, Get, Req, Res } from '@nestjs/common';
import { AppConfig, NotFoundError, Public, UnauthenticatedError } from '@outloud/server-core';
import type { Request, Response } from 'express';
import { MetricsRegistry } from './metrics.registry';

/**
 * GET /metrics in Prometheus' text format, for a scraper holding METRICS_TOKEN. Without the
 * setting the endpoint does not exist (404). With several HTTP processes, whichever takes the
 * scrape answers for all of them.
 */
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: MetricsRegistry,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @Get()
  async scrape(@Req() req: Request, @Res() res: Response): Promise<void> {
    const expected = this.config.get('METRICS_TOKEN');
    if (!expected) throw new NotFoundError('The metrics endpoint');
    const given = /^Bearer\s+(\S+)\s*$/i.exec(req.header('authorization') ?? '')?.[1] ?? '';
    if (!same(given, expected)) {
      res.setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
      throw new UnauthenticatedError('The metrics token is missing or wrong.');
    }
    const text = await this.metrics.scrape();
    res.setHeader('Content-Type', this.metrics.registry.contentType);
    res.send(text);
  }
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
