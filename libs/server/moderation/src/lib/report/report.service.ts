import { Injectable } from '@nestjs/common';
import { ModerationState, ModerationTargetType, ReportReason, UserRole } from '@outloud/contracts';
import { UserRepository } from '@outloud/identity';
import {
  AppConfig,
  RateLimits,
  TransactionRunner,
  validateInput,
  Viewer,
} from '@outloud/server-core';
import { ModerationErrors } from '../moderation.errors';
import { ModerationTargets } from '../moderation-targets';
import { ItemRow, ModerationRepository } from '../moderation.repository';
import { reportSchema } from '../moderation.schemas';
import { ModerationDecisions } from '../review/moderation-decisions';

export interface FiledReport {
  id: string;
  reason: ReportReason;
  note: string | null;
  /** False when the person's earlier open report on the same item was updated instead. */
  created: boolean;
  item: ItemRow;
}

/**
 * Reports: anyone who can see a piece of content may report it, once per item while the report
 * is open (again updates it). Enough distinct reporters hold it, hidden, pending review.
 */
@Injectable()
export class ReportService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly targets: ModerationTargets,
    private readonly repository: ModerationRepository,
    private readonly decisions: ModerationDecisions,
    private readonly users: UserRepository,
    private readonly limits: RateLimits,
    private readonly config: AppConfig,
  ) {}

  async report(viewer: Viewer, input: unknown): Promise<FiledReport> {
    const values = validateInput(reportSchema, input);
    const note = values.note ? values.note : null;
    if (values.reason === ReportReason.OTHER && !note) throw ModerationErrors.noteRequired();
    await this.limits.consume('report.create', viewer);
    return this.transactions.run(async (tx) => {
      const facts = await this.targets.load(viewer, values.targetType, values.targetId, tx);
      if (!facts) throw ModerationErrors.contentNotFound();
      if (facts.authorId === viewer.id) throw ModerationErrors.ownContent();
      let item = await this.repository.lockOrCreateItem(tx, facts);
      if (item.state === ModerationState.DELETED) throw ModerationErrors.contentNotFound();
      const report = await this.repository.upsertReport(
        tx,
        item.id,
        viewer.id,
        values.reason,
        note,
      );
      if (!item.queuedAt)
        item = await this.repository.updateItem(tx, item.id, { queuedAt: new Date() });
      if (item.state === ModerationState.VISIBLE && (await this.reachesHold(tx, item)))
        item = await this.decisions.record(tx, item, {
          action: 'held',
          actor: null,
          reason: null,
          patch: { state: ModerationState.HELD, hiddenAt: new Date() },
          closeReports: null,
          auditVerb: 'held',
        });
      return { id: report.id, reason: values.reason, note, created: report.created, item };
    });
  }

  /**
   * Enough distinct people reported it; never for content of moderators or admins (a hold is
   * automatic, and could otherwise silence the people who moderate).
   */
  private async reachesHold(
    tx: Parameters<ModerationRepository['openReporterCount']>[0],
    item: ItemRow,
  ): Promise<boolean> {
    const threshold = this.config.get('MODERATION_HOLD_REPORTS');
    if ((await this.repository.openReporterCount(tx, item.id)) < threshold) return false;
    const authorId =
      item.targetType === ModerationTargetType.PROFILE ? item.targetId : item.authorId;
    const [author] = await this.users.findByIds([authorId]);
    return !!author && author.role !== UserRole.MODERATOR && author.role !== UserRole.ADMIN;
  }
}
