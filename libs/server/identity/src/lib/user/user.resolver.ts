import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { auditContextOf } from '@outloud/audit';
import { UserRole } from '@outloud/contracts';
import {
  AccessPolicy,
  AppConfig,
  Connection,
  CurrentViewer,
  GraphqlContext,
  OptionalViewer,
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

  @ResolveField(() => String, {
    nullable: true,
    description: 'Only visible to the person and to admins.',
  })
  async email(
    @Parent() user: User,
    @OptionalViewer() viewer: Viewer | null,
  ): Promise<string | null> {
    return viewer && (await this.policy.can(viewer, 'user.readEmail', { ownerId: user.id }))
      ? user.emailAddress
      : null;
  }

  @ResolveField(() => Date, {
    nullable: true,
    description: 'When the person last used Outloud, to the hour. Only visible to admins.',
  })
  async lastActiveAt(
    @Parent() user: User,
    @OptionalViewer() viewer: Viewer | null,
  ): Promise<Date | null> {
    return viewer && (await this.policy.can(viewer, 'site.administer', {}))
      ? user.lastActive
      : null;
  }

  @ResolveField(() => String, { nullable: true })
  async avatarUrl(
    @Parent() user: User,
    @OptionalViewer() viewer: Viewer | null,
    @Context() ctx: GraphqlContext,
  ): Promise<string | null> {
    if (!user.avatarSha256 || (await this.detailsHidden(user, viewer, ctx))) return null;
    return `/avatars/${user.id}?v=${user.avatarSha256.slice(0, 12)}`;
  }

  // A profile hidden by moderation keeps its name; its self-description shows only to the
  // person and site moderators.
  @ResolveField(() => String, { nullable: true })
  async bio(
    @Parent() user: User,
    @OptionalViewer() viewer: Viewer | null,
    @Context() ctx: GraphqlContext,
  ): Promise<string | null> {
    return (await this.detailsHidden(user, viewer, ctx)) ? null : user.bio;
  }

  @ResolveField(() => String, { nullable: true })
  async jobTitle(
    @Parent() user: User,
    @OptionalViewer() viewer: Viewer | null,
    @Context() ctx: GraphqlContext,
  ): Promise<string | null> {
    return (await this.detailsHidden(user, viewer, ctx)) ? null : user.jobTitle;
  }

  @ResolveField(() => String, { nullable: true })
  async location(
    @Parent() user: User,
    @OptionalViewer() viewer: Viewer | null,
    @Context() ctx: GraphqlContext,
  ): Promise<string | null> {
    return (await this.detailsHidden(user, viewer, ctx)) ? null : user.location;
  }

  @ResolveField(() => [String])
  async expertise(
    @Parent() user: User,
    @OptionalViewer() viewer: Viewer | null,
    @Context() ctx: GraphqlContext,
  ): Promise<string[]> {
    return (await this.detailsHidden(user, viewer, ctx)) ? [] : user.expertise;
  }

  private detailsHidden(user: User, viewer: Viewer | null, ctx: GraphqlContext) {
    return this.details.hiddenFrom(ctx.req, viewer, user);
  }

  @ResolveField(() => ProfileCompleteness)
  profileCompleteness(@Parent() user: User): ProfileCompleteness {
    return profileCompleteness(user);
  }
}
