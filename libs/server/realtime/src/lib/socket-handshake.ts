import { Injectable, Logger } from '@nestjs/common';
import { readSessionToken, SessionService } from '@outloud/identity';
import { AppConfig } from '@outloud/server-core';
import type { IncomingHttpHeaders } from 'node:http';
import { OutloudSocket, userRoom } from './socket-types';

/** More sockets than this for one person on one node is a script, not a browser with tabs. */
export const MAX_SOCKETS_PER_USER = 20;

/**
 * Authenticates a socket.io handshake with the same session cookie the HTTP API uses; anything
 * else (no cookie, forged, expired, revoked, deactivated person, foreign Origin) is refused
 * before the connection exists.
 */
@Injectable()
export class SocketHandshake {
  private readonly logger = new Logger('SocketHandshake');

  constructor(
    private readonly sessions: SessionService,
    private readonly config: AppConfig,
  ) {}

  async authenticate(socket: OutloudSocket, next: (error?: Error) => void): Promise<void> {
    try {
      const headers = socket.request.headers;
      if (!this.sameOrigin(headers)) return next(new Error('FORBIDDEN'));
      const token = safeSessionToken(headers.cookie);
      const viewer = token ? await this.sessions.resolve(token) : null;
      if (!viewer) return next(new Error('UNAUTHENTICATED'));
      const open = socket.nsp.adapter.rooms.get(userRoom(viewer.id))?.size ?? 0;
      if (open >= MAX_SOCKETS_PER_USER) return next(new Error('RATE_LIMITED'));
      socket.data.viewer = viewer;
      next();
    } catch (error) {
      this.logger.warn(`Handshake failed: ${(error as Error).message}`);
      next(new Error('UNAVAILABLE'));
    }
  }

  /**
   * Browsers send Origin on websocket handshakes; a page on another site must not ride on the
   * cookie (cross-site websocket hijacking). Non-browser clients send none.
   */
  private sameOrigin(headers: IncomingHttpHeaders): boolean {
    const origin = headers.origin;
    if (!origin) return true;
    const forwarded = this.config.get('TRUST_PROXY') ? headers['x-forwarded-host'] : undefined;
    const host = (Array.isArray(forwarded) ? forwarded[0] : forwarded) ?? headers.host;
    try {
      return new URL(origin).host === host;
    } catch {
      return false;
    }
  }
}

/** readSessionToken throws on bad percent-encoding (`%%%`); that is simply no session. */
function safeSessionToken(cookieHeader: string | undefined): string | null {
  try {
    return readSessionToken(cookieHeader);
  } catch {
    return null;
  }
}
