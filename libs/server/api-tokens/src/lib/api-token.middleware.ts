import { Injectable, NestMiddleware } from '@nestjs/common';
import { auditContextOf } from '@outloud/audit';
import { AppError, requestIdOf, requestState } from '@outloud/server-core';
import type { NextFunction, Request, Response } from 'express';
import { ApiTokenService } from './api-token.service';

/**
 * `Authorization: Bearer olpat_…` on /graphql: the token's person becomes the viewer (in place
 * of any session cookie). A bad token is a 401 at once, never an anonymous request.
 */
@Injectable()
export class ApiTokenMiddleware implements NestMiddleware {
  constructor(private readonly tokens: ApiTokenService) {}

  async use(req: Request, res: Response, next: NextFunction): Promise<void> {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(req.header('authorization') ?? '');
    if (!match || !req.outloud) return next();
    try {
      req.outloud.viewer = await this.tokens.authenticate(
        match[1],
        auditContextOf(requestState(req)),
      );
      next();
    } catch (error) {
      if (!(error instanceof AppError)) return next(error);
      res.setHeader('WWW-Authenticate', 'Bearer');
      res.status(401).json({
        errors: [
          { message: error.message, extensions: { code: error.code, requestId: requestIdOf(res) } },
        ],
      });
    }
  }
}
