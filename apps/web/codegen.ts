import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operations from the API's committed schema. Run `npm run codegen` from the repo root.
const config: CodegenConfig = {
  overwrite: true,
  schema: 'apps/api/schema.graphql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/generated/**'],
  ignoreNoDocuments: true,
  generates: {
    'apps/web/src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        defaultScalarType: 'unknown',
        scalars: { DateTime: 'string' },
        skipTypename: false,
        nonOptionalTypename: false,
      },
    },
  },
};

export default config;
