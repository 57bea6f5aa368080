import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { auditContextOf } from '@outloud/audit';
import { CurrentViewer, GraphqlContext, requestState, Viewer } from '@outloud/server-core';
import { FileHandoverService } from './file-handover.service';

@Resolver()
export class FileHandoverResolver {
  constructor(private readonly handover: FileHandoverService) {}

  @Query(() => Int, { description: 'Admins: how many files a person owns.' })
  fileCountOf(
    @CurrentViewer() viewer: Viewer,
    @Args('userId', { type: () => ID }) userId: string,
  ): Promise<number> {
    return this.handover.countOwnedBy(viewer, userId);
  }

  @Mutation(() => Int, {
    description:
      'Admins: give every file of a former colleague to an active person (by handle). Versions, likes, comments and download counts stay. Returns how many files changed owner.',
  })
  giveFilesToNewOwner(
    @CurrentViewer() viewer: Viewer,
    @Args('fromUserId', { type: () => ID }) fromUserId: string,
    @Args('toHandle') toHandle: string,
    @Context() ctx: GraphqlContext,
  ): Promise<number> {
    return this.handover.transfer(
      viewer,
      fromUserId,
      toHandle,
      auditContextOf(requestState(ctx.req)),
    );
  }
}
