import type { Request } from 'express';

/**
 * This request's own origin (scheme and host), for redirect URIs when PUBLIC_URL is unset. The
 * provider only accepts redirect URIs registered with it, so a forged Host header gets nowhere.
 */
export function requestOrigin(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? '127.0.0.1'}`;
}
