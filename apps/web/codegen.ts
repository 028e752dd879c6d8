import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operations from the committed schema; `npm run typecheck` runs this with --check so a stale file fails.
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/graphql/**'],
  generates: {
    'apps/web/src/graphql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { enumsAsTypes: true, useTypeImports: true, scalars: { DateTime: 'string', JSON: 'unknown' } },
    },
  },
  ignoreNoDocuments: true,
};

export default config;
