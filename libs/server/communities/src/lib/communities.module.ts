import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@outloud/identity';
import { CommunityAccess } from './community-access';
import { CommunityImageController } from './community-image.controller';
import { CommunityEntity, CommunityImageEntity, CommunityMemberEntity } from './community.entity';
import { CommunityRepository } from './community.repository';
import { CommunityResolver } from './community.resolver';
import { CommunityService } from './community.service';

/** Communities: catalogue, boards' metadata, memberships, requests and invitations. */
@Module({
  imports: [
    IdentityModule,
    TypeOrmModule.forFeature([CommunityEntity, CommunityMemberEntity, CommunityImageEntity]),
  ],
  controllers: [CommunityImageController],
  providers: [CommunityAccess, CommunityRepository, CommunityResolver, CommunityService],
  exports: [CommunityAccess, CommunityRepository],
})
export class CommunitiesModule {}
