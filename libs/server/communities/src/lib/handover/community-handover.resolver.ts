import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { auditContextOf } from '@outloud/audit';
import { toUserModel, UserRepository } from '@outloud/identity';
import {
  BadUserInputError,
  CurrentViewer,
  GraphqlContext,
  requestState,
  Viewer,
} from '@outloud/server-core';
import { toCommunityModel } from '../community.mapper';
import { Community } from '../dto/community.model';
import { CommunityAwaitingOwner } from './community-handover.model';
import { CommunityHandoverService } from './community-handover.service';

const MAX_AWAITING = 100;

@Resolver()
export class CommunityHandoverResolver {
  constructor(
    private readonly handover: CommunityHandoverService,
    private readonly users: UserRepository,
  ) {}

  @Query(() => [CommunityAwaitingOwner], {
    description:
      'Admins: communities whose owners have all left and that no active member could take over (oldest first).',
  })
  async communitiesAwaitingOwner(
    @CurrentViewer() viewer: Viewer,
    @Args('first', { type: () => Int, nullable: true, description: '1 to 100 (default 50).' })
    first?: number | null,
  ): Promise<CommunityAwaitingOwner[]> {
    const limit = first ?? 50;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_AWAITING)
      throw BadUserInputError.field(['first'], `"first" must be between 1 and ${MAX_AWAITING}.`);
    const rows = await this.handover.awaitingOwner(viewer, limit);
    const people = new Map(
      (await this.users.findByIds([...new Set(rows.flatMap((r) => r.formerOwnerIds))])).map((u) => [
        u.id,
        u,
      ]),
    );
    return rows.map((r) => ({
      community: toCommunityModel(r.community),
      formerOwners: r.formerOwnerIds.flatMap((id) => {
        const u = people.get(id);
        return u ? [toUserModel(u)] : [];
      }),
    }));
  }

  @Mutation(() => Community, {
    description:
      'Admins: give a community without an active owner a new owner (by handle; they become a member if they were not).',
  })
  async assignCommunityOwner(
    @CurrentViewer() viewer: Viewer,
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('handle') handle: string,
    @Context() ctx: GraphqlContext,
  ): Promise<Community> {
    return toCommunityModel(
      await this.handover.assignOwner(
        viewer,
        communityId,
        handle,
        auditContextOf(requestState(ctx.req)),
      ),
    );
  }
}
