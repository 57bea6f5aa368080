import {
  EntityManager,
  EntitySubscriberInterface,
  EventSubscriber,
  QueryRunner,
  TransactionCommitEvent,
  TransactionRollbackEvent,
} from 'typeorm';

const pending = new WeakMap<QueryRunner, (() => void)[]>();

/**
 * Runs `fn` once what `manager` wrote is committed: at once outside a transaction (a statement
 * commits on its own), after COMMIT inside one, never if it rolls back. Savepoints are not
 * tracked: work registered inside a rolled-back savepoint still runs at the outer commit.
 */
export function afterCommit(manager: EntityManager, fn: () => void): void {
  const runner = manager.queryRunner;
  if (!runner?.isTransactionActive) return fn();
  pending.set(runner, [...(pending.get(runner) ?? []), fn]);
}

/** Registered with TypeORM (`CoreModule`): runs or drops what `afterCommit` queued. */
@EventSubscriber()
export class AfterCommitSubscriber implements EntitySubscriberInterface {
  afterTransactionCommit({ queryRunner }: TransactionCommitEvent): void {
    if (queryRunner.isTransactionActive) return; // a savepoint was released; wait for COMMIT
    const work = pending.get(queryRunner) ?? [];
    pending.delete(queryRunner);
    for (const fn of work) fn();
  }

  afterTransactionRollback({ queryRunner }: TransactionRollbackEvent): void {
    if (!queryRunner.isTransactionActive) pending.delete(queryRunner);
  }
}
