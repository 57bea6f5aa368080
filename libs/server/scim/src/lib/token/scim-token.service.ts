import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuditActor, AuditActorType, AuditContext, AuditService, userActor } from '@outloud/audit';
import {
  AccessPolicy,
  cleanLine,
  ForbiddenError,
  NotFoundError,
  TransactionRunner,
  validateInput,
  Viewer,
} from '@outloud/server-core';
import { z } from 'zod';
import { ScimTokenRepository, ScimTokenRow } from './scim-token.repository';

/** Recognisable in a secret scanner's rules and in logs; never valid as a session token. */
export const SCIM_TOKEN_PREFIX = 'olscim_';

export const SCIM_AUDIT_ACTIONS = {
  tokenCreated: 'scim.token.created',
  tokenRevoked: 'scim.token.revoked',
  userDeleted: 'scim.user.deleted',
  userLinked: 'scim.user.linked',
} as const;

const nameSchema = z.object({
  name: z
    .string()
    .transform(cleanLine)
    .refine((v) => v.length >= 1 && v.length <= 100, 'Name it in 1 to 100 characters.'),
});

export function hashScimToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The SCIM client as an audit actor: the token, by its name at the time. */
export function scimActor(token: Pick<ScimTokenRow, 'id' | 'name'>): AuditActor {
  return { type: AuditActorType.SCIM, id: token.id, label: token.name };
}

/** SCIM tokens: admins create (shown once), list and revoke them; the SCIM guard checks them. */
@Injectable()
export class ScimTokenService {
  constructor(
    private readonly tokens: ScimTokenRepository,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly policy: AccessPolicy,
  ) {}

  async create(
    viewer: Viewer,
    input: { name: string },
    context?: AuditContext,
  ): Promise<{ token: string; scimToken: ScimTokenRow }> {
    await this.assertAdmin(viewer);
    const { name } = validateInput(nameSchema, input, 'input');
    const token = SCIM_TOKEN_PREFIX + randomBytes(32).toString('base64url');
    const scimToken = await this.transactions.run(async (tx) => {
      const row = await this.tokens.insert(tx, {
        name,
        tokenHash: hashScimToken(token),
        createdBy: viewer.id,
      });
      await this.audit.record(tx, {
        actor: userActor(viewer),
        action: SCIM_AUDIT_ACTIONS.tokenCreated,
        target: { type: 'scim_token', id: row.id },
        after: { name },
        context,
      });
      return row;
    });
    return { token, scimToken };
  }

  async revoke(viewer: Viewer, id: string, context?: AuditContext): Promise<ScimTokenRow> {
    await this.assertAdmin(viewer);
    return this.transactions.run(async (tx) => {
      const row = await this.tokens.revoke(tx, id);
      if (!row) throw new NotFoundError('That SCIM token');
      await this.audit.record(tx, {
        actor: userActor(viewer),
        action: SCIM_AUDIT_ACTIONS.tokenRevoked,
        target: { type: 'scim_token', id: row.id },
        before: { name: row.name },
        context,
      });
      return row;
    });
  }

  async list(viewer: Viewer): Promise<ScimTokenRow[]> {
    await this.assertAdmin(viewer);
    return this.tokens.list();
  }

  /** The live token a bearer secret stands for, or null (unknown, revoked or malformed). */
  async authenticate(secret: string): Promise<ScimTokenRow | null> {
    if (!secret.startsWith(SCIM_TOKEN_PREFIX) || secret.length > 200) return null;
    return this.tokens.use(hashScimToken(secret));
  }

  private async assertAdmin(viewer: Viewer): Promise<void> {
    await this.policy.require(
      viewer,
      'site.administer',
      {},
      { orElse: () => new ForbiddenError('Only admins can manage SCIM tokens.') },
    );
  }
}
