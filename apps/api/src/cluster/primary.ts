import cluster, { type Worker } from 'node:cluster';
import { serveClusterMetrics } from '@outloud/metrics';
import { setupPrimary } from '@socket.io/cluster-adapter';
import { Logger } from 'pino';

/** What an HTTP process tells the primary once it listens (Node's cluster IPC channel). */
export const LISTENING_MESSAGE = 'outloud:listening';

export interface HttpProcessesOptions {
  count: number;
  /** Added to every HTTP process's environment: the database the primary prepared. */
  env: Record<string, string>;
  logger: Logger;
  /** How long the processes may take to drain and stop before they are killed. */
  stopTimeoutMs: number;
}

export interface HttpProcesses {
  /** Resolves with the URL once every process listens; rejects if one fails to start. */
  listening: Promise<string>;
  /** Resolves with the exit code the primary should end with, once every process has exited. */
  stopped: Promise<number>;
  stop(): void;
}

/** A process that dies more often than this is not restarted: something is wrong with all of them. */
const RESTARTS_PER_MINUTE = 5;

/**
 * The primary of `HTTP_PROCESSES` > 1: it forks the HTTP processes (they share the port; Node
 * hands connections out in turn), relays socket.io's room traffic between them (the cluster
 * adapter, when there is no Redis), gathers their metrics for the one a scrape reaches, restarts
 * one that dies and, on stop, asks each to drain and waits for all of them before the caller
 * stops the database.
 */
export function runHttpProcesses(options: HttpProcessesOptions): HttpProcesses {
  const { count, env, logger, stopTimeoutMs } = options;
  setupPrimary();
  serveClusterMetrics();
  let stopping = false;
  let started = false;
  let exitCode = 0;
  const restarts: number[] = [];
  const listeningIds = new Set<number>();
  let resolveListening!: (url: string) => void;
  let rejectListening!: (error: Error) => void;
  const listening = new Promise<string>((res, rej) => {
    resolveListening = res;
    rejectListening = rej;
  });
  listening.catch(() => undefined);
  let resolveStopped!: (code: number) => void;
  const stopped = new Promise<number>((res) => (resolveStopped = res));

  const fork = (): Worker => {
    const worker = cluster.fork(env);
    worker.on('message', (message: { type?: string; url?: string }) => {
      if (message?.type !== LISTENING_MESSAGE || !message.url) return;
      listeningIds.add(worker.id);
      if (!started && listeningIds.size === count) {
        started = true;
        resolveListening(message.url);
      }
    });
    return worker;
  };

  const live = () =>
    Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w && !w.isDead());

  const stop = () => {
    if (stopping) return;
    stopping = true;
    const workers = live();
    if (workers.length === 0) return resolveStopped(exitCode);
    for (const worker of workers) worker.process.kill('SIGTERM');
    setTimeout(() => {
      for (const worker of live()) worker.process.kill('SIGKILL');
    }, stopTimeoutMs).unref();
  };

  cluster.on('exit', (worker, code, signal) => {
    listeningIds.delete(worker.id);
    if (stopping) {
      if (live().length === 0) resolveStopped(exitCode);
      return;
    }
    const how = signal ? `signal ${signal}` : `code ${code}`;
    if (!started) {
      // A process that cannot start (a port in use, a bad setting) will not start the next time.
      exitCode = 1;
      rejectListening(new Error(`an HTTP process exited while starting (${how})`));
      return stop();
    }
    const now = Date.now();
    restarts.push(now);
    while (restarts[0] < now - 60_000) restarts.shift();
    if (restarts.length > RESTARTS_PER_MINUTE) {
      logger.error(`HTTP processes exited ${restarts.length} times in a minute: stopping`);
      exitCode = 1;
      return stop();
    }
    logger.error(`An HTTP process exited (${how}): starting another`);
    fork();
  });

  for (let i = 0; i < count; i++) fork();
  return { listening, stopped, stop };
}
