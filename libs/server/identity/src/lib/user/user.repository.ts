import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { handleProblem, UserRole, UserStatus } from '@outloud/contracts';
import {
  AccessPolicy,
  entityColumns,
  findByIdsPrepared,
  idsParam,
  isUuid,
  listParam,
  preparedQuery,
  preparedQueryIn,
} from '@outloud/server-core';
import { EntityManager, Repository } from 'typeorm';
import { UserEntity } from './user.entity';

/** A person loaded by id, with the moderation fact the profile's readers need. */
export type UserRow = UserEntity & { profileHidden: boolean };

/** The only place that queries users. */
@Injectable()
export class UserRepository {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly policy: AccessPolicy,
  ) {}

  findById(id: string): Promise<UserEntity | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return this.users.findOneBy({ id });
  }

  /**
   * People by id, each with whether moderation hid their profile (`profileHidden`), so the
   * resolver decides `profile.readDetails` without a second query (the feed's authors).
   */
  findByIds(ids: readonly string[]): Promise<UserRow[]> {
    return findByIdsPrepared<UserEntity, UserRow>(
      this.users.manager.connection,
      UserEntity,
      ids.filter(isUuid),
      `${this.policy.isHiddenSql('profile', 't.id')} AS "profileHidden"`,
    );
  }

  findByHandle(handle: string): Promise<UserEntity | null> {
    return this.users
      .createQueryBuilder('u')
      .where('lower(u.handle) = lower(:handle)', { handle })
      .getOne();
  }

  /** By e-mail regardless of case (single sign-on links accounts by verified e-mail). */
  findByEmail(manager: EntityManager, email: string): Promise<UserEntity | null> {
    return manager
      .createQueryBuilder(UserEntity, 'u')
      .where('lower(u.email) = lower(:email)', { email })
      .setLock('pessimistic_write')
      .getOne();
  }

  /** A person by handle (case-insensitive), active or not: what follows and invitations check. */
  async idAndStatusByHandle(
    handle: string,
    manager: EntityManager = this.users.manager,
  ): Promise<{ id: string; status: UserStatus } | null> {
    const [row]: { id: string; status: UserStatus }[] = await manager.query(
      `SELECT id, status FROM users WHERE lower(handle) = lower($1)`,
      [handle],
    );
    return row ?? null;
  }

  /** The id of an active person by handle (case-insensitive), or null. */
  async activeIdByHandle(
    handle: string,
    manager: EntityManager = this.users.manager,
  ): Promise<string | null> {
    const [row]: { id: string }[] = await manager.query(
      `SELECT id FROM users WHERE lower(handle) = lower($1) AND status = 'active'`,
      [handle],
    );
    return row?.id ?? null;
  }

  /** People by lower-cased handles (mentions): unknown handles are simply absent. */
  async byLowerHandles(
    handles: readonly string[],
    manager: EntityManager = this.users.manager,
  ): Promise<{ id: string; handle: string; status: UserStatus }[]> {
    if (!handles.length) return [];
    return manager.query(
      `SELECT id, lower(handle) AS handle, status FROM users WHERE lower(handle) = ANY($1::text[])`,
      [handles],
    );
  }

  /**
   * People by lower-cased handles and by id in one statement, read as `findByIds` reads them, each
   * with its lower-cased handle: a new post's mentioned people and its author, for its card.
   */
  async byLowerHandlesAndIds(
    handles: readonly string[],
    ids: readonly string[],
    manager: EntityManager = this.users.manager,
  ): Promise<(UserRow & { lowerHandle: string })[]> {
    const { select, table } = entityColumns(manager.connection, UserEntity);
    // A few of each as one parameter each: the generic plan then fits (see listParam).
    const lower = listParam(handles, 1, 'text');
    const people = idsParam(ids.filter(isUuid), 1 + lower.values.length);
    return preparedQueryIn(
      manager,
      `SELECT ${select}, ${this.policy.isHiddenSql('profile', 't.id')} AS "profileHidden",
              lower(t.handle) AS "lowerHandle"
         FROM "${table}" t WHERE lower(t.handle) = ANY(${lower.sql}) OR t.id = ANY(${people.sql})`,
      [...lower.values, ...people.values],
    );
  }

  /** Handles and names of people, as notification cards name them. */
  async names(
    ids: readonly string[],
  ): Promise<{ id: string; handle: string; display_name: string }[]> {
    if (!ids.length) return [];
    return this.users.manager.query(
      `SELECT id, handle, display_name FROM users WHERE id = ANY($1::uuid[])`,
      [ids],
    );
  }

  /** One person with the password hash (changing the password checks the current one). */
  findWithPassword(id: string): Promise<UserEntity | null> {
    return this.users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id })
      .getOne();
  }

  async setPasswordHash(manager: EntityManager, id: string, passwordHash: string): Promise<void> {
    await manager.update(UserEntity, id, { passwordHash });
  }

  /** For log-in: by handle or e-mail, with the password hash. */
  findForLogin(login: string): Promise<UserEntity | null> {
    return this.users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where(
        login.includes('@') ? 'lower(u.email) = lower(:login)' : 'lower(u.handle) = lower(:login)',
        { login },
      )
      .getOne();
  }

  async handleOrEmailTaken(
    manager: EntityManager,
    handle: string,
    email: string,
  ): Promise<{ handle: boolean; email: boolean }> {
    const rows: { handle_taken: boolean; email_taken: boolean }[] = await manager.query(
      `SELECT bool_or(lower(handle) = lower($1)) AS handle_taken, bool_or(lower(email) = lower($2)) AS email_taken
         FROM users WHERE lower(handle) = lower($1) OR lower(email) = lower($2)`,
      [handle, email],
    );
    return { handle: !!rows[0]?.handle_taken, email: !!rows[0]?.email_taken };
  }

  /**
   * The first candidate that is free and allowed, else the first with the lowest free number
   * appended ("ana", "ana2", "ana3"...). Candidates must already match the handle pattern.
   */
  async uniqueHandle(manager: EntityManager, candidates: string[]): Promise<string> {
    const rows: { h: string }[] = await manager.query(
      `SELECT lower(handle) AS h FROM users WHERE lower(handle) LIKE ANY($1::text[])`,
      [candidates.map((c) => `${escapeLike(c.toLowerCase())}%`)],
    );
    const taken = new Set(rows.map((r) => r.h));
    const free = (h: string) => !taken.has(h.toLowerCase()) && !handleProblem(h);
    const direct = candidates.find(free);
    if (direct) return direct;
    for (let n = 2; ; n++) {
      const numbered = `${candidates[0]}${n}`;
      if (free(numbered)) return numbered;
    }
  }

  /** The departments people gave (trimmed, first spelling of each), for the people filter. */
  async departments(limit: number): Promise<string[]> {
    const rows: { department: string }[] = await this.users.manager.query(
      `SELECT min(trim(department)) AS department FROM users
        WHERE nullif(trim(department), '') IS NOT NULL
        GROUP BY lower(trim(department)) ORDER BY lower(trim(department)) LIMIT $1`,
      [limit],
    );
    return rows.map((r) => r.department);
  }

  /**
   * Records activity now, unless it was recorded within `everyMs` (another node may just have):
   * at most one write per person per interval.
   */
  async markActive(userId: string, everyMs: number): Promise<void> {
    await this.users.manager.query(
      `UPDATE users SET last_active_at = now()
        WHERE id = $1 AND (last_active_at IS NULL OR last_active_at < now() - $2 * interval '1 millisecond')`,
      [userId, everyMs],
    );
  }

  /** Serialises sign-ups: "the first account is an admin" and the taken checks hold under races. */
  async lockSignUps(tx: EntityManager): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('outloud.sign-up'))`);
  }

  /** Of `ids`, the people whose self-description the viewer may not see (`profile.readDetails`). */
  async withHiddenDetails(ids: readonly string[], viewerId: string | null): Promise<string[]> {
    const rows = await preparedQuery<{ id: string }>(
      this.users.manager.connection,
      `SELECT u.id FROM users u
        WHERE u.id = ANY($1::uuid[])
          AND NOT ${this.policy.visibleProfileDetailsSql('u', '$2::uuid')}`,
      [ids, viewerId],
    );
    return rows.map((r) => r.id);
  }

  async count(manager: EntityManager): Promise<number> {
    return manager.count(UserEntity);
  }

  /**
   * Prefix search on handle, name and each word of the name, for @mention autocomplete and the
   * people administration (which also filters by department, role and status).
   * Keyset-paginated by (lower(display_name), id); uses the pattern and trigram indexes.
   */
  async search(options: {
    query: string | null;
    includeFormer: boolean;
    limit: number;
    /** The last person of the previous page: lower-cased display name and id. */
    after: { name: string; id: string } | null;
    department?: string | null;
    role?: UserRole | null;
    status?: UserStatus | null;
  }): Promise<UserEntity[]> {
    const qb = this.users.createQueryBuilder('u');
    if (options.query) {
      const prefix = `${escapeLike(options.query.toLowerCase())}%`;
      qb.andWhere(
        `(lower(u.handle) LIKE :prefix OR lower(u.display_name) LIKE :prefix OR lower(u.display_name) LIKE :wordPrefix)`,
        { prefix, wordPrefix: `% ${prefix}` },
      );
    }
    if (!options.includeFormer) qb.andWhere('u.status = :active', { active: UserStatus.ACTIVE });
    if (options.status) qb.andWhere('u.status = :status', { status: options.status });
    if (options.role) qb.andWhere('u.role = :role', { role: options.role });
    if (options.department) {
      qb.andWhere(`lower(trim(u.department)) = lower(:department)`, {
        department: options.department,
      });
    }
    if (options.after) {
      qb.andWhere('(lower(u.display_name), u.id) > (:name, :id)', {
        name: options.after.name,
        id: options.after.id,
      });
    }
    return qb
      .orderBy('lower(u.display_name)', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .limit(options.limit + 1)
      .getMany();
  }
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
