import type { Page } from 'playwright-core';

export interface GraphqlResult {
  data?: Record<string, unknown>;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Runs a GraphQL operation as the person signed in on `page` (same origin, session cookie). */
export function graphqlAs(
  page: Page,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphqlResult> {
  return page.evaluate(
    async ({ query, variables }) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphqlResult;
    },
    { query, variables },
  );
}

/** Like graphqlAs, but fails the test on any error and returns `data`. */
export async function mustGraphql<T = Record<string, unknown>>(
  page: Page,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const result = await graphqlAs(page, query, variables);
  if (result.errors?.length) throw new Error(`GraphQL failed: ${JSON.stringify(result.errors)}`);
  return result.data as T;
}

/** Uploads a small text file through POST /files/uploads as the person signed in on `page`. */
export function uploadTextFile(
  page: Page,
  name: string,
  text: string,
  fields: Record<string, string> = {},
): Promise<{ id: string; name: string }> {
  return page.evaluate(
    async ({ name, text, fields }) => {
      const form = new FormData();
      for (const [key, value] of Object.entries(fields)) form.append(key, value);
      form.append('file', new File([text], name, { type: 'text/plain' }));
      const response = await fetch('/files/uploads', {
        method: 'POST',
        headers: { 'x-outloud-csrf': '1' },
        body: form,
      });
      if (response.status !== 201)
        throw new Error(`upload: ${response.status} ${await response.text()}`);
      return ((await response.json()) as { file: { id: string; name: string } }).file;
    },
    { name, text, fields },
  );
}
