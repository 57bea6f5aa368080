import cluster from 'node:cluster';
import { ServiceUnavailableError } from '@outloud/server-core';
import { AggregatorRegistry, type Registry } from 'prom-client';

/*
 * Metrics of every HTTP process when `HTTP_PROCESSES` > 1. A scrape reaches one process (Node
 * hands connections out in turn), so that process asks the primary, and the primary gathers
 * every process's registry over the cluster's IPC channel (prom-client's `AggregatorRegistry`:
 * counters and histograms summed, each gauge as its `aggregator` says).
 */
const REQUEST = 'outloud:metrics-request';
const REPLY = 'outloud:metrics-reply';

/** The primary's wait is prom-client's (5 s); an HTTP process waits a little longer for it. */
const REPLY_TIMEOUT_MS = 6_000;

/** `text` is missing when the primary could not gather them (a process did not answer). */
interface Reply {
  type: typeof REPLY;
  id: number;
  text?: string;
}

/** In the primary: answers an HTTP process's request with the figures of all of them. */
export function serveClusterMetrics(): void {
  const aggregator = new AggregatorRegistry();
  cluster.on('message', (worker, message: { type?: string; id?: number }) => {
    if (message?.type !== REQUEST || typeof message.id !== 'number') return;
    const id = message.id;
    aggregator.clusterMetrics().then(
      (text) => worker.isConnected() && worker.send({ type: REPLY, id, text } satisfies Reply),
      () => worker.isConnected() && worker.send({ type: REPLY, id } satisfies Reply),
    );
  });
}

/** In an HTTP process of a primary: this registry is what the primary gathers from it. */
export function shareWithPrimary(registry: Registry): void {
  AggregatorRegistry.setRegistries(registry);
  // Constructing one installs prom-client's listener that answers the primary's requests.
  new AggregatorRegistry();
}

export const inHttpProcessOfPrimary = (): boolean => cluster.isWorker;

const pending = new Map<number, (reply: Reply) => void>();
let nextId = 0;
let listening = false;

/** In an HTTP process: the figures of all HTTP processes, through the primary. */
export function metricsOfAllProcesses(timeoutMs = REPLY_TIMEOUT_MS): Promise<string> {
  if (!listening) {
    listening = true;
    process.on('message', (message: Reply) => {
      if (message?.type === REPLY) pending.get(message.id)?.(message);
    });
  }
  const id = nextId++;
  return new Promise<string>((resolve, reject) => {
    const unavailable = () =>
      new ServiceUnavailableError(
        5,
        'The metrics of the other HTTP processes did not arrive. Please try again in a few seconds.',
      );
    const timer = setTimeout(() => {
      pending.delete(id);
      reject(unavailable());
    }, timeoutMs);
    pending.set(id, (reply) => {
      pending.delete(id);
      clearTimeout(timer);
      if (reply.text !== undefined) resolve(reply.text);
      else reject(unavailable());
    });
    process.send?.({ type: REQUEST, id });
  });
}
