// The site's GraphQL types are generated from a checked-in snapshot of the CMS schema
// (site/graphql/schema.graphql). This fails when the running CMS's schema has moved on, so the
// site is never built against types that no longer describe the API.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CMS_DIR, createDatabase, databaseKind, freePort, startCms, testEnv, type RunningCms, type ThrowawayDatabase } from './harness/cms';

const ROOT_DIR = path.resolve(CMS_DIR, '..');

let cms: RunningCms;
let database: ThrowawayDatabase;

beforeAll(async () => {
  // The schema comes from the content model alone: an empty database is enough.
  database = await createDatabase(databaseKind());
  cms = await startCms(testEnv(await freePort(), database));
});
afterAll(async () => {
  await cms?.stop();
  await database?.drop();
});

/** Lines in one text and not the other, for a short report. */
function lineDifference(from: string, to: string): string[] {
  const present = new Set(to.split('\n'));
  return from.split('\n').filter((line) => line.trim() !== '' && !present.has(line));
}

describe('GraphQL schema snapshot', () => {
  it('matches the schema the CMS serves', async () => {
    const { fetchSchemaSdl, SCHEMA_SNAPSHOT_PATH } = await import('../../site/graphql/schema-source.js');
    const live = await fetchSchemaSdl(cms.url);
    const snapshot = fs.readFileSync(path.join(ROOT_DIR, SCHEMA_SNAPSHOT_PATH), 'utf8');
    if (live !== snapshot) {
      const onlyLive = lineDifference(live, snapshot).slice(0, 30);
      const onlySnapshot = lineDifference(snapshot, live).slice(0, 30);
      console.error(
        [
          `${SCHEMA_SNAPSHOT_PATH} differs from the CMS schema.`,
          `Only in the CMS:\n  ${onlyLive.join('\n  ') || '(nothing)'}`,
          `Only in the snapshot:\n  ${onlySnapshot.join('\n  ') || '(nothing)'}`,
          'See the whole difference, with a dev CMS running (NODE_ENV=development keeps introspection on):',
          `  CMS_URL=http://127.0.0.1:1337 npx tsx -e "import('./site/graphql/schema-source.ts').then(async (m) => process.stdout.write(await m.fetchSchemaSdl(process.env.CMS_URL)))" | diff ${SCHEMA_SNAPSHOT_PATH} -`,
          'Regenerate the snapshot and the typed documents in one command:',
          '  CMS_URL=http://127.0.0.1:1337 npm run codegen',
        ].join('\n'),
      );
    }
    expect(live === snapshot, `${SCHEMA_SNAPSHOT_PATH} is out of date: run \`npm run codegen\` against a running CMS (details above)`).toBe(true);
  });
});
