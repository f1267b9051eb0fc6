import { defineConfig } from 'vitest/config';

const apiProject = (name: string, database: 'sqlite' | 'postgres') => ({
  test: {
    name,
    include: ['cms/tests/**/*.api.test.ts'],
    env: { CMS_DB: database },
    globalSetup: ['cms/tests/harness/compile.global.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    // Each file boots its own Strapi; two at a time suits a 2-core machine.
    maxWorkers: 2,
  },
});

export default defineConfig({
  test: {
    // A focused test left in by mistake would hide the rest of the suite on CI.
    allowOnly: !process.env.CI,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['shared/**/*.unit.test.ts', 'site/**/*.unit.test.{ts,tsx}', 'cms/src/**/*.unit.test.ts', 'scripts/**/*.unit.test.ts'],
          environment: 'node',
        },
      },
      apiProject('api-sqlite', 'sqlite'),
      apiProject('api-postgres', 'postgres'),
    ],
  },
});
