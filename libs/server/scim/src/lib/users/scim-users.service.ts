import { Injectable } from '@nestjs/common';
import { AuditContext, AuditService } from '@outloud/audit';
import { UserStatus } from '@outloud/contracts';
import { UserEntity, UserRepository, UserService } from '@outloud/identity';
import { isUniqueViolation, TransactionRunner } from '@outloud/server-core';
import { EntityManager } from 'typeorm';
import { ScimError } from '../protocol/scim-error';
import { parseUserFilter } from '../protocol/scim-filter';
import { MAX_PAGE } from '../protocol/scim-schemas';
import { ScimTokenRow } from '../token/scim-token.repository';
import { SCIM_AUDIT_ACTIONS, scimActor } from '../token/scim-token.service';
import { applyPatch } from './scim-patch';
import { toScimUser } from './scim-user.mapper';
import { ScimLink, ScimListFilter, ScimUserRepository } from './scim-user.repository';
import { canonicalize, ScimDocument, ScimUserFields, userFields } from './scim-user.attributes';

/** Who calls and from where: the token and the request, for the audit log and locations. */
export interface ScimCall {
  token: ScimTokenRow;
  context: AuditContext;
  /** Absolute URL of /scim/v2, for meta.location. */
  base: string;
}

const SOURCE = 'scim';

/**
 * SCIM Users over Outloud's people: create (or adopt an existing account with the same
 * e-mail), replace, patch, deactivate, delete. Each write is one transaction: a refusal leaves
 * nothing half-made. Identity does the account changes and their audit entries.
 */
@Injectable()
export class ScimUsersService {
  constructor(
    private readonly links: ScimUserRepository,
    private readonly users: UserRepository,
    private readonly userService: UserService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async get(id: string, call: ScimCall): Promise<ScimDocument> {
    const link = await this.links.byUserId(id);
    const user = link && (await this.users.findById(link.userId));
    if (!link || !user) throw notFound(id);
    return toScimUser(user, link, call.base);
  }

  async list(
    query: { filter?: string; startIndex?: string; count?: string },
    call: ScimCall,
  ): Promise<ScimDocument> {
    const filter = parseUserFilter(query.filter);
    const startIndex = Math.max(1, integer(query.startIndex, 'startIndex') ?? 1);
    const count = Math.min(MAX_PAGE, Math.max(0, integer(query.count, 'count') ?? 100));
    let where: ScimListFilter = null;
    if (filter?.attribute === 'email') {
      const user = await this.users.findByEmail(this.transactions.manager, filter.value);
      where = { userIds: user ? [user.id] : [] };
    } else if (filter) where = { attribute: filter.attribute, value: filter.value };
    const { total, links } = await this.links.list(where, startIndex - 1, count);
    const users = new Map(
      (await this.users.findByIds(links.map((l) => l.userId))).map((u) => [u.id, u]),
    );
    const resources = links.flatMap((link) => {
      const user = users.get(link.userId);
      return user ? [toScimUser(user, link, call.base)] : [];
    });
    return {
      schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'],
      totalResults: total,
      startIndex,
      itemsPerPage: resources.length,
      Resources: resources,
    };
  }

  /**
   * Creates a person; an account with the same e-mail that the directory does not manage yet
   * (a local or single sign-on account) is adopted rather than duplicated.
   */
  async create(body: unknown, call: ScimCall): Promise<ScimDocument> {
    const fields = userFields(canonicalize(body));
    const { user, link } = await this.write(async (tx) => {
      const existing = await this.users.findByEmail(tx, fields.email);
      let user: UserEntity;
      if (existing) {
        if (await this.links.byUserId(existing.id, tx))
          throw new ScimError(409, 'Another SCIM user has this e-mail.', 'uniqueness');
        user = await this.userService.updateFromDirectory(tx, existing.id, person(fields), {
          ...this.auditOf(call),
        });
        await this.audit.record(tx, {
          actor: scimActor(call.token),
          action: SCIM_AUDIT_ACTIONS.userLinked,
          target: { type: 'user', id: existing.id },
          after: { userName: fields.userName, externalId: fields.externalId },
          context: call.context,
        });
      } else {
        user = await this.userService.createFromDirectory(
          tx,
          { ...person(fields), handles: [fields.userName] },
          this.auditOf(call),
        );
      }
      const values = linkValues(user.id, fields);
      await this.links.insert(tx, values);
      if (fields.active !== undefined) user = await this.setActive(tx, user, fields.active, call);
      return { user, link: values };
    });
    const stored = (await this.links.byUserId(user.id)) ?? {
      ...link,
      createdAt: new Date(),
      updatedAt: new Date(),
    };
    return toScimUser(user, stored, call.base);
  }

  /** PUT: the resource becomes what the body says. */
  async replace(id: string, body: unknown, call: ScimCall): Promise<ScimDocument> {
    const fields = userFields(canonicalize(body));
    return this.update(id, call, () => fields);
  }

  /** PATCH: operations applied to the current resource, then stored like a replace. */
  async patch(id: string, body: unknown, call: ScimCall): Promise<ScimDocument> {
    return this.update(id, call, (current) => userFields(applyPatch(current, body)));
  }

  /** DELETE: the account is deactivated (content stays, attributed) and no longer managed. */
  async delete(id: string, call: ScimCall): Promise<void> {
    await this.write(async (tx) => {
      const link = await this.links.byUserId(id, tx, true);
      if (!link) throw notFound(id);
      const user = await this.users.findById(link.userId);
      if (user) await this.setActive(tx, user, false, call);
      await this.links.delete(tx, link.userId);
      await this.audit.record(tx, {
        actor: scimActor(call.token),
        action: SCIM_AUDIT_ACTIONS.userDeleted,
        target: { type: 'user', id: link.userId },
        before: { userName: link.userName, externalId: link.externalId },
        context: call.context,
      });
    });
  }

  private async update(
    id: string,
    call: ScimCall,
    next: (current: ScimDocument) => ScimUserFields,
  ): Promise<ScimDocument> {
    const { user, link } = await this.write(async (tx) => {
      const link = await this.links.byUserId(id, tx, true);
      const current = link && (await this.users.findById(link.userId));
      if (!link || !current) throw notFound(id);
      const fields = next(toScimUser(current, link, call.base));
      let user = await this.userService.updateFromDirectory(
        tx,
        link.userId,
        person(fields),
        this.auditOf(call),
      );
      await this.links.update(tx, linkValues(link.userId, fields));
      if (fields.active !== undefined) user = await this.setActive(tx, user, fields.active, call);
      return { user, link };
    });
    return toScimUser(user, (await this.links.byUserId(user.id)) ?? link, call.base);
  }

  private async setActive(
    tx: EntityManager,
    user: UserEntity,
    active: boolean,
    call: ScimCall,
  ): Promise<UserEntity> {
    const status = active ? UserStatus.ACTIVE : UserStatus.DEACTIVATED;
    if (user.status === status) return user;
    return this.userService.setStatusFromDirectory(tx, user.id, status, this.auditOf(call));
  }

  /** One transaction; duplicates found by the unique indexes become SCIM 409s. */
  private async write<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.transactions.run(work);
    } catch (error) {
      if (isUniqueViolation(error))
        throw new ScimError(409, 'A user with this userName or externalId exists.', 'uniqueness');
      throw error;
    }
  }

  private auditOf(call: ScimCall) {
    return { actor: scimActor(call.token), context: call.context, source: SOURCE };
  }
}

function person(fields: ScimUserFields) {
  return {
    displayName: fields.displayName,
    email: fields.email,
    jobTitle: fields.jobTitle,
    department: fields.department,
    locale: fields.locale,
  };
}

function linkValues(
  userId: string,
  fields: ScimUserFields,
): Omit<ScimLink, 'createdAt' | 'updatedAt'> {
  return {
    userId,
    userName: fields.userName,
    externalId: fields.externalId,
    givenName: fields.givenName,
    familyName: fields.familyName,
  };
}

function notFound(id: string): ScimError {
  return new ScimError(404, `No User with id ${JSON.stringify(id.slice(0, 100))}.`);
}

function integer(value: string | undefined, name: string): number | null {
  if (value === undefined || value === '') return null;
  if (!/^-?\d{1,9}$/.test(value))
    throw ScimError.badRequest('invalidValue', `${name} must be an integer.`);
  return Number(value);
}
