import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IdentityModule } from '@outloud/identity';
import {
  createTestApp,
  keepsGenericPlans,
  numericOutputs,
  SentStatement,
  signUpPerson,
  statementsSent,
  tablesReadWhole,
  TestApp,
} from '@outloud/server-core/testing';
import { StreamModule } from '@outloud/stream';
import { Client, Pool } from 'pg';
import { SearchModule } from '../index';

/**
 * A search's first statement, the analysis of its words, is prepared; PostgreSQL plans it for
 * each call until a generic plan proves as cheap as the custom ones. With the configurations and
 * the (usually empty) corrections as array parameters it never did: 0.42 ms of planning on every
 * search for 0.6 ms of running (peer data, pg_stat_statements).
 */

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({
    imports: [IdentityModule, StreamModule, SearchModule],
    config: { DATA_DIR: await mkdtemp(join(tmpdir(), 'outloud-search-plans-')) },
  });
});
afterAll(() => t?.close());

it("plans a search's analysis of its words once, not on every search (a generic plan)", async () => {
  const ana = (await signUpPerson(t, 'ana', { password: 'correct horse battery' })).client;
  await ana.ok(`mutation { createPost(input: { body: "Where is the red river map?" }) { id } }`);
  await t.drainOutbox();
  // The statement exactly as a search sends it.
  const sent = jest.spyOn(Pool.prototype, 'query');
  const found = await ana.ok<{ search: { totalCount: number } }>(
    `query { search(query: "red river") { totalCount } }`,
  );
  const statement = sent.mock.calls
    .map(([q]) => q as unknown as SentStatement)
    .find((q) => q.text?.includes('WITH v AS MATERIALIZED'));
  sent.mockRestore();
  expect(found.search.totalCount).toBe(1);
  expect(statement?.name).toBeTruthy();
  // Run as the pool runs it, on a connection of our own (each run rolled back).
  expect(await keepsGenericPlans(t.db.url, [statement!])).toEqual([true]);
});

it('plans the analysis of finished words (no prefix) once as well', async () => {
  const dee = (await signUpPerson(t, 'dee', { password: 'correct horse battery' })).client;
  const [statement] = await statementsSent('WITH v AS MATERIALIZED', () =>
    dee.ok(`query { search(query: "red river?") { totalCount } }`),
  );
  expect(statement?.name).toBeTruthy();
  expect(await keepsGenericPlans(t.db.url, [statement])).toEqual([true]);
});

it("plans a misspelt search's analysis (with its corrections) once as well", async () => {
  const ed = (await signUpPerson(t, 'ed', { password: 'correct horse battery' })).client;
  const [statement] = await statementsSent("SELECT 'correction'", async () => {
    const found = await ed.ok<{ search: { totalCount: number } }>(
      `query { search(query: "red rivre map") { totalCount } }`,
    );
    expect(found.search.totalCount).toBeGreaterThan(0);
  });
  expect(statement?.name).toBeTruthy();
  expect(await keepsGenericPlans(t.db.url, [statement])).toEqual([true]);
});

it("moves the lexicon's word counts reading only the indexed documents' old words, not every document", async () => {
  const bo = (await signUpPerson(t, 'bo', { password: 'correct horse battery' })).client;
  const sent = jest.spyOn(Client.prototype, 'query');
  let calls: unknown[][];
  try {
    await bo.ok(
      `mutation { createPost(input: { body: "Who knows the blue lake trail?" }) { id } }`,
    );
    await t.drainOutbox();
  } finally {
    calls = [...sent.mock.calls];
    sent.mockRestore();
  }
  const [text, values] = calls.find(
    ([q]) => typeof q === 'string' && q.includes('INSERT INTO search_lexicon AS l'),
  ) as unknown as [string, unknown[]];
  expect(text).toBeTruthy();
  expect(await tablesReadWhole(t.db.url, { text, values })).not.toContain(
    'search_lexicon_documents',
  );
});

it('ranks candidates in double precision, never in numeric (numeric power cost 10 µs a candidate)', async () => {
  const cy = (await signUpPerson(t, 'cy', { password: 'correct horse battery' })).client;
  await cy.ok(
    `mutation { createPost(input: { body: "Which budget laptop for the road?" }) { id } }`,
  );
  await t.drainOutbox();
  const [statement] = await statementsSent('WITH fts', async () => {
    const found = await cy.ok<{ search: { totalCount: number } }>(
      `query { search(query: "budget laptop") { totalCount } }`,
    );
    expect(found.search.totalCount).toBe(1);
  });
  expect(statement).toBeTruthy();
  expect(await numericOutputs(t.db.url, statement)).toEqual([]);
});
