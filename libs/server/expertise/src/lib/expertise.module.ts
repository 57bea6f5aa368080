import { Module } from '@nestjs/common';
import { IdentityModule } from '@outloud/identity';
import { ExpertiseSync } from './expertise-sync';
import { ExpertiseRepository } from './expertise.repository';
import { SuggestedExpertsResolver } from './suggested-experts.resolver';
import { SuggestedExpertsService } from './suggested-experts.service';
import { KnownForRepository } from './known-for/known-for.repository';
import { KnownForResolver } from './known-for/known-for.resolver';
import { KnownForService } from './known-for/known-for.service';

/** Who knows about what: the evidence model kept by the outbox, and suggested experts. */
@Module({
  imports: [IdentityModule],
  providers: [
    ExpertiseRepository,
    ExpertiseSync,
    SuggestedExpertsService,
    SuggestedExpertsResolver,
    KnownForRepository,
    KnownForService,
    KnownForResolver,
  ],
  exports: [SuggestedExpertsService],
})
export class ExpertiseModule {}
