import { Client, Pool } from 'pg';
import { SentStatement } from './plan-check';

/**
 * The statements sent to PostgreSQL while `run` runs whose text includes `marker`, exactly as
 * sent: named ones through the pool (prepared), the others through a client (transactions), so
 * a plan check can run them again on a connection of its own.
 */
export async function statementsSent(
  marker: string,
  run: () => Promise<unknown>,
): Promise<SentStatement[]> {
  const viaPool = jest.spyOn(Pool.prototype, 'query');
  const viaClient = jest.spyOn(Client.prototype, 'query');
  try {
    await run();
    // The pool hands its statement object on to a client: the same object, seen twice.
    const sent = new Set(
      [...viaPool.mock.calls, ...viaClient.mock.calls].map(([q, values]) =>
        typeof q === 'string'
          ? { text: q, values: values as unknown[] }
          : (q as unknown as SentStatement),
      ),
    );
    return [...sent].filter((s) => s.text?.includes(marker));
  } finally {
    viaPool.mockRestore();
    viaClient.mockRestore();
  }
}
