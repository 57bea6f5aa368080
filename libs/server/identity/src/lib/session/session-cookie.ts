import type { CookieOptions, Request, Response } from 'express';
import { AppConfig } from '@outloud/server-core';

export const SESSION_COOKIE = 'outloud_session';

/** httpOnly, SameSite=Lax, Secure on HTTPS (or when configured), scoped to the whole site. */
export function sessionCookieOptions(
  config: AppConfig,
  req: Request,
  expires?: Date,
): CookieOptions {
  const setting = config.get('COOKIE_SECURE');
  const secure = setting === 'auto' ? req.secure : setting === 'true';
  return { httpOnly: true, sameSite: 'lax', secure, path: '/', ...(expires ? { expires } : {}) };
}

export function setSessionCookie(
  config: AppConfig,
  req: Request,
  res: Response,
  token: string,
  expires: Date,
): void {
  res.cookie(SESSION_COOKIE, token, sessionCookieOptions(config, req, expires));
}

export function clearSessionCookie(config: AppConfig, req: Request, res: Response): void {
  res.clearCookie(SESSION_COOKIE, sessionCookieOptions(config, req));
}

/** Reads the session token from a Cookie header without trusting its format. */
export function readSessionToken(cookieHeader: string | undefined): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name !== SESSION_COOKIE) continue;
    try {
      return decodeURIComponent(rest.join('=')) || null;
    } catch {
      return null; // a malformed cookie is no session, not an error
    }
  }
  return null;
}
