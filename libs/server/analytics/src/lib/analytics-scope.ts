/**
 * The dashboard's filters (docs/analytics.md, "Filters"): a department narrows *who* (the people
 * counted and the people whose actions count), a community narrows *where* (actions, posts and
 * questions in it). Both may be set; each figure then counts what passes both. One place turns
 * them into SQL predicates, with their values as parameters.
 */
export interface AnalyticsScope {
  /** A department key: trimmed, lower case (checked to exist). */
  department: string | null;
  /** A community the viewing admin may see (checked). */
  communityId: string | null;
}

export const NO_SCOPE: AnalyticsScope = { department: null, communityId: null };

export const isScoped = (s: AnalyticsScope) => s.department !== null || s.communityId !== null;

/** A department as people gave it: trimmed, any case; empty = none. */
export const DEPARTMENT_KEY = (u: string) => `lower(nullif(trim(${u}.department), ''))`;

/** The department key of input text, as `DEPARTMENT_KEY` computes it in SQL. */
export const departmentKey = (text: string) => text.trim().toLowerCase();

/** Positional parameters that grow as predicates are added. */
export class SqlParams {
  constructor(readonly values: unknown[] = []) {}

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

const AND = (parts: string[]) => (parts.length ? parts.join(' AND ') : 'TRUE');

/** People of the department, as a subquery's membership test on a person id column. */
function inDepartment(column: string, key: string): string {
  return `${column} IN (SELECT u_scope.id FROM users u_scope WHERE ${DEPARTMENT_KEY('u_scope')} = ${key})`;
}

export function scopeSql(scope: AnalyticsScope, params: SqlParams) {
  const dept = scope.department === null ? null : params.add(scope.department);
  const community = scope.communityId === null ? null : params.add(scope.communityId);
  return {
    /** Over a rollup alias (`user_id`, `community_id`). */
    activity: (a: string) =>
      AND([
        ...(dept ? [inDepartment(`${a}.user_id`, dept)] : []),
        ...(community ? [`${a}.community_id = ${community}`] : []),
      ]),
    /** Over a users alias: the people counted (a community does not narrow who could take part). */
    people: (u: string) => AND(dept ? [`${DEPARTMENT_KEY(u)} = ${dept}`] : []),
    /** An action by `actorColumn` on a post alias (its community). */
    action: (actorColumn: string, p: string) =>
      AND([
        ...(dept ? [inDepartment(actorColumn, dept)] : []),
        ...(community ? [`${p}.community_id = ${community}`] : []),
      ]),
    /** A community row alias: only the filtered community. */
    community: (c: string) => AND(community ? [`${c}.id = ${community}`] : []),
  };
}
