import { DocumentNode, GraphQLError, parse } from 'graphql';
import { textInputPlugin } from './text-input.plugin';

type Hooks = {
  didResolveOperation(context: {
    request: { variables?: Record<string, unknown> };
    document: DocumentNode;
  }): Promise<void>;
};

/** The plugin's hook for one request, as Apollo calls it. */
async function check(document: DocumentNode, variables?: Record<string, unknown>): Promise<void> {
  const hooks = (await textInputPlugin().requestDidStart!({} as never)) as unknown as Hooks;
  return hooks.didResolveOperation({ request: { variables }, document });
}

const refusal = (promise: Promise<void>) =>
  promise.then(
    () => null,
    (error: GraphQLError) => ({ code: error.extensions['code'], message: error.message }),
  );

describe('textInputPlugin', () => {
  it('refuses a NUL in a literal and in a variable, with BAD_USER_INPUT', async () => {
    const literal = parse('mutation { createPost(input: { body: "a\\u0000b" }) { id } }');
    expect(await refusal(check(literal))).toMatchObject({ code: 'BAD_USER_INPUT' });
    // The same document again (Apollo's cache hands it over as is): refused again.
    expect(await refusal(check(literal))).toMatchObject({ code: 'BAD_USER_INPUT' });

    const clean = parse('mutation ($b: String!) { createPost(input: { body: $b }) { id } }');
    expect(await refusal(check(clean, { b: 'fine' }))).toBeNull();
    // Variables change per request: a clean document already seen does not excuse them.
    expect(await refusal(check(clean, { b: 'a\u0000b' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
  });

  it('visits a document once, however many requests bring it', async () => {
    const parsed = parse('query { search(text: "red river") { totalCount } }');
    let visits = 0;
    const document = new Proxy(parsed, {
      get(target, key, receiver) {
        if (key === 'definitions') visits += 1;
        return Reflect.get(target, key, receiver);
      },
    });
    for (let i = 0; i < 3; i++) await check(document, {});
    expect(visits).toBe(1);
  });
});
