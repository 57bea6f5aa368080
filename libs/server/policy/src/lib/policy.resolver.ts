import { Args, Context, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { auditContextOf } from '@outloud/audit';
import { toUserModel, User, UserRepository } from '@outloud/identity';
import {
  CurrentViewer,
  GraphqlContext,
  requestState,
  Viewer,
  viewerIn,
} from '@outloud/server-core';
import {
  ContentPolicyStatus,
  ContentPolicyVersion,
  PolicyAcknowledgementStats,
  PolicyDiffKind,
  PolicyDiffLine,
  PublishContentPolicyInput,
} from './dto/policy.model';
import { diffPolicy, renderPolicy } from './policy-text';
import { PolicyVersionRow } from './policy.repository';
import { PolicyService } from './policy.service';

const VERSIONS_MAX = 100;

function toVersion(row: PolicyVersionRow): ContentPolicyVersion {
  return { ...row, html: renderPolicy(row.markdown) };
}

/** The content policy: everyone reads it; admins write it and see who accepted it. */
@Resolver(() => ContentPolicyVersion)
export class PolicyResolver {
  constructor(
    private readonly service: PolicyService,
    private readonly users: UserRepository,
  ) {}

  @Query(() => ContentPolicyStatus, {
    description:
      'The current content policy, readable by everyone, and whether the viewer accepted it.',
  })
  async contentPolicy(@CurrentViewer() viewer: Viewer): Promise<ContentPolicyStatus> {
    const [current, acknowledged] = await Promise.all([
      this.service.current(),
      this.service.acknowledgedVersion(viewer),
    ]);
    return this.status(current, acknowledged);
  }

  @Mutation(() => ContentPolicyStatus, {
    description:
      'Accepts the current version (an older one is BAD_USER_INPUT naming the current one).',
  })
  async acknowledgeContentPolicy(
    @CurrentViewer() viewer: Viewer,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<ContentPolicyStatus> {
    const current = await this.service.acknowledge(viewer, version);
    return this.status(current, current.version);
  }

  @Query(() => [ContentPolicyVersion], { description: 'Admins: every version, newest first.' })
  async contentPolicyVersions(@CurrentViewer() viewer: Viewer): Promise<ContentPolicyVersion[]> {
    return (await this.service.versions(viewer, VERSIONS_MAX)).map(toVersion);
  }

  @Mutation(() => ContentPolicyVersion, {
    description: 'Admins: saves the policy as a new version with a change note.',
  })
  async publishContentPolicy(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: PublishContentPolicyInput,
    @Context() ctx: GraphqlContext,
  ): Promise<ContentPolicyVersion> {
    return toVersion(
      await this.service.publish(viewer, { ...input }, auditContextOf(requestState(ctx.req))),
    );
  }

  @ResolveField(() => [PolicyDiffLine], { description: 'Line by line against the version before.' })
  async diff(version: ContentPolicyVersion): Promise<PolicyDiffLine[]> {
    const previous = await this.service.previousMarkdown(version.version);
    return diffPolicy(previous, version.markdown).map((line) => ({
      kind: line.kind as PolicyDiffKind,
      text: line.text,
    }));
  }

  @ResolveField(() => User, { nullable: true, description: 'Who published it (admins only).' })
  async publishedBy(
    version: ContentPolicyVersion,
    _args: unknown,
    ctx: GraphqlContext,
  ): Promise<User | null> {
    const viewer = viewerIn(ctx);
    if (!version.publishedBy) return null;
    try {
      await this.service.requireAdmin(viewer);
    } catch {
      return null;
    }
    const [user] = await this.users.findByIds([version.publishedBy]);
    return user ? toUserModel(user) : null;
  }

  @ResolveField(() => PolicyAcknowledgementStats, {
    nullable: true,
    description: 'Admins: how many active people accepted this version (null for others).',
  })
  async acknowledgements(
    version: ContentPolicyVersion,
    _args: unknown,
    ctx: GraphqlContext,
  ): Promise<PolicyAcknowledgementStats | null> {
    const viewer = viewerIn(ctx);
    try {
      const stats = await this.service.stats(viewer, version.version);
      return { ...stats, share: stats.people ? stats.acknowledged / stats.people : 0 };
    } catch {
      return null;
    }
  }

  private status(current: PolicyVersionRow | null, acknowledged: number | null) {
    return {
      current: current ? toVersion(current) : null,
      viewerAcknowledgedVersion: acknowledged,
      mustAcknowledge: !!current && acknowledged !== current.version,
    };
  }
}
