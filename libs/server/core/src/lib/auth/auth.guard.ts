import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ForbiddenError, UnauthenticatedError } from '../errors/app-errors';
import { httpPair, IS_PUBLIC, requestState } from './auth.decorators';

/**
 * Global guard: every operation needs a logged-in viewer unless marked @Public(). Deny by
 * default, so a new resolver is never accidentally open to anonymous callers.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    this.assertTokenMayWrite(context);
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic) return true;
    if (context.getType<string>() === 'graphql') {
      // Field resolvers run under their parent operation's check.
      const info = context.getArgByIndex(3) as { parentType?: { name: string } } | undefined;
      const parent = info?.parentType?.name;
      if (parent && parent !== 'Query' && parent !== 'Mutation' && parent !== 'Subscription')
        return true;
    }
    if (!requestState(httpPair(context).req).viewer) throw new UnauthenticatedError();
    return true;
  }

  /** A read-only API token runs queries, never a mutation (public ones included). */
  private assertTokenMayWrite(context: ExecutionContext): void {
    if (context.getType<string>() !== 'graphql') return;
    const scopes = requestState(httpPair(context).req).viewer?.tokenScopes;
    if (!scopes || scopes.includes('write')) return;
    const info = context.getArgByIndex(3) as { operation?: { operation: string } } | undefined;
    if (info?.operation?.operation === 'mutation')
      throw new ForbiddenError('This API token may only read (scope "read").');
  }
}
