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
