import { AfterCommitSubscriber } from './database/after-commit';
import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { AppErrorFilter } from './http/app-error.filter';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Logger } from 'pino';
import { AccessPolicy } from './access/access-policy';
import { AccessRepository } from './access/access.repository';
import { ContentAudience } from './access/content-audience';
import { AuthGuard } from './auth/auth.guard';
import { AppConfig } from './config/app-config';
import { DatabaseHealth } from './database/database-health';
import { ShutdownState } from './lifecycle/shutdown-state';
import { DATABASE_URL } from './database/database.tokens';
import { SnakeNamingStrategy } from './database/snake-naming.strategy';
import { TransactionRunner } from './database/transaction';
import { PINO_LOGGER } from './logging/logger.tokens';
import { OutboxJobEntity } from './outbox/outbox-job.entity';
import { OutboxHandlers } from './outbox/outbox-handlers';
import { OutboxConsumer } from './outbox/outbox.consumer';
import { OutboxProducer } from './outbox/outbox.producer';
import { OutboxRepository } from './outbox/outbox.repository';
import { OutboxService } from './outbox/outbox.service';
import { OutboxWorker } from './outbox/outbox.worker';
import { RateLimitRepository } from './rate-limit/rate-limit.repository';
import { RateLimits } from './rate-limit/rate-limits';
import { IdempotencyKeys } from './idempotency/idempotency.repository';
import { Clock } from './scheduler/clock';
import { ScheduledTaskRepository } from './scheduler/scheduled-task.repository';
import { Scheduler } from './scheduler/scheduler';

export interface CoreModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  logger: Logger;
  poolSize?: number;
}

/**
 * node-postgres pool settings: bounded waits everywhere, so a stalled database makes requests fail
 * (SERVICE_UNAVAILABLE) instead of hanging, and the pool recovers by itself when it answers again.
 * The server cancels statements and idle transactions; the client stops waiting 2 s after the
 * statement timeout (a server that does not answer at all cannot cancel anything).
 */
function poolOptions({ config, poolSize }: CoreModuleOptions) {
  const statementTimeout = config.get('DATABASE_STATEMENT_TIMEOUT_MS');
  return {
    max: poolSize ?? 20,
    application_name: 'outloud',
    connectionTimeoutMillis: config.get('DATABASE_POOL_ACQUIRE_TIMEOUT_MS'),
    statement_timeout: statementTimeout,
    lock_timeout: config.get('DATABASE_LOCK_TIMEOUT_MS'),
    idle_in_transaction_session_timeout: config.get('DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS'),
    query_timeout: statementTimeout + 2_000,
    keepAlive: true,
  };
}

/** Config, database, outbox and the deny-by-default auth guard, shared by every domain. */
@Global()
@Module({})
export class CoreModule {
  static forRoot(options: CoreModuleOptions): DynamicModule {
    return {
      module: CoreModule,
      imports: [
        TypeOrmModule.forRoot({
          type: 'postgres',
          url: options.databaseUrl,
          autoLoadEntities: true,
          synchronize: false,
          migrationsRun: false,
          namingStrategy: new SnakeNamingStrategy(),
          extra: poolOptions(options),
          logging: false,
          subscribers: [AfterCommitSubscriber],
        }),
        TypeOrmModule.forFeature([OutboxJobEntity]),
      ],
      providers: [
        { provide: AppConfig, useValue: options.config },
        { provide: DATABASE_URL, useValue: options.databaseUrl },
        { provide: PINO_LOGGER, useValue: options.logger },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: AppErrorFilter },
        AccessPolicy,
        AccessRepository,
        ContentAudience,
        OutboxHandlers,
        OutboxRepository,
        OutboxProducer,
        OutboxConsumer,
        OutboxService,
        OutboxWorker,
        TransactionRunner,
        DatabaseHealth,
        ShutdownState,
        RateLimits,
        RateLimitRepository,
        IdempotencyKeys,
        Clock,
        ScheduledTaskRepository,
        Scheduler,
      ],
      exports: [
        Clock,
        Scheduler,
        AccessPolicy,
        ContentAudience,
        AppConfig,
        DATABASE_URL,
        PINO_LOGGER,
        OutboxService,
        OutboxWorker,
        TransactionRunner,
        DatabaseHealth,
        ShutdownState,
        RateLimits,
        IdempotencyKeys,
        TypeOrmModule,
      ],
    };
  }
}
