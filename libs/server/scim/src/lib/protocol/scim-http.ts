import express from 'express';
import type { NextFunction, Request, Response } from 'express';
import { ScimError, sendScimError } from './scim-error';
import { SCIM_CONTENT_TYPE } from './scim-schemas';

/** The largest SCIM body accepted (a User is a few kilobytes). */
export const SCIM_BODY_LIMIT = '256kb';

const parseJson = express.json({
  limit: SCIM_BODY_LIMIT,
  type: ['application/scim+json', 'application/json'],
});

/** JSON bodies of both media types; malformed or oversized ones answered in SCIM's format. */
export function scimBodyParser(req: Request, res: Response, next: NextFunction): void {
  parseJson(req, res, (error?: unknown) => {
    if (!error) return next();
    const tooLarge = (error as { type?: string }).type === 'entity.too.large';
    sendScimError(
      res,
      tooLarge
        ? new ScimError(413, `The request is too large (limit ${SCIM_BODY_LIMIT}).`)
        : ScimError.badRequest('invalidSyntax', 'The request body is not valid JSON.'),
    );
  });
}

export function sendScim(res: Response, status: number, body: unknown): void {
  res.status(status).type(SCIM_CONTENT_TYPE).send(JSON.stringify(body));
}

/** Absolute URL of /scim/v2 as the client reached it (for meta.location). */
export function scimBase(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? '127.0.0.1'}/scim/v2`;
}
