import { SnakeNamingStrategy } from '@outloud/server-core';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../migrations';

/** Applies pending migrations, one transaction each, under an advisory lock so two starting processes never both migrate. */
export async function runMigrations(
  url: string,
  log: (line: string) => void = () => undefined,
): Promise<string[]> {
  const dataSource = new DataSource({
    type: 'postgres',
    url,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    logging: false,
  });
  await dataSource.initialize();
  try {
    // Two API processes starting together must not both migrate.
    await dataSource.query(`SELECT pg_advisory_lock(hashtext('outloud.migrations'))`);
    const applied = await dataSource.runMigrations();
    for (const m of applied) log(`Applied migration ${m.name}`);
    return applied.map((m) => m.name);
  } finally {
    await dataSource
      .query(`SELECT pg_advisory_unlock(hashtext('outloud.migrations'))`)
      .catch(() => undefined);
    await dataSource.destroy();
  }
}

export async function revertLastMigration(url: string): Promise<void> {
  const dataSource = new DataSource({
    type: 'postgres',
    url,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
  });
  await dataSource.initialize();
  try {
    await dataSource.undoLastMigration({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}
