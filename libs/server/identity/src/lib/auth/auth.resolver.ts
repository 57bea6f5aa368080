import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  AppConfig,
  CurrentViewer,
  GraphqlContext,
  Public,
  requestState,
  Viewer,
} from '@outloud/server-core';
import {
  clearSessionCookie,
  readDeviceToken,
  readSessionToken,
  setDeviceCookie,
  setSessionCookie,
} from '../session/session-cookie';
import { ChangePasswordInput, SessionInfo } from '../session/session.model';
import { SessionService } from '../session/session.service';
import { AuthPayload } from '../user/dto/user.model';
import { LogInInput, SignUpInput } from '../user/dto/user.inputs';
import { toUserModel } from '../user/user.mapper';
import { UserService } from '../user/user.service';
import { AuthService, ClientMeta } from './auth.service';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UserService,
    private readonly sessions: SessionService,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @Mutation(() => AuthPayload)
  async signUp(
    @Args('input') input: SignUpInput,
    @Context() ctx: GraphqlContext,
  ): Promise<AuthPayload> {
    const user = await this.users.signUp({ ...input });
    await this.dropPreviousSession(ctx);
    const session = await this.auth.startSession(user, clientMeta(ctx), 'sign-up');
    setSessionCookie(this.config, ctx.req, ctx.res, session.token, session.expiresAt);
    const device = await this.auth.rememberDevice(readDeviceToken(ctx.req.headers.cookie), user.id);
    setDeviceCookie(this.config, ctx.req, ctx.res, device.token, device.expires);
    return { viewer: toUserModel(user) };
  }

  @Public()
  @Mutation(() => AuthPayload)
  async logIn(
    @Args('input') input: LogInInput,
    @Context() ctx: GraphqlContext,
  ): Promise<AuthPayload> {
    const { user, token, expiresAt, device } = await this.auth.logIn(
      { ...input },
      { ...clientMeta(ctx), deviceToken: readDeviceToken(ctx.req.headers.cookie) },
    );
    // A new session id at every log-in: a cookie planted before log-in is worthless.
    await this.dropPreviousSession(ctx);
    setSessionCookie(this.config, ctx.req, ctx.res, token, expiresAt);
    setDeviceCookie(this.config, ctx.req, ctx.res, device.token, device.expires);
    return { viewer: toUserModel(user) };
  }

  @Public()
  @Mutation(() => Boolean)
  async logOut(@Context() ctx: GraphqlContext): Promise<boolean> {
    await this.dropPreviousSession(ctx);
    clearSessionCookie(this.config, ctx.req, ctx.res);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Ends every session of the viewer, on every device.' })
  async logOutEverywhere(
    @CurrentViewer() viewer: Viewer,
    @Context() ctx: GraphqlContext,
  ): Promise<boolean> {
    await this.auth.logOutEverywhere(viewer, clientMeta(ctx));
    clearSessionCookie(this.config, ctx.req, ctx.res);
    return true;
  }

  @Query(() => [SessionInfo], {
    description: "The viewer's signed-in browsers and devices, the most recently used first.",
  })
  async mySessions(@CurrentViewer() viewer: Viewer): Promise<SessionInfo[]> {
    const rows = await this.sessions.listLive(viewer.id);
    return rows.map((r) => ({
      id: r.id,
      userAgent: r.user_agent,
      createdAt: new Date(r.created_at),
      lastSeenAt: new Date(r.last_seen_at),
      current: r.id === viewer.sessionId,
    }));
  }

  @Mutation(() => Boolean, {
    description: 'Signs out one of the viewer’s sessions (another device, or this one).',
  })
  async endSession(
    @Args('id', { type: () => ID }) id: string,
    @CurrentViewer() viewer: Viewer,
    @Context() ctx: GraphqlContext,
  ): Promise<boolean> {
    await this.auth.endSession(viewer, id, clientMeta(ctx));
    if (id === viewer.sessionId) clearSessionCookie(this.config, ctx.req, ctx.res);
    return true;
  }

  @Mutation(() => Int, {
    description:
      'Changes the viewer’s password (the current one is checked) and signs out their other sessions; returns how many ended.',
  })
  changePassword(
    @Args('input') input: ChangePasswordInput,
    @CurrentViewer() viewer: Viewer,
    @Context() ctx: GraphqlContext,
  ): Promise<number> {
    return this.auth.changePassword(viewer, { ...input }, clientMeta(ctx));
  }

  private async dropPreviousSession(ctx: GraphqlContext): Promise<void> {
    const token = readSessionToken(ctx.req.headers.cookie);
    if (token) await this.sessions.revokeByToken(token);
  }
}

function clientMeta(ctx: GraphqlContext): ClientMeta {
  const state = requestState(ctx.req);
  return {
    ipAddress: state.clientAddress,
    userAgent: ctx.req.header('user-agent'),
    requestId: state.requestId,
  };
}
