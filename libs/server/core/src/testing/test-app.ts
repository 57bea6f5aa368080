import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { Test } from '@nestjs/testing';
import { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { AppConfig } from '../lib/config/app-config';
import { AppConfigValues } from '../lib/config/config.schema';
import { CoreModule } from '../lib/core.module';
import { graphqlOptions } from '../lib/graphql/graphql-options';
import { configureHttp } from '../lib/http/configure-http';
import { createLogger } from '../lib/logging/logger';
import { OutboxService } from '../lib/outbox/outbox.service';
import { createTestDatabase, TestDatabase } from './test-database';
import { GraphqlClient } from './graphql-client';

/**
 * Tests write far faster than people, with accounts seconds old: the per-person limits stay on
 * (every write still consumes) but are roomy, unless a test sets its own (the rate-limit tests).
 */
export const ROOMY_RATE_LIMITS: Partial<AppConfigValues> = {
  RATE_LIMIT_POSTS_PER_HOUR: 100_000,
  RATE_LIMIT_REPLIES_PER_HOUR: 100_000,
  RATE_LIMIT_MENTIONS_PER_HOUR: 100_000,
  RATE_LIMIT_UPLOADS_PER_HOUR: 100_000,
  RATE_LIMIT_REPORTS_PER_HOUR: 100_000,
  RATE_LIMIT_NEW_ACCOUNT_HOURS: 0,
};

export interface TestApp {
  app: INestApplication;
  url: string;
  db: TestDatabase;
  dataSource: DataSource;
  config: AppConfig;
  /** A new anonymous client with its own cookie jar (one per simulated person). */
  client(): GraphqlClient;
  /** Delivers every queued outbox job (derived data settles deterministically in tests). */
  drainOutbox(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A real API over HTTP on a random port, on a fresh PostgreSQL database built from migrations,
 * with the given domain modules. The outbox worker is off in tests; call drainOutbox().
 */
export async function createTestApp(options: {
  imports: (Type | DynamicModule)[];
  controllers?: Type[];
  config?: Partial<AppConfigValues>;
  /** Off for tests of core pieces that have no resolvers. */
  graphql?: boolean;
  /** Another node on an existing test's database (multi-node tests); its owner drops it. */
  shareDatabaseOf?: TestApp;
  /** A fixed port (when something else must know the URL in advance); default: any free one. */
  port?: number;
  /** Receives every log line (JSON) at LOG_LEVEL; tests that read the logs set both. */
  logLines?: (line: string) => void;
  /** The URL the app connects with, given its database's (a fault-injecting proxy, say). */
  connectVia?: (databaseUrl: string) => Promise<string>;
  /** Express wiring the API adds after the core's (bootstrap's web client, for instance). */
  beforeListen?: (app: INestApplication, logger: Logger) => void;
}): Promise<TestApp> {
  const shared = options.shareDatabaseOf?.db;
  const db = shared ? { ...shared, drop: async () => undefined } : await createTestDatabase();
  const config = AppConfig.fromEnv({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
  }).with({ ...ROOMY_RATE_LIMITS, ...(options.config ?? {}) });
  const logLines = options.logLines;
  const logger = createLogger(
    config.get('LOG_LEVEL'),
    logLines && {
      write: (chunk: string) => void chunk.split('\n').forEach((l) => l && logLines(l)),
    },
  );
  const moduleRef = await Test.createTestingModule({
    imports: [
      CoreModule.forRoot({
        config,
        databaseUrl: options.connectVia ? await options.connectVia(db.url) : db.url,
        logger,
        poolSize: 5,
      }),
      ...(options.graphql === false
        ? []
        : [
            GraphQLModule.forRoot<ApolloDriverConfig>({
              driver: ApolloDriver,
              ...graphqlOptions(config, logger),
            }),
          ]),
      ...options.imports,
    ],
    controllers: options.controllers ?? [],
  }).compile();
  const app = moduleRef.createNestApplication({ bodyParser: false, logger: false });
  configureHttp(app, config, logger);
  options.beforeListen?.(app, logger);
  await app.listen(options.port ?? 0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${port}`;
  const outbox = app.get(OutboxService);
  return {
    app,
    url,
    db,
    config,
    dataSource: app.get(DataSource),
    client: () => new GraphqlClient(url),
    drainOutbox: () => outbox.drain(),
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}
