import type { CookieOptions, Request, Response } from 'express';
import { AppConfig } from '@outloud/server-core';

export const SESSION_COOKIE = 'outloud_session';
/** A browser that signed in before (device cookie): it outlives sessions and log-outs. */
export const DEVICE_COOKIE = 'outloud_device';

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

export function setDeviceCookie(
  config: AppConfig,
  req: Request,
  res: Response,
  token: string,
  expires: Date,
): void {
  res.cookie(DEVICE_COOKIE, token, sessionCookieOptions(config, req, expires));
}

/** Reads the session token from a Cookie header without trusting its format. */
export function readSessionToken(cookieHeader: string | undefined): string | null {
  return readCookie(cookieHeader, SESSION_COOKIE);
}

export function readDeviceToken(cookieHeader: string | undefined): string | null {
  return readCookie(cookieHeader, DEVICE_COOKIE);
}

function readCookie(cookieHeader: string | undefined, cookie: string): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name !== cookie) continue;
    try {
      return decodeURIComponent(rest.join('=')) || null;
    } catch {
      return null; // a malformed cookie is no session, not an error
    }
  }
  return null;
}
