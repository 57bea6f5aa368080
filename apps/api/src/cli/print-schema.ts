import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchemaSdl } from '../graphql/schema-sdl';

/** Writes apps/api/schema.graphql (committed; CI fails when it is stale). */
buildSchemaSdl()
  .then((sdl) => {
    const target = join(__dirname, '..', '..', 'schema.graphql');
    writeFileSync(target, sdl);
    process.stdout.write(`Wrote ${target}\n`);
  })
  .catch((error) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
