import { Injectable } from '@nestjs/common';
import { AuditContext, AuditService, SYSTEM_ACTOR, userActor } from '@outloud/audit';
import { ModerationOutcome, ModerationState } from '@outloud/contracts';
import { OutboxService, QueuedEvent, Viewer } from '@outloud/server-core';
import { EntityManager } from 'typeorm';
import { auditKind, visibilityEvent } from '../moderation-events';
import { DecisionAction, ItemRow, ModerationRepository } from '../moderation.repository';

export interface Decision {
  action: DecisionAction;
  /** Who decided; null when reports decided (an automatic hold). */
  actor: Viewer | null;
  reason: string | null;
  /** The item's new state, queue position and hidden reason. */
  patch: Parameters<ModerationRepository['updateItem']>[2];
  /** Close the item's open reports with this outcome (their reporters are told). */
  closeReports: ModerationOutcome | null;
  /** The audit log's verb: `moderation.<kind>.<verb>`. */
  auditVerb: string;
  context?: AuditContext | null;
  /** Other events of the same decision (a deletion for the owning domain). */
  events?: QueuedEvent[];
}

/**
 * Records one decision on an item inside the caller's transaction: the item's new state, the
 * reports it closes, the decision row, the audit entry and the outbox events (visibility for
 * derived data, the decision for notifications) commit together, or none of them does.
 */
@Injectable()
export class ModerationDecisions {
  constructor(
    private readonly repository: ModerationRepository,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
  ) {}

  async record(tx: EntityManager, item: ItemRow, decision: Decision): Promise<ItemRow> {
    const closed = decision.closeReports
      ? await this.repository.closeOpenReports(tx, item.id, decision.closeReports)
      : [];
    const updated = await this.repository.updateItem(tx, item.id, decision.patch);
    const decisionId = await this.repository.addDecision(tx, {
      itemId: item.id,
      action: decision.action,
      actorId: decision.actor?.id ?? null,
      fromState: item.state,
      toState: updated.state,
      reason: decision.reason,
      reportIds: closed.map((r) => r.id),
    });
    const wasVisible = item.state === ModerationState.VISIBLE;
    const isVisible = updated.state === ModerationState.VISIBLE;
    const events: QueuedEvent[] = [];
    if (wasVisible && !isVisible) events.push(visibilityEvent(updated, 'hidden'));
    if (!wasVisible && isVisible) events.push(visibilityEvent(updated, 'restored'));
    events.push(...(decision.events ?? []), {
      type: 'moderation.decision.recorded',
      payload: { decisionId, itemId: item.id },
    });
    await this.outbox.enqueueAll(tx, events);
    const kind = auditKind(item.targetType);
    await this.audit.record(tx, {
      actor: decision.actor ? userActor(decision.actor) : SYSTEM_ACTOR,
      action: `moderation.${kind}.${decision.auditVerb}`,
      target: { type: kind, id: item.targetId },
      before: { state: item.state, hiddenReason: item.hiddenReason },
      after: {
        state: updated.state,
        hiddenReason: updated.hiddenReason,
        reportsClosed: closed.length,
        itemId: item.id,
      },
      reason: decision.reason,
      context: decision.context,
    });
    return updated;
  }
}
