import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, databaseKind, freePort, runSeed, startCms, testEnv, type RunningCms, type ThrowawayDatabase } from './harness/cms';
import { queryRows } from './harness/database';
import { adminLogin } from './harness/http';
import { waitFor } from './service-requests.helpers';
import { cityClock, createDraftPage, fakeClock, fakePublisher, publicPages, schedulingApi, SECRET } from './scheduling.helpers';

/**
 * Two CMS instances on one PostgreSQL database, both running the scheduler every 100 ms on the same
 * fake clock: every due schedule is claimed by exactly one of them, runs once (one try, one publish
 * webhook). PostgreSQL only: the deployment that runs several instances.
 */
const COUNT = 8;
const run = databaseKind() === 'postgres' ? describe : describe.skip;

let database: ThrowawayDatabase;
let first: RunningCms;
let second: RunningCms;
let publisher: Awaited<ReturnType<typeof fakePublisher>>;
const clock = fakeClock();

beforeAll(async () => {
  if (databaseKind() !== 'postgres') return;
  publisher = await fakePublisher();
  database = await createDatabase('postgres');
  const env = testEnv(await freePort(), database, {
    OUTBOX_WORKER: 'false',
    PUBLISH_WEBHOOK_URL: publisher.url,
    PUBLISH_WEBHOOK_SECRET: SECRET,
    CLOCK_FILE: clock.file,
    SCHEDULING_INTERVAL_MS: '100',
  });
  await runSeed(env);
  first = await startCms(env);
  second = await startCms({ ...env, PORT: String(await freePort()) });
}, 300_000);
afterAll(async () => {
  await second?.stop();
  await first?.stop();
  await database?.drop();
  await publisher?.close();
  clock.remove();
});

run('two CMS instances on one PostgreSQL database', () => {
  it('run each due schedule once', async () => {
    const editor = await adminLogin(first.url, first.editor.email, first.editor.password);
    const api = schedulingApi(first.url);
    const at = new Date(clock.now().getTime() + 3_600_000);
    const documents: string[] = [];
    for (let index = 0; index < COUNT; index += 1) {
      const documentId = await createDraftPage(first.url, editor, `sched-twice-${index}`);
      const created = await api.create(editor, { uid: 'api::page.page', documentId, locale: 'en', action: 'publish', ...cityClock(at) });
      expect(created.status).toBe(201);
      documents.push(documentId);
    }
    clock.set(new Date(at.getTime() + 60_000));
    const rows = await waitFor(async () => {
      const found = await queryRows<{ schedule_status: string; attempts: number }>(first.env, 'SELECT schedule_status, attempts FROM scheduling_schedules');
      return found.length === COUNT && found.every((row) => row.schedule_status === 'done') ? found : undefined;
    }, 30_000, 'every schedule to run');
    expect(rows.map((row) => Number(row.attempts))).toEqual(Array(COUNT).fill(1));
    // Wait for the webhooks of both instances, then make sure no schedule ran twice.
    await waitFor(async () => (documents.every((documentId) => publisher.count('entry.publish', documentId) >= 1) ? true : undefined), 15_000, 'the webhooks');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(documents.map((documentId) => publisher.count('entry.publish', documentId))).toEqual(Array(COUNT).fill(1));
    for (let index = 0; index < COUNT; index += 1) expect(await publicPages(second.url, `sched-twice-${index}`)).toHaveLength(1);
  }, 120_000);
});
