import { Controller, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import { ClientMeta, readSessionToken, SessionService, setSessionCookie } from '@outloud/identity';
import { AppConfig, Public, requestState } from '@outloud/server-core';
import type { CookieOptions, Request, Response } from 'express';
import { requestOrigin } from './request-origin';
import { SsoRefusal } from './sso-refusal';
import { SsoLoginService } from './sso-login.service';
import { SsoLogoutService } from './sso-logout.service';

/** Binds a sign-in to the browser that started it (against login CSRF). */
export const SSO_BROWSER_COOKIE = 'outloud_sso';

/**
 * The browser side of single sign-on: `login` sends the browser to the provider, `callback`
 * takes it back and signs the person in, `backchannel-logout` is the provider ending sessions.
 * Refusals go back to the log-in page as `?sso_error=<code>`, explained there.
 */
@Controller('auth/oidc')
export class SsoController {
  constructor(
    private readonly login: SsoLoginService,
    private readonly logout: SsoLogoutService,
    private readonly sessions: SessionService,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @Get('login')
  async start(@Query('returnTo') returnTo: unknown, @Req() req: Request, @Res() res: Response) {
    noStore(res);
    try {
      const { url, browserSecret } = await this.login.start(returnTo, requestOrigin(req));
      res.cookie(SSO_BROWSER_COOKIE, browserSecret, this.cookieOptions(req, 600_000));
      res.redirect(302, url);
    } catch (error) {
      this.refused(error, res);
    }
  }

  @Public()
  @Get('callback')
  async callback(@Req() req: Request, @Res() res: Response) {
    noStore(res);
    res.clearCookie(SSO_BROWSER_COOKIE, this.cookieOptions(req));
    const query = new URLSearchParams(req.originalUrl.split('?')[1] ?? '');
    try {
      const state = requestState(req);
      const client: ClientMeta = {
        ipAddress: state.clientAddress,
        userAgent: req.header('user-agent'),
        requestId: state.requestId,
      };
      const session = await this.login.finish(query, readCookie(req, SSO_BROWSER_COOKIE), client);
      // A new session id at every sign-in: a session cookie planted before is worthless.
      const previous = readSessionToken(req.headers.cookie);
      if (previous) await this.sessions.revokeByToken(previous);
      setSessionCookie(this.config, req, res, session.token, session.expiresAt);
      res.redirect(302, session.returnTo);
    } catch (error) {
      this.refused(error, res);
    }
  }

  /** OpenID Connect Back-Channel Logout 1.0: the provider POSTs a signed logout_token. */
  @Public()
  @Post('backchannel-logout')
  @HttpCode(200)
  async backChannel(@Req() req: Request, @Res() res: Response) {
    noStore(res);
    const state = requestState(req);
    const body = (req.body ?? {}) as Record<string, unknown>;
    try {
      await this.logout.backChannelLogout(body.logout_token, {
        requestId: state.requestId,
        ipAddress: state.clientAddress,
      });
      res.status(200).end();
    } catch (error) {
      if (!(error instanceof SsoRefusal)) throw error;
      res.status(400).json({ error: 'invalid_request', error_description: error.detail });
    }
  }

  private refused(error: unknown, res: Response): void {
    if (!(error instanceof SsoRefusal)) throw error;
    res.redirect(302, `/login?sso_error=${error.code}`);
  }

  private cookieOptions(req: Request, maxAge?: number): CookieOptions {
    const setting = this.config.get('COOKIE_SECURE');
    const secure = setting === 'auto' ? req.secure : setting === 'true';
    return { httpOnly: true, sameSite: 'lax', secure, path: '/auth/oidc', maxAge };
  }
}

function noStore(res: Response): void {
  res.setHeader('Cache-Control', 'no-store');
}

function readCookie(req: Request, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=') || null;
  }
  return null;
}
