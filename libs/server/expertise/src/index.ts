import { KnownForResolver } from './lib/known-for/known-for.resolver';
import { SuggestedExpertsResolver } from './lib/suggested-experts.resolver';

export { ExpertiseModule } from './lib/expertise.module';
export { ExpertiseRepository } from './lib/expertise.repository';
export { rankForDraft, SuggestedExpertsService } from './lib/suggested-experts.service';
export * from './lib/expertise-scoring';

/** Resolver classes, for generating the schema without a database. */
export const EXPERTISE_RESOLVERS = [SuggestedExpertsResolver, KnownForResolver];
export { rankKnownFor } from './lib/known-for/known-for';
