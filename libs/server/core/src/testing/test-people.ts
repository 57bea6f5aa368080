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
