// GraphQL Code Generator: typed documents for the site's content loader, generated from the schema
// snapshot (site/graphql/schema.graphql), never from a live server, so builds are reproducible.
// `npm run codegen` refreshes the snapshot from a running CMS first.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'site/graphql/schema.graphql',
  // The loader's queries (build time), and the islands' operations (sent from the browser).
  documents: ['site/graphql/documents.ts', 'site/islands/graphql/documents.ts'],
  ignoreNoDocuments: false,
  generates: {
    'site/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        // Validated by zod in the loader; these are only the wire types.
        scalars: { DateTime: 'string', JSON: 'unknown', I18NLocaleCode: 'string', Long: 'number' },
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
      },
    },
  },
};

export default config;
