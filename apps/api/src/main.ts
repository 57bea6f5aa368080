import cluster from 'node:cluster';
import { existsSync } from 'node:fs';
import { AppConfig, ConfigError } from '@outloud/server-core';
import { Logger } from 'pino';
import { DEMO_LOGIN } from './seed/seed-demo';
import { prepareDatabase, RunningServer, serverLogger, startServer } from './bootstrap';
import { databaseOnThisMachine, planHttpProcesses, usableCores } from './cluster/http-processes';
import { LISTENING_MESSAGE, runHttpProcesses } from './cluster/primary';

async function main(): Promise<void> {
  // A local .env (see .env.example) is optional; real environment variables win.
  if (existsSync('.env')) process.loadEnvFile('.env');
  let config: AppConfig;
  try {
    config = AppConfig.fromEnv(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  if (cluster.isWorker) return runHttpProcess(config);

  const logger = serverLogger(config);
  const database = await prepareDatabase(config, logger);
  const plan = planHttpProcesses(config.get('HTTP_PROCESSES'), {
    cores: usableCores(),
    databaseHere: databaseOnThisMachine(database.url, database.embedded),
    jobsOnly: config.get('WORKER_MODE') === 'only',
  });
  if (plan.count > 1) return runPrimary(config, logger, database, plan);

  const server = await startServer(config, logger, database);
  printBanner(config, server.url, server.url ? plan.reason : null);
  stopOnSignals(config, server);
}

/** One of several HTTP processes: the primary prepared the database and prints the banner. */
async function runHttpProcess(config: AppConfig): Promise<void> {
  const url = config.get('DATABASE_URL')!;
  const server = await startServer(config, serverLogger(config), {
    url,
    embedded: false,
    stop: async () => undefined,
  });
  process.send?.({ type: LISTENING_MESSAGE, url: server.url });
  const stop = stopOnSignals(config, server);
  // The primary is gone (killed): nobody would stop this process, nor the database under it.
  process.on('disconnect', () => void stop('the primary process exited'));
}

async function runPrimary(
  config: AppConfig,
  logger: Logger,
  database: { url: string; stop(): Promise<void> },
  plan: { count: number; reason: string },
): Promise<void> {
  const processes = runHttpProcesses({
    count: plan.count,
    env: { DATABASE_URL: database.url },
    logger,
    stopTimeoutMs: config.get('SHUTDOWN_DRAIN_MS') + 25_000,
  });
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal} received: stopping the HTTP processes, then the database`);
    processes.stop();
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
  processes.listening.then(
    (url) => printBanner(config, url, plan.reason),
    (error: Error) => logger.error(`Outloud failed to start: ${error.message}`),
  );
  const code = await processes.stopped;
  await database.stop().catch((e) => logger.error({ err: e }, 'Error while stopping the database'));
  process.exit(code);
}

function printBanner(config: AppConfig, url: string | null, processes: string | null): void {
  const lines = [
    '',
    url
      ? `  Outloud is running at ${url}`
      : '  Outloud worker is running: background jobs only, no HTTP (WORKER_MODE=only)',
    processes ? `  ${processes[0].toUpperCase()}${processes.slice(1)}` : '',
    url && config.get('SEED_DEMO')
      ? `  Demo log-in: ${DEMO_LOGIN.handle} / ${DEMO_LOGIN.password} (admin)`
      : '',
    '',
  ];
  process.stdout.write(
    lines.filter((l, i) => l || i === 0 || i === lines.length - 1).join('\n') + '\n',
  );
}

/** Drains (unready first, still serving), stops the app and the database it started, exits. */
function stopOnSignals(
  config: AppConfig,
  server: RunningServer,
): (reason: string) => Promise<void> {
  let stopping = false;
  const stop = async (reason: string) => {
    if (stopping) return;
    stopping = true;
    const drainMs = config.get('SHUTDOWN_DRAIN_MS');
    server.logger.info(`${reason}: draining requests and stopping`);
    const timer = setTimeout(() => process.exit(1), drainMs + 25_000);
    if (drainMs > 0) {
      // Unready first, still serving: the load balancer stops routing here before we close.
      server.beginDrain();
      await new Promise((resolve) => setTimeout(resolve, drainMs));
    }
    await server.stop().catch((e) => server.logger.error({ err: e }, 'Error while stopping'));
    clearTimeout(timer);
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM received'));
  process.once('SIGINT', () => void stop('SIGINT received'));
  return stop;
}

main().catch((error) => {
  process.stderr.write(
    `Outloud failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
