import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { toUserModel, UserRepository } from '@outloud/identity';
import {
  AccessPolicy,
  Connection,
  CurrentViewer,
  cursorCodec,
  GraphqlContext,
  offsetCursor,
  PageArgs,
  pageSize,
  requestLoader,
  Viewer,
  viewerIn,
} from '@outloud/server-core';
import { CommunityMemberEntity } from './community.entity';
import { CommunityErrors } from './community.errors';
import { toCommunityModel } from './community.mapper';
import { CommunityRepository } from './community.repository';
import { CommunityService } from './community.service';
import {
  CommunitiesArgs,
  Community,
  CommunityConnection,
  CommunityMember,
  CommunityMemberConnection,
  CommunityMembership,
  CommunitySort,
  CreateCommunityInput,
  MembershipRole,
  MembershipState,
  UpdateCommunityInput,
} from './dto/community.model';

/**
 * The member list's offset is checked by the list itself: an offset out of range reads as an
 * unknown community (NOT_FOUND), as it always has.
 */
const memberOffsetCursor = cursorCodec({ offset: 'number' });

function offsetConnection<T>(rows: T[], limit: number, offset: number): Connection<T> {
  const nodes = rows.slice(0, limit);
  const edges = nodes.map((node, i) => ({
    node,
    cursor: offsetCursor.encode({ offset: offset + i + 1 }),
  }));
  return {
    nodes,
    edges,
    pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

@Resolver(() => Community)
export class CommunityResolver {
  constructor(
    private readonly service: CommunityService,
    private readonly repository: CommunityRepository,
    private readonly users: UserRepository,
    private readonly policy: AccessPolicy,
  ) {}

  @Query(() => Community, {
    nullable: true,
    description: 'A community the viewer may see, by its address.',
  })
  async community(
    @CurrentViewer() viewer: Viewer,
    @Args('slug') slug: string,
  ): Promise<Community | null> {
    const c = await this.repository.findVisible({ slug }, viewer.id);
    return c ? toCommunityModel(c) : null;
  }

  @Query(() => CommunityConnection, {
    description: 'The catalogue: communities the viewer may see.',
  })
  async communities(
    @CurrentViewer() viewer: Viewer,
    @Args() args: CommunitiesArgs,
  ): Promise<Connection<Community>> {
    const limit = pageSize(args.first);
    const offset = offsetCursor.decode(args.after)?.offset ?? 0;
    const rows = await this.repository.catalogue(viewer.id, {
      query: args.query?.trim().slice(0, 80) || null,
      tag: args.tag?.trim().replace(/^#/, '').slice(0, 40) || null,
      mine: !!args.mine,
      sort: args.sort ?? CommunitySort.ACTIVITY,
      limit,
      offset,
    });
    return offsetConnection(rows.map(toCommunityModel), limit, offset);
  }

  @Mutation(() => Community)
  async createCommunity(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateCommunityInput,
  ): Promise<Community> {
    return toCommunityModel(await this.service.create(viewer, { ...input }));
  }

  @Mutation(() => Community, {
    description: 'Owners and admins. Changing the type takes effect everywhere at once.',
  })
  async updateCommunity(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateCommunityInput,
  ): Promise<Community> {
    return toCommunityModel(await this.service.update(viewer, id, { ...input }));
  }

  @Mutation(() => CommunityMembership, {
    description: 'Open: join. Moderated: request. Restricted: accept an invitation.',
  })
  async joinCommunity(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<CommunityMembership> {
    const row = await this.service.join(viewer, id);
    return { role: row.role as MembershipRole, state: row.state as MembershipState };
  }

  @Mutation(() => Boolean, { description: 'Leave, withdraw a request or decline an invitation.' })
  async leaveCommunity(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    await this.service.leave(viewer, id);
    return true;
  }

  @Mutation(() => Boolean)
  async approveJoinRequest(
    @CurrentViewer() viewer: Viewer,
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('userId', { type: () => ID }) userId: string,
  ): Promise<boolean> {
    await this.service.approve(viewer, communityId, userId, true);
    return true;
  }

  @Mutation(() => Boolean)
  async rejectJoinRequest(
    @CurrentViewer() viewer: Viewer,
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('userId', { type: () => ID }) userId: string,
  ): Promise<boolean> {
    await this.service.approve(viewer, communityId, userId, false);
    return true;
  }

  @Mutation(() => CommunityMembership)
  async inviteToCommunity(
    @CurrentViewer() viewer: Viewer,
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('handle') handle: string,
  ): Promise<CommunityMembership> {
    const row = await this.service.invite(viewer, communityId, handle);
    return { role: row.role as MembershipRole, state: row.state as MembershipState };
  }

  @Mutation(() => Boolean)
  async removeCommunityMember(
    @CurrentViewer() viewer: Viewer,
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('userId', { type: () => ID }) userId: string,
  ): Promise<boolean> {
    await this.service.remove(viewer, communityId, userId);
    return true;
  }

  @Mutation(() => CommunityMembership, { description: 'Owners promote members to owner or back.' })
  async setCommunityRole(
    @CurrentViewer() viewer: Viewer,
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('role', { type: () => MembershipRole }) role: MembershipRole,
  ): Promise<CommunityMembership> {
    const row = await this.service.setRole(viewer, communityId, userId, role);
    return { role: row.role as MembershipRole, state: row.state as MembershipState };
  }

  @ResolveField(() => CommunityMembership, {
    nullable: true,
    description: 'The viewer’s membership, request or invitation.',
  })
  async viewerMembership(community: Community, _args: unknown, ctx: GraphqlContext) {
    const viewer = viewerIn(ctx);
    const loader = requestLoader<string, CommunityMemberEntity | null>(
      ctx.req,
      'viewerMembership',
      async (ids) => {
        const rows = await this.repository.memberships(viewer.id, ids);
        return ids.map((id) => rows.find((r) => r.communityId === id) ?? null);
      },
    );
    const row = await loader.load(community.id);
    return row ? { role: row.role, state: row.state } : null;
  }

  @ResolveField(() => CommunityMemberConnection, { description: 'Members, owners first.' })
  members(@Parent() community: Community, @Args() args: PageArgs) {
    return this.people(community.id, 'member', args);
  }

  @ResolveField(() => CommunityMemberConnection, {
    nullable: true,
    description: 'Pending requests: owners only (null otherwise).',
  })
  async joinRequests(
    @Parent() community: Community,
    @CurrentViewer() viewer: Viewer,
    @Args() args: PageArgs,
  ) {
    if (!(await this.policy.can(viewer, 'community.manageMembers', { communityId: community.id })))
      return null;
    return this.people(community.id, 'requested', args);
  }

  private async people(
    communityId: string,
    state: 'member' | 'requested',
    args: PageArgs,
  ): Promise<Connection<CommunityMember>> {
    const limit = pageSize(args.first);
    const offset = memberOffsetCursor.decode(args.after)?.offset ?? 0;
    if (!Number.isInteger(offset) || offset < 0) throw CommunityErrors.notFound();
    const rows = await this.repository.members(communityId, state, limit, offset);
    const users = new Map(
      (await this.users.findByIds(rows.map((r) => r.userId))).map((u) => [u.id, toUserModel(u)]),
    );
    const members = rows
      .filter((r) => users.has(r.userId))
      .map((r) => ({
        user: users.get(r.userId)!,
        userId: r.userId,
        role: r.role as MembershipRole,
        state: r.state as MembershipState,
        since: r.createdAt,
      }));
    return offsetConnection(members, limit, offset);
  }
}
