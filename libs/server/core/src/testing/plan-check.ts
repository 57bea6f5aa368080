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

/** A plan node of `EXPLAIN (FORMAT JSON)`, as PostgreSQL names its fields. */
type PlanNode = Record<string, unknown>;

/**
 * Explains a statement as sent, with sequential scans made as costly as PostgreSQL allows (a
 * small test table is otherwise read whole because that is cheapest, whatever the statement),
 * in a transaction rolled back afterwards: with `analyze` it runs, and a write leaves nothing.
 * Calls `each` for every node of the plan.
 */
async function explainPricedOut(
  databaseUrl: string,
  statement: SentStatement,
  analyze: boolean,
  each: (node: PlanNode) => void,
  verbose = false,
): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query('SET LOCAL enable_seqscan = off');
    const { rows } = await client.query<{ 'QUERY PLAN': unknown }>({
      text: `EXPLAIN (${analyze ? 'ANALYZE, ' : ''}${verbose ? 'VERBOSE, ' : ''}FORMAT JSON) ${statement.text}`,
      values: statement.values,
    });
    await client.query('ROLLBACK');
    const visit = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(visit);
      if (!node || typeof node !== 'object') return;
      each(node as PlanNode);
      Object.values(node).forEach(visit);
    };
    visit(rows[0]['QUERY PLAN']);
  } finally {
    await client.end();
  }
}

/**
 * The tables a statement's plan reads whole, with sequential scans priced out: a table listed
 * here has no other way in.
 */
export async function tablesReadWhole(
  databaseUrl: string,
  statement: SentStatement,
): Promise<string[]> {
  const tables = new Set<string>();
  await explainPricedOut(databaseUrl, statement, false, (plan) => {
    if (plan['Node Type'] === 'Seq Scan') tables.add(String(plan['Relation Name']));
  });
  return [...tables].sort();
}

/**
 * The rows each table's scans went through when PostgreSQL ran the statement (kept or filtered
 * out, over all loops), sequential scans priced out, rolled back afterwards. For "reads only what
 * it needs": a plan that walks a person's whole history shows it here, whatever its shape.
 */
export async function rowsRead(
  databaseUrl: string,
  statement: SentStatement,
): Promise<Record<string, number>> {
  const read: Record<string, number> = {};
  await explainPricedOut(databaseUrl, statement, true, (plan) => {
    const table = plan['Relation Name'];
    if (typeof table !== 'string' || plan['Actual Loops'] === undefined) return;
    const perLoop =
      Number(plan['Actual Rows']) +
      Number(plan['Rows Removed by Filter'] ?? 0) +
      Number(plan['Rows Removed by Index Recheck'] ?? 0);
    read[table] = (read[table] ?? 0) + Math.round(perLoop * Number(plan['Actual Loops']));
  });
  return read;
}

/**
 * The expressions a statement's plan computes in numeric (arbitrary precision), as EXPLAIN
 * VERBOSE prints them. Per-row arithmetic meant as floating point turns numeric silently when a
 * constant like `0.5` meets `extract`, and numeric's `power` costs microseconds per row.
 */
export async function numericOutputs(
  databaseUrl: string,
  statement: SentStatement,
): Promise<string[]> {
  const found = new Set<string>();
  await explainPricedOut(
    databaseUrl,
    statement,
    false,
    (plan) => {
      const output = plan['Output'];
      if (!Array.isArray(output)) return;
      for (const expression of output)
        if (/\bnumeric\b/.test(String(expression))) found.add(String(expression));
    },
    true,
  );
  return [...found];
}
