import { addTypenameToDocument } from '@apollo/client/utilities';
import { AppConfig, queryLimitRules } from '@outloud/server-core';
import {
  buildSchema,
  DocumentNode,
  Lexer,
  print,
  Source,
  specifiedRules,
  TokenKind,
  validate,
} from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// Every operation the web client sends (as it sends them: Apollo adds __typename everywhere)
// must pass the GraphQL limits at their defaults, with room to grow.
const root = join(__dirname, '..', '..', '..', '..');
const schema = buildSchema(readFileSync(join(root, 'apps/api/schema.graphql'), 'utf8'));
const generated = readFileSync(join(root, 'apps/web/src/generated/graphql.ts'), 'utf8');
const operations = [
  ...generated.matchAll(/^export const (\w+)Document = (\{.*\}) as unknown/gm),
].map(([, name, json]) => [name, addTypenameToDocument(JSON.parse(json) as DocumentNode)] as const);
const config = AppConfig.fromEnv({ NODE_ENV: 'test' });

function tokenCount(document: DocumentNode): number {
  const lexer = new Lexer(new Source(print(document)));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count++;
  return count;
}

describe('the web client against the GraphQL limits', () => {
  it('finds the operations', () => {
    expect(operations.length).toBeGreaterThan(50);
  });

  it.each(operations)('%s passes with a third of each limit to spare', (_name, document) => {
    const twoThirds = (key: Parameters<typeof config.get>[0]) =>
      Math.floor((Number(config.get(key)) * 2) / 3);
    const rules = queryLimitRules({
      maxDepth: twoThirds('GRAPHQL_MAX_DEPTH'),
      maxAliases: twoThirds('GRAPHQL_MAX_ALIASES'),
      maxDirectives: twoThirds('GRAPHQL_MAX_DIRECTIVES'),
      maxCost: twoThirds('GRAPHQL_MAX_COST'),
    });
    expect(validate(schema, document, [...specifiedRules, ...rules]).map((e) => e.message)).toEqual(
      [],
    );
    expect(tokenCount(document)).toBeLessThanOrEqual(twoThirds('GRAPHQL_MAX_TOKENS'));
  });
});
