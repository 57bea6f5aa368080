import { Client } from 'pg';

/** Puts back what `deferIndexes` dropped. */
export interface DeferredIndexes {
  indexes: number;
  foreignKeys: number;
  restore(clients: Client[]): Promise<void>;
}

/**
 * Drops the secondary (non-unique) indexes and the foreign keys of `tables` before a bulk load and
 * returns how to recreate them from their own definitions. Building an index once, sorted, costs a
 * fraction of maintaining it row by row in random order once it outgrows shared buffers (1M posts
 * with 5M likes), and every later bulk UPDATE would add a new entry to each of them again. Unique
 * indexes stay: ON CONFLICT and the foreign keys need them.
 */
export async function deferIndexes(client: Client, tables: string[]): Promise<DeferredIndexes> {
  const { rows: indexes } = await client.query<{ drop: string; create: string }>(
    `SELECT format('DROP INDEX %s', i.indexrelid::regclass) AS drop, pg_get_indexdef(i.indexrelid) AS create
       FROM pg_index i
      WHERE i.indrelid = ANY($1::regclass[]) AND NOT i.indisunique
      ORDER BY i.indexrelid`,
    [tables],
  );
  const { rows: foreignKeys } = await client.query<{ drop: string; create: string }>(
    `SELECT format('ALTER TABLE %s DROP CONSTRAINT %I', conrelid::regclass, conname) AS drop,
            format('ALTER TABLE %s ADD CONSTRAINT %I %s', conrelid::regclass, conname, pg_get_constraintdef(oid)) AS create
       FROM pg_constraint
      WHERE contype = 'f' AND conrelid = ANY($1::regclass[])
      ORDER BY oid`,
    [tables],
  );
  for (const { drop } of [...foreignKeys, ...indexes]) await client.query(drop);
  return {
    indexes: indexes.length,
    foreignKeys: foreignKeys.length,
    async restore(clients) {
      // Index builds are independent: one per connection at a time, biggest tables first.
      await inParallel(
        clients,
        indexes.map((i) => i.create),
        (c, sql) => c.query(sql),
      );
      // Adding a foreign key validates it in one join; they lock both tables, so one at a time.
      for (const { create } of foreignKeys) await clients[0].query(create);
    },
  };
}

/** Runs `work` over `items`, each client taking the next item when it is free. */
export async function inParallel<T>(
  clients: Client[],
  items: T[],
  work: (client: Client, item: T) => Promise<unknown>,
): Promise<void> {
  let next = 0;
  await Promise.all(
    clients.map(async (client) => {
      while (next < items.length) await work(client, items[next++]);
    }),
  );
}

/**
 * Inserts `total` rows with `sql` ($1 = chunk start, $2 = chunk end, then `extra`) in chunks,
 * each client running the next chunk (one PostgreSQL backend, so one core, per client), with a
 * progress bar. Concurrent ON CONFLICT inserts of the same key wait on each other and can
 * deadlock. With `byWorker`, client i runs chunks i, i + n, i + 2n... of an equal share, and the
 * last two parameters are i and n: a statement can then keep each client's keys apart.
 */
export async function loadInChunks(
  clients: Client[],
  label: string,
  total: number,
  sql: string,
  chunk: number,
  extra: unknown[] = [],
  options: { byWorker?: boolean } = {},
): Promise<void> {
  const t = Date.now();
  const workers = clients.length;
  let chunks = Math.ceil(total / chunk);
  if (options.byWorker) chunks = Math.ceil(chunks / workers) * workers;
  const size = Math.ceil(total / chunks);
  let done = 0;
  const bar = (): void => {
    const width = 30;
    const filled = Math.round((done / total) * width);
    process.stdout.write(
      `\r  ${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done.toLocaleString('en')}/${total.toLocaleString('en')}`,
    );
  };
  const run = async (client: Client, index: number): Promise<void> => {
    const start = index * size;
    const end = Math.min(start + size, total);
    if (start >= end) return;
    const worker = options.byWorker ? [index % workers, workers] : [];
    await client.query(sql, [start, end - 1, ...extra, ...worker]);
    done += end - start;
    bar();
  };
  bar();
  const indexes = Array.from({ length: chunks }, (_, i) => i);
  if (options.byWorker)
    await Promise.all(
      clients.map(async (client, w) => {
        for (const index of indexes.filter((i) => i % workers === w)) await run(client, index);
      }),
    );
  else await inParallel(clients, indexes, run);
  process.stdout.write(` ${((Date.now() - t) / 1000).toFixed(1)} s\n`);
}
