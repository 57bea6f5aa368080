import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { readSessionToken } from './session-cookie';
import { SessionService } from './session.service';

/** Resolves the session cookie into `req.outloud.viewer` before any handler runs. */
@Injectable()
export class SessionMiddleware implements NestMiddleware {
  constructor(private readonly sessions: SessionService) {}

  async use(req: Request, _res: Response, next: NextFunction): Promise<void> {
    try {
      const token = readSessionToken(req.headers.cookie);
      if (token && req.outloud) req.outloud.viewer = await this.sessions.resolve(token);
      next();
    } catch (error) {
      next(error);
    }
  }
}
