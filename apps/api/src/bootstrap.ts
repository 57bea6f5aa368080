import 'reflect-metadata';
import { resolve } from 'node:path';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import {
  AppConfig,
  configureHttp,
  createLogger,
  PinoNestLogger,
  resolveDatabaseUrl,
  ShutdownState,
} from '@outloud/server-core';
import { Logger } from 'pino';
import { AppModule } from './app.module';
import { batchedStdout } from './batched-stdout';
import { runMigrations } from './database/migrate';
import { buildDerivedData } from './database/derived-data';
import { seedDemoIfEmpty } from './seed/seed-demo';
import { serveWebClient } from './web-client';

export interface RunningServer {
  app: INestApplicationContext;
  /** Null for a jobs-only process (WORKER_MODE=only), which opens no HTTP port. */
  url: string | null;
  logger: Logger;
  /** Readiness turns false (load balancers stop routing here) while requests are still served. */
  beginDrain(): void;
  stop(): Promise<void>;
}

export interface PreparedDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** The database (embedded if DATABASE_URL is unset), migrated, with demo data if asked. */
export async function prepareDatabase(
  config: AppConfig,
  logger: Logger,
): Promise<PreparedDatabase> {
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
  return database;
}

export function serverLogger(config: AppConfig): Logger {
  return createLogger(config.get('LOG_LEVEL'), batchedStdout());
}

/**
 * Nest app → listen, on a database `prepareDatabase` made ready: this process's, or, for one HTTP
 * process of several (HTTP_PROCESSES), its primary's.
 */
export async function startServer(
  config: AppConfig,
  logger: Logger,
  database: PreparedDatabase,
): Promise<RunningServer> {
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
    return { app, url: null, logger, beginDrain: () => undefined, stop: stop(app) };
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
  return {
    app,
    url,
    logger,
    beginDrain: () => app.get(ShutdownState).beginDrain(),
    stop: stop(app),
  };
}
