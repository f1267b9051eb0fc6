// Starts a seeded throwaway CMS for a developer's command (e.g. `npm run codegen`) and keeps it
// running until Ctrl+C: `npx tsx cms/tests/harness/dev-cms.ts [port]`. Prints its URL.
import { createDatabase, runSeed, startCms, testEnv } from './cms';

async function main(): Promise<void> {
  const port = Number(process.argv[2] ?? 1337);
  const database = await createDatabase('sqlite');
  const env = testEnv(port, database, {});
  await runSeed(env);
  const cms = await startCms(env);
  console.log(`CMS_URL=${cms.url}`);
  const stop = async () => {
    await cms.stop();
    await database.drop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

void main();
