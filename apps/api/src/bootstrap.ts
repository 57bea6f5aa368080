import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { INestApplicationContext } from '@nestjs/common';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import {
  AppConfig,
  configureHttp,
  createLogger,
  PinoNestLogger,
  resolveDatabaseUrl,
} from '@outloud/server-core';
import express from 'express';
import type { NextFunction, Request, Response } from 'express';
import { Logger } from 'pino';
import { AppModule } from './app.module';
import { runMigrations } from './database/migrate';
import { buildDerivedData } from './database/derived-data';
import { seedDemoIfEmpty } from './seed/seed-demo';

export interface RunningServer {
  app: INestApplicationContext;
  /** Null for a jobs-only process (WORKER_MODE=only), which opens no HTTP port. */
  url: string | null;
  logger: Logger;
  stop(): Promise<void>;
}

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
];

/** Config → database (embedded if needed) → migrations → demo data → Nest app → listen. */
export async function startServer(config: AppConfig): Promise<RunningServer> {
  const logger = createLogger(config.get('LOG_LEVEL'));
  // main.ts stops the embedded database itself, after draining requests and jobs.
  const database = await resolveDatabaseUrl(
    config,
    (line) => logger.debug({ component: 'postgres' }, line),
    { callerHandlesSignals: true },
  );
  if (database.embedded)
    logger.info(`Embedded PostgreSQL running with data in ${config.dataDir}/postgres`);
  await runMigrations(database.url, (line) => logger.info(line));
  if (config.get('SEED_DEMO')) {
    const log = (line: string) => logger.info(line);
    if (await seedDemoIfEmpty(database.url, log)) await buildDerivedData(database.url, config, log);
  }

  const module = AppModule.forRoot({ config, databaseUrl: database.url, logger });
  const stop = (app: INestApplicationContext) => async () => {
    await app.close();
    await database.stop();
  };
  if (config.get('WORKER_MODE') === 'only') {
    // Jobs and no HTTP: the outbox worker and schedulers run; nothing listens.
    const app = await NestFactory.createApplicationContext(module, {
      logger: new PinoNestLogger(logger),
    });
    await app.init();
    return { app, url: null, logger, stop: stop(app) };
  }

  const app = await NestFactory.create(module, {
    logger: new PinoNestLogger(logger),
    bodyParser: false,
  });
  configureHttp(app, config, logger);
  if (config.isProduction) serveWebClient(app, resolve(config.get('WEB_DIST_DIR')), logger);

  await app.listen(config.get('PORT'), config.get('HOST'));
  const address = app.getHttpServer().address() as { port: number };
  const host = config.get('HOST') === '0.0.0.0' ? '127.0.0.1' : config.get('HOST');
  const url = `http://${host}:${address.port}`;
  return { app, url, logger, stop: stop(app) };
}

function serveWebClient(app: INestApplication, dir: string, logger: Logger): void {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) {
    logger.warn(`No built web client at ${dir}; run "npm run build" to serve it.`);
    return;
  }
  app.use(express.static(dir, { index: false, maxAge: '1h' }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (
      req.method !== 'GET' ||
      API_PREFIXES.some((p) => req.path === p || req.path.startsWith(`${p}/`))
    )
      return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
