import { Injectable, OnModuleInit } from '@nestjs/common';
import { OutboxService } from '@outloud/server-core';
import { CommunityHandoverService } from './community-handover.service';

/** A deactivated owner's communities pass on (identity.user.deactivated, from any source). */
@Injectable()
export class CommunityHandoverListener implements OnModuleInit {
  constructor(
    private readonly outbox: OutboxService,
    private readonly handover: CommunityHandoverService,
  ) {}

  onModuleInit(): void {
    this.outbox.on('identity.user.deactivated', 'communities.handOverOwnership', async (e) => {
      await this.handover.handOver(e.userId);
    });
  }
}
