import { Args, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { User } from '@outloud/identity';
import { CurrentViewer, Viewer } from '@outloud/server-core';
import { SuggestedExpert } from '../suggested-experts.model';
import { KnownForTopic } from './known-for.model';
import { KnownForService } from './known-for.service';

@Resolver(() => User)
export class KnownForResolver {
  constructor(private readonly service: KnownForService) {}

  @ResolveField(() => [KnownForTopic], {
    description:
      'Topics this person is known for, derived from evidence (accepted answers, liked replies, replies, files others used), with links to it; only evidence the viewer may see. Self-declared expertise is `expertise`.',
  })
  knownFor(
    @Parent() user: User,
    @CurrentViewer() viewer: Viewer,
    @Args('first', { type: () => Int, nullable: true, description: '1 to 12 (default 5).' })
    first?: number | null,
  ): Promise<KnownForTopic[]> {
    return this.service.knownFor(viewer, user.id, first);
  }

  @Query(() => [SuggestedExpert], {
    description:
      'Who knows about a topic: people ranked by their evidence on its words and tags, with a reason; only evidence the viewer may see counts; never the viewer or a former colleague.',
  })
  peopleWhoKnow(
    @CurrentViewer() viewer: Viewer,
    @Args('topic') topic: string,
    @Args('first', { type: () => Int, nullable: true, description: '1 to 10 (default 5).' })
    first?: number | null,
  ): Promise<SuggestedExpert[]> {
    return this.service.peopleWhoKnow(viewer, topic, first);
  }
}
