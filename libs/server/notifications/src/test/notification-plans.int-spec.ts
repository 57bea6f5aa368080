import { CommunitiesModule } from '@outloud/communities';
import { IdentityModule } from '@outloud/identity';
import { RealtimeModule } from '@outloud/realtime';
import {
  addPeople,
  createTestApp,
  keepsGenericPlans,
  SentStatement,
  signUpPerson,
  TestApp,
} from '@outloud/server-core/testing';
import { StreamModule } from '@outloud/stream';
import { Pool } from 'pg';
import { NotificationsModule } from '../index';

/**
 * A mention's notification statement is prepared; PostgreSQL plans it for each call until a
 * generic plan proves as cheap as the custom ones. With the candidates in one array parameter
 * it assumed ten people and never did, which cost 0.8 ms of planning per mention (more than
 * running it). An organisation of a few thousand people, with statistics, shows the difference.
 */

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({
    imports: [IdentityModule, CommunitiesModule, StreamModule, RealtimeModule, NotificationsModule],
  });
  for (const handle of ['bo', 'cy'])
    await signUpPerson(t, handle, { password: 'correct horse battery' });
  await addPeople(t, 3000);
});
afterAll(() => t?.close());

it("plans a mention's notification statement once, not on every mention (a generic plan)", async () => {
  // The statement exactly as a mention sends it.
  const sent = jest.spyOn(Pool.prototype, 'query');
  const asker = (await signUpPerson(t, 'asker', { password: 'correct horse battery' })).client;
  await asker.ok(
    `mutation { createPost(input: { body: "Plans for the offsite, @bo @cy?" }) { id } }`,
  );
  await t.drainOutbox();
  const statement = sent.mock.calls
    .map(([q]) => q as unknown as SentStatement)
    .find((q) => q.text?.includes('WITH eligible AS'));
  sent.mockRestore();
  expect(statement?.name).toBeTruthy();
  // Run as the pool runs it, on a connection of our own (each run rolled back).
  expect(await keepsGenericPlans(t.db.url, [statement!])).toEqual([true]);
});
