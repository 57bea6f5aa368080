import { Module } from '@nestjs/common';
import { AuditModule } from '@outloud/audit';
import { PolicyModule } from '@outloud/policy';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@outloud/identity';
import { CommunityPlacement } from './community-placement';
import { CommunityImageController } from './community-image.controller';
import { CommunityEntity, CommunityImageEntity, CommunityMemberEntity } from './community.entity';
import { CommunityRepository } from './community.repository';
import { CommunityResolver } from './community.resolver';
import { CommunityService } from './community.service';
import { CommunityHandoverListener } from './handover/community-handover.listener';
import { CommunityHandoverResolver } from './handover/community-handover.resolver';
import { CommunityHandoverService } from './handover/community-handover.service';

/** Communities: catalogue, boards' metadata, memberships, requests and invitations. */
@Module({
  imports: [
    AuditModule,
    IdentityModule,
    PolicyModule,
    TypeOrmModule.forFeature([CommunityEntity, CommunityMemberEntity, CommunityImageEntity]),
  ],
  controllers: [CommunityImageController],
  providers: [
    CommunityPlacement,
    CommunityRepository,
    CommunityResolver,
    CommunityService,
    CommunityHandoverService,
    CommunityHandoverListener,
    CommunityHandoverResolver,
  ],
  exports: [CommunityPlacement, CommunityRepository],
})
export class CommunitiesModule {}
