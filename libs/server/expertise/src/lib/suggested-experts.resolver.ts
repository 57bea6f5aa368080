import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Viewer } from '@outloud/server-core';
import { SuggestedExpert, SuggestedExpertsArgs } from './suggested-experts.model';
import { SuggestedExpertsService } from './suggested-experts.service';

@Resolver()
export class SuggestedExpertsResolver {
  constructor(private readonly experts: SuggestedExpertsService) {}

  @Query(() => [SuggestedExpert], {
    description:
      'People whose evidence (accepted answers, liked replies, replies, used files, declared expertise) matches a draft: whom to @mention. Only evidence the viewer may see counts.',
  })
  suggestedExperts(
    @CurrentViewer() viewer: Viewer,
    @Args() args: SuggestedExpertsArgs,
  ): Promise<SuggestedExpert[]> {
    return this.experts.suggest(viewer, args);
  }
}
