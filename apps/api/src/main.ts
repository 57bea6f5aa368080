import { existsSync } from 'node:fs';
import { AppConfig, ConfigError } from '@outloud/server-core';
import { DEMO_LOGIN } from './seed/seed-demo';
import { startServer } from './bootstrap';

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
  const server = await startServer(config);
  const lines = [
    '',
    server.url
      ? `  Outloud is running at ${server.url}`
      : '  Outloud worker is running: background jobs only, no HTTP (WORKER_MODE=only)',
    server.url && config.get('SEED_DEMO')
      ? `  Demo log-in: ${DEMO_LOGIN.handle} / ${DEMO_LOGIN.password} (admin)`
      : '',
    '',
  ];
  process.stdout.write(
    lines.filter((l, i) => l || i === 0 || i === lines.length - 1).join('\n') + '\n',
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    const drainMs = config.get('SHUTDOWN_DRAIN_MS');
    server.logger.info(`${signal} received: draining requests and stopping`);
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
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

main().catch((error) => {
  process.stderr.write(
    `Outloud failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
