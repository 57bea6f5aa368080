import {
  BeforeApplicationShutdown,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { ScheduledTaskRepository } from './scheduled-task.repository';

/** How often the one loop looks for due tasks. */
const POLL_MS = 5_000;

export interface TaskOptions {
  /** Time between the end of one run and the next one. */
  everyMs: number;
  /**
   * How long a claim lasts: a node that dies mid-run hands the task to another node after this.
   * Longer than a run ever takes (default: the interval, at least a minute).
   */
  leaseMs?: number;
}

interface ClusterTask {
  name: string;
  everyMs: number;
  leaseMs: number;
  run: () => Promise<void>;
}

interface NodeTask {
  name: string;
  everyMs: number;
  run: () => Promise<void>;
  nextAt: number;
}

const sleep = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms).unref();
  });

/**
 * The one place periodic work is timed (no `setInterval` per domain). Two kinds of task:
 *
 * - `every(name, …)`: cluster-wide. Each due run is claimed by one node through a conditional
 *   UPDATE on its `scheduled_tasks` row (a lease, `locked_until`), so however many nodes run jobs,
 *   a digest or a routing pass runs once. Runs only where jobs run (not with WORKER_MODE=off).
 * - `everyOnEachNode(name, …)`: per node, for work about the node's own resources (its sockets).
 *   Runs on every node that serves, whatever WORKER_MODE says.
 *
 * Both are ticked by one loop, off in tests: tests call `runDue()` or the task's service.
 */
@Injectable()
export class Scheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Scheduler');
  private readonly cluster = new Map<string, ClusterTask>();
  private readonly local = new Map<string, NodeTask>();
  private running = false;
  private loop: Promise<void> | null = null;
  private tick: Promise<unknown> | null = null;
  private ensured = false;

  constructor(
    private readonly tasks: ScheduledTaskRepository,
    private readonly config: AppConfig,
  ) {}

  /** A cluster-wide periodic task; `name` is stored, so keep it stable across releases. */
  every(name: string, options: TaskOptions, run: () => Promise<void>): void {
    if (this.cluster.has(name) || this.local.has(name))
      throw new Error(`Duplicate scheduled task ${name}`);
    const leaseMs = options.leaseMs ?? Math.max(options.everyMs, 60_000);
    this.cluster.set(name, { name, everyMs: options.everyMs, leaseMs, run });
    this.ensured = false;
  }

  /** A periodic task every node runs for itself (unclaimed). */
  everyOnEachNode(name: string, everyMs: number, run: () => Promise<void>): void {
    if (this.cluster.has(name) || this.local.has(name))
      throw new Error(`Duplicate scheduled task ${name}`);
    this.local.set(name, { name, everyMs, run, nextAt: Date.now() + everyMs });
  }

  onApplicationBootstrap(): void {
    if (this.config.get('NODE_ENV') === 'test') return;
    this.running = true;
    this.loop = this.tickForever();
  }

  private async tickForever(): Promise<void> {
    while (this.running) {
      this.tick = this.runDue().catch((e: Error) =>
        this.logger.warn(`Scheduler tick failed: ${e.message}`),
      );
      await this.tick;
      this.tick = null;
      if (this.running) await sleep(POLL_MS);
    }
  }

  /**
   * One tick: this node's own due tasks, then the cluster tasks this node wins. Returns the names
   * of the cluster tasks it ran.
   */
  async runDue(options: { clusterTasks?: boolean } = {}): Promise<string[]> {
    const now = Date.now();
    for (const task of this.local.values()) {
      if (task.nextAt > now) continue;
      task.nextAt = now + task.everyMs;
      await task
        .run()
        .catch((e: Error) => this.logger.warn(`Task ${task.name} failed: ${e.message}`));
    }
    const clusterTasks = options.clusterTasks ?? this.config.get('WORKER_MODE') !== 'off';
    if (!clusterTasks || this.cluster.size === 0) return [];
    if (!this.ensured) {
      await this.tasks.ensure([...this.cluster.keys()]);
      this.ensured = true;
    }
    const ran: string[] = [];
    // Each task is claimed on its own, so a long one does not hold the others' leases.
    for (const task of this.cluster.values()) {
      const [claimed] = await this.tasks.claimDue([task.name], Math.ceil(task.leaseMs / 1000));
      if (!claimed) continue;
      let error: string | null = null;
      try {
        await task.run();
      } catch (e) {
        error = (e as Error).message.slice(0, 500);
        this.logger.warn(`Task ${task.name} failed: ${error}`);
      }
      await this.tasks.finish(task.name, task.everyMs / 1000, error);
      ran.push(task.name);
    }
    return ran;
  }

  /** Makes a cluster task due at the next tick. */
  async makeDue(name: string): Promise<void> {
    await this.tasks.makeDue(name);
  }

  /** Lets the run in hand finish before the database closes. */
  async beforeApplicationShutdown(): Promise<void> {
    this.running = false;
    await this.tick;
    this.loop = null;
  }
}
