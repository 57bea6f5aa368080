import { Args, Context, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { auditContextOf } from '@outloud/audit';
import { UserRole } from '@outloud/contracts';
import {
  AccessPolicy,
  AppConfig,
  Connection,
  CurrentViewer,
  GraphqlContext,
  OptionalViewer,
  optionalViewerIn,
  Public,
  requestState,
  toConnection,
  Viewer,
} from '@outloud/server-core';
import { InstanceSettingsService } from '../settings/instance-settings.service';
import { InstanceSettings, ProfileCompleteness, User, UserConnection } from './dto/user.model';
import { PeopleArgs, UpdateProfileInput, UsersArgs } from './dto/user.inputs';
import { profileCompleteness } from './profile-completeness';
import { ProfileDetails } from './profile-details';
import { toUserModel } from './user.mapper';
import { UserRepository } from './user.repository';
import { UserService } from './user.service';

@Resolver(() => User)
export class UserResolver {
  constructor(
    private readonly userService: UserService,
    private readonly repository: UserRepository,
    private readonly settings: InstanceSettingsService,
    private readonly policy: AccessPolicy,
    private readonly config: AppConfig,
    private readonly details: ProfileDetails,
  ) {}

  @Public()
  @Query(() => User, { nullable: true, description: 'The logged-in person, or null.' })
  async viewer(@OptionalViewer() viewer: Viewer | null): Promise<User | null> {
    if (!viewer) return null;
    const user = await this.repository.findById(viewer.id);
    return user ? toUserModel(user) : null;
  }

  @Query(() => User, { nullable: true })
  async user(@Args('handle') handle: string): Promise<User | null> {
    const user = await this.repository.findByHandle(handle.slice(0, 100));
    return user ? toUserModel(user) : null;
  }

  @Query(() => UserConnection, {
    description: 'Prefix match on handle and name, for @mention autocomplete and the directory.',
  })
  async users(@Args() args: UsersArgs): Promise<Connection<User>> {
    return toConnection(await this.userService.search(args), toUserModel);
  }

  @Query(() => UserConnection, {
    description:
      'People administration (admins): everyone, former colleagues too, by name, filtered by department, role and status.',
  })
  async people(
    @CurrentViewer() viewer: Viewer,
    @Args() args: PeopleArgs,
  ): Promise<Connection<User>> {
    return toConnection(await this.userService.people(viewer, args), toUserModel);
  }

  @Query(() => [String], { description: 'The departments people gave, for filtering (admins).' })
  peopleDepartments(@CurrentViewer() viewer: Viewer): Promise<string[]> {
    return this.userService.departments(viewer);
  }

  @Public()
  @Query(() => InstanceSettings)
  async instanceSettings(): Promise<InstanceSettings> {
    return {
      openSignUp: await this.settings.openSignUp(),
      passwordLogin: this.config.get('PASSWORD_LOGIN'),
      timeZone: await this.settings.timeZone(),
    };
  }

  @Mutation(() => User)
  async updateProfile(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: UpdateProfileInput,
  ): Promise<User> {
    return toUserModel(await this.userService.updateProfile(viewer, { ...input }));
  }

  @Mutation(() => User, {
    description: 'Admins: ends all sessions; content stays, shown as a former colleague.',
  })
  async deactivateUser(
    @CurrentViewer() viewer: Viewer,
    @Args('userId', { type: () => ID }) userId: string,
    @Context() ctx: GraphqlContext,
    @Args('reason', {
      type: () => String,
      nullable: true,
      description: 'Why, for the audit log (at most 500 characters).',
    })
    reason?: string | null,
  ): Promise<User> {
    const context = auditContextOf(requestState(ctx.req));
    return toUserModel(await this.userService.deactivate(viewer, userId, context, reason));
  }

  @Mutation(() => User)
  async reactivateUser(
    @CurrentViewer() viewer: Viewer,
    @Args('userId', { type: () => ID }) userId: string,
    @Context() ctx: GraphqlContext,
  ): Promise<User> {
    return toUserModel(
      await this.userService.reactivate(viewer, userId, auditContextOf(requestState(ctx.req))),
    );
  }

  @Mutation(() => User)
  async setUserRole(
    @CurrentViewer() viewer: Viewer,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('role', { type: () => UserRole }) role: UserRole,
    @Context() ctx: GraphqlContext,
  ): Promise<User> {
    const context = auditContextOf(requestState(ctx.req));
    return toUserModel(await this.userService.setRole(viewer, userId, role, context));
  }

  @Mutation(() => InstanceSettings)
  async setOpenSignUp(
    @CurrentViewer() viewer: Viewer,
    @Args('enabled') enabled: boolean,
    @Context() ctx: GraphqlContext,
  ): Promise<InstanceSettings> {
    await this.userService.assertAdmin(viewer);
    return {
      openSignUp: await this.settings.setOpenSignUp(
        viewer,
        enabled,
        auditContextOf(requestState(ctx.req)),
      ),
      passwordLogin: this.config.get('PASSWORD_LOGIN'),
      timeZone: await this.settings.timeZone(),
    };
  }

  @Mutation(() => InstanceSettings, {
    description:
      'Admins only: the organisation’s time zone, an IANA name (BAD_USER_INPUT otherwise).',
  })
  async setOrganisationTimeZone(
    @CurrentViewer() viewer: Viewer,
    @Args('timeZone') timeZone: string,
    @Context() ctx: GraphqlContext,
  ): Promise<InstanceSettings> {
    await this.userService.assertAdmin(viewer);
    return {
      timeZone: await this.settings.setTimeZone(
        viewer,
        timeZone,
        auditContextOf(requestState(ctx.req)),
      ),
      openSignUp: await this.settings.openSignUp(),
      passwordLogin: this.config.get('PASSWORD_LOGIN'),
    };
  }

  // Profile fields appear on every card's author: they take GraphQL's own arguments, no
  // parameter decorators, so Nest binds them directly (docs/decisions/0015).
  @ResolveField(() => String, {
    nullable: true,
    description: 'Only visible to the person and to admins.',
  })
  async email(user: User, _args: unknown, ctx: GraphqlContext): Promise<string | null> {
    const viewer = optionalViewerIn(ctx);
    return viewer && (await this.policy.can(viewer, 'user.readEmail', { ownerId: user.id }))
      ? user.emailAddress
      : null;
  }

  @ResolveField(() => Date, {
    nullable: true,
    description: 'When the person last used Outloud, to the hour. Only visible to admins.',
  })
  async lastActiveAt(user: User, _args: unknown, ctx: GraphqlContext): Promise<Date | null> {
    const viewer = optionalViewerIn(ctx);
    return viewer && (await this.policy.can(viewer, 'site.administer', {}))
      ? user.lastActive
      : null;
  }

  @ResolveField(() => String, { nullable: true })
  async avatarUrl(user: User, _args: unknown, ctx: GraphqlContext): Promise<string | null> {
    if (!user.avatarSha256 || (await this.detailsHidden(user, ctx))) return null;
    return `/avatars/${user.id}?v=${user.avatarSha256.slice(0, 12)}`;
  }

  // A profile hidden by moderation keeps its name; its self-description shows only to the
  // person and site moderators.
  @ResolveField(() => String, { nullable: true })
  async bio(user: User, _args: unknown, ctx: GraphqlContext): Promise<string | null> {
    return (await this.detailsHidden(user, ctx)) ? null : user.bio;
  }

  @ResolveField(() => String, { nullable: true })
  async jobTitle(user: User, _args: unknown, ctx: GraphqlContext): Promise<string | null> {
    return (await this.detailsHidden(user, ctx)) ? null : user.jobTitle;
  }

  @ResolveField(() => String, { nullable: true })
  async location(user: User, _args: unknown, ctx: GraphqlContext): Promise<string | null> {
    return (await this.detailsHidden(user, ctx)) ? null : user.location;
  }

  @ResolveField(() => [String])
  async expertise(user: User, _args: unknown, ctx: GraphqlContext): Promise<string[]> {
    return (await this.detailsHidden(user, ctx)) ? [] : user.expertise;
  }

  private detailsHidden(user: User, ctx: GraphqlContext) {
    return this.details.hiddenFrom(ctx.req, optionalViewerIn(ctx), user);
  }

  @ResolveField(() => ProfileCompleteness)
  profileCompleteness(user: User): ProfileCompleteness {
    return profileCompleteness(user);
  }
}
