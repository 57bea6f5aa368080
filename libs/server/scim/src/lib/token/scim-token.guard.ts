import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ScimError } from '../protocol/scim-error';
import { ScimTokenRow } from './scim-token.repository';
import { ScimTokenService } from './scim-token.service';

/** The token a SCIM request authenticated with (set by the guard). */
export function scimTokenOf(res: Response): ScimTokenRow {
  return res.locals.scimToken as ScimTokenRow;
}

/** Every SCIM endpoint needs a live SCIM token as `Authorization: Bearer`; otherwise 401. */
@Injectable()
export class ScimTokenGuard implements CanActivate {
  constructor(private readonly tokens: ScimTokenService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const http = context.switchToHttp();
    const req = http.getRequest<Request>();
    const match = /^Bearer\s+(\S+)\s*$/i.exec(req.header('authorization') ?? '');
    if (!match) throw new ScimError(401, 'A SCIM token is required (Authorization: Bearer).');
    const token = await this.tokens.authenticate(match[1]);
    if (!token) throw new ScimError(401, 'This SCIM token is unknown or revoked.');
    http.getResponse<Response>().locals.scimToken = token;
    return true;
  }
}
