import type { GraphqlClient } from './graphql-client';
import type { TestApp } from './test-app';

export interface TestPerson {
  client: GraphqlClient;
  id: string;
}

/**
 * Signs a person up through the real `signUp` mutation, on a client with its own cookie jar
 * (so the returned client is logged in as them). E-mail: `<handle>@corp.example`.
 */
export async function signUpPerson(
  t: Pick<TestApp, 'client'>,
  handle: string,
  options: { displayName?: string; password: string },
): Promise<TestPerson> {
  const client = t.client();
  const data = await client.ok<{ signUp: { viewer: { id: string } } }>(
    `mutation ($input: SignUpInput!) { signUp(input: $input) { viewer { id } } }`,
    {
      input: {
        handle,
        displayName: options.displayName ?? handle,
        email: `${handle}@corp.example`,
        password: options.password,
      },
    },
  );
  return { client, id: data.signUp.viewer.id };
}

/**
 * Adds `count` people straight to `users` (handles person1, person2…; no password works) and
 * refreshes the table's statistics: an organisation's size, for checks of plans, which differ on
 * a table of a few rows (read whole because that is cheapest).
 */
export async function addPeople(t: Pick<TestApp, 'dataSource'>, count: number): Promise<void> {
  await t.dataSource.query(
    `INSERT INTO users (handle, display_name, email, password_hash)
     SELECT 'person' || i, 'Person ' || i, 'person' || i || '@corp.example', 'x'
       FROM generate_series(1, $1::int) AS i`,
    [count],
  );
  await t.dataSource.query(`ANALYZE users`);
}
