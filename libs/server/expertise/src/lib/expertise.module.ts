import { Module } from '@nestjs/common';
import { IdentityModule } from '@outloud/identity';
import { ExpertiseSync } from './expertise-sync';
import { ExpertiseRepository } from './expertise.repository';
import { SuggestedExpertsResolver } from './suggested-experts.resolver';
import { SuggestedExpertsService } from './suggested-experts.service';

/** Who knows about what: the evidence model kept by the outbox, and suggested experts. */
@Module({
  imports: [IdentityModule],
  providers: [
    ExpertiseRepository,
    ExpertiseSync,
    SuggestedExpertsService,
    SuggestedExpertsResolver,
  ],
  exports: [SuggestedExpertsService],
})
export class ExpertiseModule {}
