import { Injectable } from '@nestjs/common';
import { AuditContext, AuditService, userActor } from '@outloud/audit';
import { UserStatus } from '@outloud/contracts';
import { UserRepository } from '@outloud/identity';
import {
  AccessPolicy,
  ConflictError,
  isUuid,
  NotFoundError,
  OutboxService,
  TransactionRunner,
  Viewer,
} from '@outloud/server-core';
import { FileRepository } from '../file.repository';

export const FILE_HANDOVER_AUDIT_ACTION = 'files.owner.transferred';

/**
 * Leaver handover for files: an admin gives every file of a former colleague to an active
 * person. Only the owner changes; versions, likes, comments and download counts stay.
 */
@Injectable()
export class FileHandoverService {
  constructor(
    private readonly files: FileRepository,
    private readonly users: UserRepository,
    private readonly policy: AccessPolicy,
    private readonly outbox: OutboxService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  /** How many files a person owns (admins). */
  async countOwnedBy(viewer: Viewer, userId: string): Promise<number> {
    await this.policy.require(viewer, 'file.transferOwner', { ownerId: userId });
    return isUuid(userId) ? this.files.countOwnedBy(userId) : 0;
  }

  /** Returns how many files changed owner. */
  async transfer(
    viewer: Viewer,
    fromUserId: string,
    toHandle: string,
    context?: AuditContext,
  ): Promise<number> {
    await this.policy.require(viewer, 'file.transferOwner', { ownerId: fromUserId });
    const [from] = isUuid(fromUserId) ? await this.users.findByIds([fromUserId]) : [];
    if (!from) throw new NotFoundError('That person');
    if (from.status !== UserStatus.DEACTIVATED)
      throw new ConflictError('Only a former colleague’s files are handed over.', ['fromUserId']);
    return this.transactions.run(async (tx) => {
      const toId = await this.users.activeIdByHandle(toHandle.slice(0, 60), tx);
      if (!toId) throw new NotFoundError('That person');
      const moved = await this.files.transferOwner(tx, from.id, toId);
      // Search shows the new owner; expertise evidence of the files follows them.
      await this.outbox.enqueueAll(
        tx,
        moved.map((fileId) => ({ type: 'files.file.updated' as const, payload: { fileId } })),
      );
      await this.audit.record(tx, {
        actor: userActor(viewer),
        action: FILE_HANDOVER_AUDIT_ACTION,
        target: { type: 'user', id: from.id },
        before: { ownerId: from.id },
        after: { ownerId: toId, files: moved.length },
        context,
      });
      return moved.length;
    });
  }
}
