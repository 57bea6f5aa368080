import { buildSchema, parse } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { costLimitPlugin, costVariables } from './query-limits';

// The real estimate, counted.
jest.mock('graphql-query-complexity', () => {
  const actual = jest.requireActual('graphql-query-complexity');
  return { ...actual, getComplexity: jest.fn(actual.getComplexity) };
});

const schema = buildSchema(`
  type Post { id: ID! body: String! }
  type PostConnection { nodes: [Post!]! }
  type Query { feed(first: Int, after: String): PostConnection! post(id: ID!): Post }
`);
const FEED = parse(`query Feed($n: Int, $after: String, $withBody: Boolean!, $id: ID!) {
  feed(first: $n, after: $after) { nodes { id body @include(if: $withBody) } }
  post(id: $id) { id }
}`);

async function run(plugin: ReturnType<typeof costLimitPlugin>, variables: Record<string, unknown>) {
  const hooks = await plugin.requestDidStart!({} as never);
  return (hooks as { didResolveOperation: (c: unknown) => Promise<void> }).didResolveOperation({
    request: { operationName: 'Feed', variables },
    document: FEED,
    schema,
  });
}

describe('query cost limit', () => {
  it('names the variables a cost depends on: page sizes and @include/@skip conditions', () => {
    expect(costVariables(FEED)).toEqual(['n', 'withBody']);
  });

  it('measures a document once per page size, not once per request', async () => {
    const measured = jest.mocked(getComplexity);
    measured.mockClear();
    const plugin = costLimitPlugin(1_000);
    const vars = { n: 20, withBody: true, id: 'p1' };
    await run(plugin, vars);
    await run(plugin, { ...vars, after: 'cursor-2', id: 'p2' });
    expect(measured).toHaveBeenCalledTimes(1);
    await run(plugin, { ...vars, n: 50 });
    expect(measured).toHaveBeenCalledTimes(2);
  });

  it('still refuses a page size that makes the same document too expensive', async () => {
    const plugin = costLimitPlugin(100);
    await expect(run(plugin, { n: 20, withBody: true, id: 'p' })).resolves.toBeUndefined();
    await expect(run(plugin, { n: 90, withBody: true, id: 'p' })).rejects.toThrow(
      /Query is too expensive: estimated cost \d+, the limit is 100/,
    );
    await expect(run(plugin, { n: 90, withBody: true, id: 'p' })).rejects.toThrow(/too expensive/);
  });
});
