import { Injectable } from '@nestjs/common';
import { AccessPolicy, cursorCodec, Page, pageSize, Viewer } from '@outloud/server-core';
import { ModerationErrors } from '../moderation.errors';
import { ModerationTargets } from '../moderation-targets';
import { ItemRow, ModerationRepository } from '../moderation.repository';

/**
 * The review queue: site moderators and admins see every waiting item they can see; community
 * owners, the items of their communities. Oldest first, one row per item.
 */
@Injectable()
export class ModerationQueueService {
  constructor(
    private readonly repository: ModerationRepository,
    private readonly policy: AccessPolicy,
    private readonly targets: ModerationTargets,
  ) {}

  async page(
    viewer: Viewer,
    args: { first?: number | null; after?: string | null },
  ): Promise<Page<ItemRow>> {
    if (!(await this.policy.moderatesAnything(viewer))) throw ModerationErrors.notAModerator();
    const limit = pageSize(args.first);
    const after = QUEUE_CURSOR.decode(args.after);
    const rows = await this.repository.queue(
      viewer.id,
      await this.isSiteModerator(viewer),
      limit + 1,
      after,
    );
    return QUEUE_CURSOR.page(rows, limit, (r) => ({
      queuedAt: r.queuedAt ?? r.createdAt,
      id: r.id,
    }));
  }

  /** The badge: items waiting for the viewer; null for people who moderate nothing. */
  async count(viewer: Viewer): Promise<number | null> {
    if (!(await this.policy.moderatesAnything(viewer))) return null;
    return this.repository.queueCount(viewer.id, await this.isSiteModerator(viewer));
  }

  /** One item, for a moderator who may act on it (else NOT_FOUND, as for a missing id). */
  async item(viewer: Viewer, itemId: string): Promise<ItemRow> {
    const item = await this.repository.findItem(itemId);
    const facts = item && (await this.targets.load(viewer, item.targetType, item.targetId));
    if (!item || !facts) throw ModerationErrors.itemNotFound();
    if (!(await this.policy.can(viewer, 'content.moderate', { communityId: facts.communityId })))
      throw ModerationErrors.itemNotFound();
    return item;
  }

  private isSiteModerator(viewer: Viewer): Promise<boolean> {
    return this.policy.can(viewer, 'content.moderate', {});
  }
}

/** The queue is ordered by when an item was queued, then id. */
const QUEUE_CURSOR = cursorCodec({ queuedAt: 'timestamp', id: 'uuid' });
