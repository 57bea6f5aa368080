import { Client } from 'pg';

/** A statement as the pool sent it (a `Pool.prototype.query` spy's argument). */
export interface SentStatement {
  name?: string;
  text?: string;
  values?: unknown[];
}

/**
 * Whether PostgreSQL settles on a generic plan for each statement: runs each as the pool runs it,
 * named, eight times on a connection of its own (custom plans first, then the generic plan if it
 * is as cheap), each run rolled back, and reads `pg_prepared_statements`. A statement planned
 * afresh on every call answers false.
 */
export async function keepsGenericPlans(
  databaseUrl: string,
  statements: readonly SentStatement[],
): Promise<boolean[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    for (const [i, s] of statements.entries()) {
      for (let run = 0; run < 8; run++) {
        await client.query('BEGIN');
        await client.query({ name: `plan_check_${i}`, text: s.text!, values: s.values });
        await client.query('ROLLBACK');
      }
    }
    const { rows } = await client.query<{ name: string; generic_plans: string }>(
      `SELECT name, generic_plans FROM pg_prepared_statements WHERE name LIKE 'plan_check_%'`,
    );
    const generic = new Map(rows.map((r) => [r.name, Number(r.generic_plans) > 0]));
    return statements.map((_, i) => generic.get(`plan_check_${i}`) ?? false);
  } finally {
    await client.end();
  }
}

/**
 * The tables a statement's plan reads whole, with sequential scans made as costly as PostgreSQL
 * allows: a table listed here has no other way in (a small test table is otherwise read whole
 * because that is cheapest, whatever the statement).
 */
export async function tablesReadWhole(
  databaseUrl: string,
  statement: SentStatement,
): Promise<string[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query('SET LOCAL enable_seqscan = off');
    const { rows } = await client.query<{ 'QUERY PLAN': unknown }>({
      text: `EXPLAIN (FORMAT JSON) ${statement.text}`,
      values: statement.values,
    });
    await client.query('ROLLBACK');
    const tables = new Set<string>();
    const visit = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(visit);
      if (!node || typeof node !== 'object') return;
      const plan = node as Record<string, unknown>;
      if (plan['Node Type'] === 'Seq Scan') tables.add(String(plan['Relation Name']));
      Object.values(plan).forEach(visit);
    };
    visit(rows[0]['QUERY PLAN']);
    return [...tables].sort();
  } finally {
    await client.end();
  }
}

/**
 * The rows each table's scans went through when PostgreSQL ran the statement (kept or filtered
 * out, over all loops), with sequential scans priced out as in `tablesReadWhole`; run in a
 * transaction rolled back afterwards, so a write leaves nothing. For "reads only what it needs":
 * a plan that walks a person's whole history shows it here, whatever its shape.
 */
export async function rowsRead(
  databaseUrl: string,
  statement: SentStatement,
): Promise<Record<string, number>> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query('SET LOCAL enable_seqscan = off');
    const { rows } = await client.query<{ 'QUERY PLAN': unknown }>({
      text: `EXPLAIN (ANALYZE, FORMAT JSON) ${statement.text}`,
      values: statement.values,
    });
    await client.query('ROLLBACK');
    const read: Record<string, number> = {};
    const visit = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(visit);
      if (!node || typeof node !== 'object') return;
      const plan = node as Record<string, number | string | unknown[]>;
      const table = plan['Relation Name'];
      if (typeof table === 'string' && plan['Actual Loops'] !== undefined) {
        const perLoop =
          Number(plan['Actual Rows']) +
          Number(plan['Rows Removed by Filter'] ?? 0) +
          Number(plan['Rows Removed by Index Recheck'] ?? 0);
        read[table] = (read[table] ?? 0) + Math.round(perLoop * Number(plan['Actual Loops']));
      }
      Object.values(plan).forEach(visit);
    };
    visit(rows[0]['QUERY PLAN']);
    return read;
  } finally {
    await client.end();
  }
}
