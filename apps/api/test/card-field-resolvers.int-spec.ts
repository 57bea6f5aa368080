import { GraphQLSchemaHost } from '@nestjs/graphql';
import { createTestApp, TestApp } from '@outloud/server-core/testing';
import {
  getNamedType,
  GraphQLObjectType,
  GraphQLSchema,
  isObjectType,
  parse,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { clientOperation } from '../src/bench/client-operations';
import { DOMAIN_MODULES } from '../src/app.module';

// A list page resolves every field of every card: 20 cards run a few hundred field resolvers.
// @nestjs/graphql binds a @ResolveField method directly only when it has no parameter
// decorators; otherwise each call goes through Nest's parameter pipeline (docs/decisions/0015).
// So no field the web client's list pages select may resolve through that pipeline.
const LIST_PAGES = ['HomeFeed', 'Search', 'SimilarQuestions'];

let t: TestApp;
let schema: GraphQLSchema;

beforeAll(async () => {
  t = await createTestApp({ imports: DOMAIN_MODULES });
  schema = t.app.get(GraphQLSchemaHost).schema;
});

afterAll(() => t?.close());

/**
 * Nest's pipeline is a bound function named `target` (@nestjs/core's ExternalContextCreator); the
 * last test checks that this still recognises it, so a rename in Nest fails here, not silently.
 */
const throughNestPipeline = (resolve?: { name: string }) => resolve?.name === 'bound target';

/** Every `Type.field` below the root fields of a client operation, with its resolver. */
function fieldsBelowRoot(operation: string): Map<string, { name: string } | undefined> {
  const fields = new Map<string, { name: string } | undefined>();
  const typeInfo = new TypeInfo(schema);
  visit(
    parse(clientOperation(operation).query),
    visitWithTypeInfo(typeInfo, {
      Field() {
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        if (!parent || !field || !isObjectType(getNamedType(parent))) return;
        if ([schema.getQueryType(), schema.getMutationType()].includes(parent as never)) return;
        fields.set(`${parent.name}.${field.name}`, field.resolve);
      },
    }),
  );
  return fields;
}

describe.each(LIST_PAGES)('the fields of %s', (operation) => {
  it('resolve as plain properties or directly bound methods, not through Nest’s pipeline', () => {
    const fields = fieldsBelowRoot(operation);
    expect(fields.size).toBeGreaterThan(10);
    const wrapped = [...fields]
      .filter(([, resolve]) => throughNestPipeline(resolve))
      .map(([field]) => field);
    expect(wrapped).toEqual([]);
  });
});

it('a card field with a parameter decorator would be reported (the check can fail)', () => {
  // `replies` needs @Args for its schema arguments, so it goes through Nest's pipeline.
  const replies = (schema.getType('Post') as GraphQLObjectType).getFields().replies.resolve;
  expect(throughNestPipeline(replies)).toBe(true);
});
