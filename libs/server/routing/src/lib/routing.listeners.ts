import { Injectable, OnModuleInit } from '@nestjs/common';
import { OutboxService, Scheduler } from '@outloud/server-core';
import { RoutingService } from './routing.service';

/** How often the routing pass runs (one node per pass: the cluster-wide scheduler). */
export const ROUTING_TICK_MS = 60_000;

/**
 * Routing follows questions from the stream's events (bulk lane: nobody waits on them) and
 * routes them on a cluster-wide scheduled tick. Handlers re-read the post, so they are
 * idempotent and order-free.
 */
@Injectable()
export class RoutingListeners implements OnModuleInit {
  constructor(
    private readonly outbox: OutboxService,
    private readonly scheduler: Scheduler,
    private readonly routing: RoutingService,
  ) {}

  onModuleInit(): void {
    // A batch of new posts is one read (most are not questions).
    this.outbox.on(
      'stream.post.created',
      'routing.questionAsked',
      (e) => this.routing.questionAsked(e.postId),
      { many: (es) => this.routing.questionsAsked(es.map((e) => e.postId)) },
    );
    // Re-read from the source tables, so a batch (bulk lane) has the effect of each job.
    const changed = (e: { postId: string }) => this.routing.questionsChanged([e.postId]);
    const batch = {
      many: (es: { postId: string }[]) => this.routing.questionsChanged(es.map((e) => e.postId)),
    };
    this.outbox.on('stream.reply.created', 'routing.replied', changed, batch);
    this.outbox.on('stream.post.deleted', 'routing.postDeleted', changed, batch);
    this.outbox.on('moderation.post.hidden', 'routing.postHidden', changed, batch);
    this.outbox.on('moderation.post.deleted', 'routing.postRemoved', changed, batch);
    this.outbox.on('identity.user.deactivated', 'routing.personLeft', async (e) => {
      await this.routing.personLeft(e.userId);
    });
    this.scheduler.every('routing.tick', { everyMs: ROUTING_TICK_MS }, async () => {
      await this.routing.tick();
    });
  }
}
