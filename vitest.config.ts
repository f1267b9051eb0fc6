import { defineConfig } from 'vitest/config';

const apiProject = (name: string, database: 'sqlite' | 'postgres', groupOrder: number) => ({
  test: {
    name,
    // Groups run one after the other: the SQLite and PostgreSQL suites never compete for the CPU.
    sequence: { groupOrder },
    include: ['cms/tests/**/*.api.test.ts'],
    // The test CMSs ignore the cms/.env that `npm start` writes (scripts/test.ts sets it too).
    env: { CMS_DB: database, ENV_PATH: '/dev/null' },
    globalSetup: ['cms/tests/harness/compile.global.ts', 'cms/tests/harness/seed-templates.global.ts'],
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
          include: ['shared/**/*.unit.test.ts', 'site/**/*.unit.test.{ts,tsx}', 'publisher/**/*.unit.test.{ts,tsx}', 'cms/src/**/*.unit.test.ts', 'scripts/**/*.unit.test.ts', 'bench/**/*.unit.test.ts'],
          environment: 'node',
          // The islands' tests type key by key in jsdom: seconds on a busy shared machine, not a hang.
          testTimeout: 30_000,
          sequence: { groupOrder: 0 },
        },
      },
      apiProject('api-sqlite', 'sqlite', 1),
      apiProject('api-postgres', 'postgres', 2),
      {
        test: {
          name: 'reliability',
          // After every other group: these tests load the machine (thousands of requests, killed and
          // restarted CMSs, a site build). Each file chooses its databases itself.
          sequence: { groupOrder: 3 },
          include: ['cms/tests/reliability/**/*.reliability.test.ts'],
          // Compile once, then seed the demo city once: each test copies the seeded database.
          globalSetup: ['cms/tests/harness/compile.global.ts', 'cms/tests/reliability/support/seed.global.ts'],
          testTimeout: 1_800_000,
          hookTimeout: 300_000,
          maxWorkers: 2,
        },
      },
    ],
  },
});
