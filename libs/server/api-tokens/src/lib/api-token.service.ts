import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuditActorType, AuditContext, AuditService, userActor } from '@outloud/audit';
import { UserRole, UserStatus } from '@outloud/contracts';
import { UserRepository } from '@outloud/identity';
import {
  cleanLine,
  ForbiddenError,
  NotFoundError,
  TransactionRunner,
  UnauthenticatedError,
  validateInput,
  Viewer,
} from '@outloud/server-core';
import { z } from 'zod';
import { ApiTokenRepository, ApiTokenRow, ApiTokenScope } from './api-token.repository';

/** Recognisable by secret scanners; never valid as a session or SCIM token. */
export const API_TOKEN_PREFIX = 'olpat_';

/** A use is written (last use, audit entry) at most this often per token. */
const USE_RECORDED_EVERY_MS = 60 * 60 * 1000;

export const API_TOKEN_AUDIT_ACTIONS = {
  created: 'apiTokens.token.created',
  revoked: 'apiTokens.token.revoked',
  used: 'apiTokens.token.used',
  refused: 'apiTokens.token.refused',
} as const;

const createSchema = z.object({
  name: z
    .string()
    .transform(cleanLine)
    .refine((v) => v.length >= 1 && v.length <= 100, 'Name it in 1 to 100 characters.'),
  scopes: z
    .array(z.enum(['read', 'write', 'admin']))
    .min(1, 'Choose at least one scope.')
    .transform((s) => [...new Set(s)].sort() as ApiTokenScope[]),
  expiresInDays: z
    .number()
    .int()
    .min(1, 'A token lasts at least a day.')
    .max(365, 'A token lasts at most 365 days.'),
});

export function hashApiToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Personal API tokens: create (shown once), list, revoke, and authenticate a bearer. */
@Injectable()
export class ApiTokenService {
  constructor(
    private readonly tokens: ApiTokenRepository,
    private readonly users: UserRepository,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async create(
    viewer: Viewer,
    input: unknown,
    context?: AuditContext,
  ): Promise<{ token: string; apiToken: ApiTokenRow }> {
    this.assertSession(viewer);
    const values = validateInput(createSchema, input, 'input');
    if (values.scopes.includes('admin') && viewer.role !== UserRole.ADMIN)
      throw new ForbiddenError('Only admins can give a token the admin scope.');
    const token = API_TOKEN_PREFIX + randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + values.expiresInDays * 24 * 3600 * 1000);
    const apiToken = await this.transactions.run(async (tx) => {
      const row = await this.tokens.insert(tx, {
        userId: viewer.id,
        name: values.name,
        tokenHash: hashApiToken(token),
        scopes: values.scopes,
        expiresAt,
      });
      await this.audit.record(tx, {
        actor: userActor(viewer),
        action: API_TOKEN_AUDIT_ACTIONS.created,
        target: { type: 'api_token', id: row.id },
        after: { name: row.name, scopes: row.scopes, expiresAt: row.expiresAt.toISOString() },
        context,
      });
      return row;
    });
    return { token, apiToken };
  }

  async revoke(viewer: Viewer, id: string, context?: AuditContext): Promise<ApiTokenRow> {
    return this.transactions.run(async (tx) => {
      const row = await this.tokens.revoke(tx, viewer.id, id);
      if (!row) throw new NotFoundError('That API token');
      await this.audit.record(tx, {
        actor: userActor(viewer),
        action: API_TOKEN_AUDIT_ACTIONS.revoked,
        target: { type: 'api_token', id: row.id },
        before: { name: row.name },
        context,
      });
      return row;
    });
  }

  list(viewer: Viewer): Promise<ApiTokenRow[]> {
    return this.tokens.listFor(viewer.id);
  }

  /**
   * The viewer a bearer token stands for. Unknown, revoked or expired tokens and tokens of a
   * deactivated person are refused (UNAUTHENTICATED): a script never silently runs anonymous.
   * Without the admin scope the token acts with a member's rights.
   */
  async authenticate(secret: string, context: AuditContext): Promise<Viewer> {
    const row =
      secret.startsWith(API_TOKEN_PREFIX) && secret.length < 200
        ? await this.tokens.byHash(hashApiToken(secret))
        : null;
    if (!row) throw new UnauthenticatedError('This API token is not valid.');
    const user = await this.users.findById(row.userId);
    const problem = row.revokedAt
      ? 'revoked'
      : row.expiresAt.getTime() <= Date.now()
        ? 'expired'
        : !user || user.status !== UserStatus.ACTIVE
          ? 'account deactivated'
          : null;
    if (problem || !user) {
      await this.audit.record(this.transactions.manager, {
        actor: { type: AuditActorType.API_TOKEN, id: row.userId, label: row.name },
        action: API_TOKEN_AUDIT_ACTIONS.refused,
        target: { type: 'api_token', id: row.id },
        reason: problem,
        context,
      });
      throw new UnauthenticatedError(`This API token is ${problem ?? 'not valid'}.`);
    }
    if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > USE_RECORDED_EVERY_MS)
      await this.transactions.run(async (tx) => {
        await this.tokens.markUsed(tx, row.id, context.ipAddress ?? null);
        await this.audit.record(tx, {
          actor: {
            type: AuditActorType.API_TOKEN,
            id: user.id,
            label: `${user.handle}: ${row.name}`,
          },
          action: API_TOKEN_AUDIT_ACTIONS.used,
          target: { type: 'api_token', id: row.id },
          context,
        });
      });
    return {
      id: user.id,
      handle: user.handle,
      role: row.scopes.includes('admin') ? user.role : UserRole.MEMBER,
      sessionId: row.id,
      tokenScopes: row.scopes,
    };
  }

  /** Tokens are made and revoked in a signed-in browser, not by another token. */
  private assertSession(viewer: Viewer): void {
    if (viewer.tokenScopes)
      throw new ForbiddenError('API tokens cannot create tokens; sign in to do that.');
  }
}
