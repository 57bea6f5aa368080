import { buildSchema, GraphQLError, parse } from 'graphql';
import { compileQuery } from 'graphql-jit';
import { compiledExecution } from './compiled-execution';

jest.mock('graphql-jit', () => {
  const actual = jest.requireActual('graphql-jit');
  return { ...actual, compileQuery: jest.fn(actual.compileQuery) };
});

class ExpectedError extends Error {}

const schema = buildSchema(`type Query { hello(name: String!): String!, broken: String }`);
Object.assign(schema.getQueryType()!.getFields().hello, {
  resolve: (_: unknown, args: { name: string }, ctx: { greeting: string }) =>
    `${ctx.greeting} ${args.name}`,
});
Object.assign(schema.getQueryType()!.getFields().broken, {
  resolve: () => {
    throw new ExpectedError('no');
  },
});

async function executorFor() {
  const compiled = compiledExecution();
  compiled.transformSchema(schema);
  const { executor } = await compiled.gateway.load({ apollo: {} as never });
  return (document: ReturnType<typeof parse>, variables: object, operationName?: string) =>
    executor!({
      document,
      operationName: operationName ?? null,
      context: { greeting: 'hej' },
      request: { variables },
    } as never);
}

beforeEach(() => jest.mocked(compileQuery).mockClear());

it('runs an operation with its variables and context, compiling each document once', async () => {
  const execute = await executorFor();
  const document = parse(`query Hi($n: String!) { hello(name: $n) }`);
  expect(await execute(document, { n: 'Ana' })).toEqual({ data: { hello: 'hej Ana' } });
  expect(await execute(document, { n: 'Bo' })).toEqual({ data: { hello: 'hej Bo' } });
  expect(compileQuery).toHaveBeenCalledTimes(1);
});

it("gives resolvers' errors to Apollo as graphql-js errors, with the original error kept", async () => {
  const execute = await executorFor();
  const result = await execute(parse(`{ broken }`), {});
  const [error] = result.errors as GraphQLError[];
  expect(error).toBeInstanceOf(GraphQLError);
  // Apollo reads `extensions.code` before formatting: graphql-jit's own errors have no object there.
  expect(error.extensions).toEqual({});
  expect(error.originalError).toBeInstanceOf(ExpectedError);
  expect(error.path).toEqual(['broken']);
  expect(error.locations).toEqual([{ line: 1, column: 3 }]);
  expect(result.data).toEqual({ broken: null });
});

it('answers an unknown operation name with an error, as execution would', async () => {
  const execute = await executorFor();
  const result = await execute(parse(`query A { hello(name: "x") }`), {}, 'B');
  expect(result.errors?.[0].message).toMatch(/Unknown operation named "B"/);
});

it('answers variables that do not coerce as graphql-js does, so Apollo says BAD_USER_INPUT', async () => {
  const execute = await executorFor();
  const result = await execute(parse(`query Hi($n: String!) { hello(name: $n) }`), { n: 3 });
  expect(result.data).toBeUndefined();
  const [error] = result.errors as GraphQLError[];
  expect(error.message).toMatch(/^Variable "\$n" got invalid value 3/);
  // What Apollo checks to answer 400 with BAD_USER_INPUT instead of an internal error.
  expect(error.nodes?.map((n) => n.kind)).toEqual(['VariableDefinition']);
});
