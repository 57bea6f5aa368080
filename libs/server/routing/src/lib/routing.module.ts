import { Module } from '@nestjs/common';
import { AuditModule } from '@outloud/audit';
import { CommunitiesModule } from '@outloud/communities';
import { ExpertiseModule } from '@outloud/expertise';
import { IdentityModule } from '@outloud/identity';
import { NotificationsModule } from '@outloud/notifications';
import { StreamModule } from '@outloud/stream';
import { RoutingListeners } from './routing.listeners';
import { RoutingRepository } from './routing.repository';
import { RoutingResolver } from './routing.resolver';
import { RoutingService } from './routing.service';
import { RoutingSettingsService } from './routing-settings.service';

/** Routing unanswered questions to people who could answer them (issue 24). */
@Module({
  imports: [
    AuditModule,
    CommunitiesModule,
    ExpertiseModule,
    IdentityModule,
    NotificationsModule,
    StreamModule,
  ],
  providers: [
    RoutingListeners,
    RoutingRepository,
    RoutingResolver,
    RoutingService,
    RoutingSettingsService,
  ],
  exports: [RoutingService],
})
export class RoutingModule {}
