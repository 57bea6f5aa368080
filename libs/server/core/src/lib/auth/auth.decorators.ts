import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { UnauthenticatedError } from '../errors/app-errors';
import { RequestState, Viewer } from './viewer';

export const IS_PUBLIC = 'outloud:isPublic';

/** Marks a resolver or handler that anonymous people may call (log in, sign up, viewer). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

export function httpPair(context: ExecutionContext): { req: Request; res: Response } {
  if (context.getType<string>() === 'graphql') {
    const ctx = GqlExecutionContext.create(context).getContext<{ req: Request; res: Response }>();
    return { req: ctx.req, res: ctx.res };
  }
  const http = context.switchToHttp();
  return { req: http.getRequest<Request>(), res: http.getResponse<Response>() };
}

export function requestState(req: Request): RequestState {
  return req.outloud ?? { requestId: 'unknown', viewer: null, clientAddress: req.ip ?? 'unknown' };
}

/** The authenticated viewer; the global guard has already refused anonymous calls. */
export const CurrentViewer = createParamDecorator((_: unknown, context: ExecutionContext): Viewer =>
  viewerIn(httpPair(context)),
);

/** The viewer or null, for @Public() operations that behave differently when logged in. */
export const OptionalViewer = createParamDecorator(
  (_: unknown, context: ExecutionContext): Viewer | null => optionalViewerIn(httpPair(context)),
);

/** The request's state (request id, client address, viewer). */
export const CurrentRequest = createParamDecorator((_: unknown, context: ExecutionContext) =>
  httpPair(context),
);

/**
 * The viewer of a request (what @CurrentViewer gives), for a field resolver that takes GraphQL's
 * own arguments `(parent, args, context)` without parameter decorators. @nestjs/graphql binds such a method
 * directly instead of running its per-call parameter pipeline, which a list page pays on every
 * field of every card (docs/decisions/0015). Field resolvers run after the global guard.
 */
export function viewerIn(context: { req: Request }): Viewer {
  const viewer = requestState(context.req).viewer;
  if (!viewer) throw new UnauthenticatedError();
  return viewer;
}

/** As `viewerIn`, for fields that anonymous people may read too. */
export function optionalViewerIn(context: { req: Request }): Viewer | null {
  return requestState(context.req).viewer;
}
