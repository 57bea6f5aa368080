import { Module } from '@nestjs/common';
import { AuditModule } from '@outloud/audit';
import { BookmarksModule } from '@outloud/bookmarks';
import { FilesModule } from '@outloud/files';
import { IdentityModule } from '@outloud/identity';
import { StreamModule } from '@outloud/stream';
import { CONTENT_MODERATION_RESOLVERS } from './fields/content-moderation.resolver';
import { ModerationTargets } from './moderation-targets';
import { ModerationRepository } from './moderation.repository';
import { ModerationResolver } from './moderation.resolver';
import { ModerationNotices } from './notices/moderation-notices';
import { ModerationQueueService } from './queue/moderation-queue.service';
import { ReportService } from './report/report.service';
import { ModerationDecisions } from './review/moderation-decisions';
import { ReviewService } from './review/review.service';

/**
 * Keeping it civil: reports, the review queue, hiding and restoring, automatic holds. Content
 * is read through its domains' ports; hiding is a rule of the one access policy; everything
 * else (search, live rooms, tombstones, notifications, analytics) follows through the outbox.
 */
@Module({
  imports: [AuditModule, IdentityModule, StreamModule, FilesModule, BookmarksModule],
  providers: [
    ModerationRepository,
    ModerationTargets,
    ModerationDecisions,
    ReportService,
    ReviewService,
    ModerationQueueService,
    ModerationNotices,
    ModerationResolver,
    ...CONTENT_MODERATION_RESOLVERS,
  ],
  exports: [ModerationNotices],
})
export class ModerationModule {}
