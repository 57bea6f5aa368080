import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DocumentNode, print } from 'graphql';
import { addTypenameToDocument } from '@apollo/client/utilities';

/** One GraphQL request body as the web client sends it (without variables). */
export interface ClientOperation {
  operationName: string;
  query: string;
}

let clientFile = resolve('apps/web/src/generated/graphql.ts');

/** A/B pairs: drive another build with the documents of its own web client. */
export function useClientOperationsFrom(generatedFile: string): void {
  clientFile = resolve(generatedFile);
}

/**
 * The documents the web client really sends, so the bench asks what people's browsers ask:
 * its generated operations (fragments included), with the `__typename` that Apollo's cache adds
 * to every selection set, printed. Read from the web app's generated file at run time (the
 * bench runs from the repository root), which keeps the server build free of web code.
 */
export function clientOperation(name: string, generatedFile = clientFile): ClientOperation {
  const line = new RegExp(`^export const ${name}Document = (\\{.*\\}) as unknown`, 'm');
  const json = line.exec(readFileSync(generatedFile, 'utf8'))?.[1];
  if (!json) throw new Error(`The web client has no operation named ${name}`);
  const document = JSON.parse(json) as DocumentNode;
  return { operationName: name, query: print(addTypenameToDocument(document)) };
}
