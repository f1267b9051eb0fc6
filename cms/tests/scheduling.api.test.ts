import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, databaseKind, freePort, runSeed, startCms, testEnv, type RunningCms, type ThrowawayDatabase } from './harness/cms';
import { executeSql, queryRows } from './harness/database';
import { adminLogin, jsonInit, request } from './harness/http';
import { waitFor } from './service-requests.helpers';
import { cityClock, createDraftPage, fakeClock, fakePublisher, PAGES_ADMIN, publicPages, schedulingApi, SECRET, toMinute } from './scheduling.helpers';
import type { Schedule } from '../src/plugins/scheduling/contract';

/**
 * Scheduled publish and unpublish on one CMS, with a fake clock the CMS reads at each tick
 * (CLOCK_FILE): a schedule runs once its time has passed on that clock, never before;
 * a time missed while the CMS was down runs at the next start; a refused publish is retried with
 * backoff, its reason shown, then given up and retried by hand; a run left claimed by a dead
 * instance is taken over after its lease; the site is told through the usual publish webhook.
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const TRIAGE = { email: 'triage@test.example', password: 'Triage-Password-1' };

let database: ThrowawayDatabase;
let env: Record<string, string>;
let cms: RunningCms;
let editor: string;
let publisher: Awaited<ReturnType<typeof fakePublisher>>;
const clock = fakeClock();
let api: ReturnType<typeof schedulingApi>;

beforeAll(async () => {
  publisher = await fakePublisher();
  database = await createDatabase(databaseKind());
  env = testEnv(await freePort(), database, {
    OUTBOX_WORKER: 'false',
    TRIAGE_EMAIL: TRIAGE.email,
    TRIAGE_PASSWORD: TRIAGE.password,
    PUBLISH_WEBHOOK_URL: publisher.url,
    PUBLISH_WEBHOOK_SECRET: SECRET,
    CLOCK_FILE: clock.file,
    SCHEDULING_INTERVAL_MS: '150',
    SCHEDULING_MAX_ATTEMPTS: '3',
    SCHEDULING_RETRY_BASE_MS: String(MINUTE),
  });
  await runSeed(env);
  cms = await startCms(env);
  api = schedulingApi(cms.url);
  editor = await adminLogin(cms.url, cms.editor.email, cms.editor.password);
}, 300_000);
afterAll(async () => {
  if (process.env.SCHEDULING_TEST_LOGS) console.log(cms?.logs().slice(-6000));
  await cms?.stop();
  await database?.drop();
  await publisher?.close();
  clock.remove();
});

/** Long enough for several of the worker's ticks: to see that nothing ran. */
const severalTicks = () => new Promise((resolve) => setTimeout(resolve, 1_000));
const scheduleOf = async (id: number, token = editor): Promise<Schedule | undefined> => (await api.list(token)).body.schedules.find((schedule) => schedule.id === id);
const until = (id: number, test: (schedule: Schedule) => boolean, what: string) => waitFor(async () => {
  const schedule = await scheduleOf(id);
  return schedule && test(schedule) ? schedule : undefined;
}, 20_000, what);

async function schedule(documentId: string, action: 'publish' | 'unpublish', at: Date): Promise<Schedule> {
  const created = await api.create(editor, { uid: 'api::page.page', documentId, locale: 'en', action, ...cityClock(at) });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body;
}

describe('a scheduled publish', () => {
  it('runs once its time has passed on the city’s clock, not before, and the site is told', async () => {
    const documentId = await createDraftPage(cms.url, editor, 'sched-publish');
    const at = new Date(clock.now().getTime() + HOUR);
    const created = await schedule(documentId, 'publish', at);
    expect(created).toMatchObject({ status: 'pending', action: 'publish', label: 'Bridge sched-publish', runAt: toMinute(at).toISOString(), attempts: 0 });

    clock.set(new Date(toMinute(at).getTime() - MINUTE));
    await severalTicks();
    expect(await publicPages(cms.url, 'sched-publish')).toEqual([]);
    expect((await scheduleOf(created.id))?.status).toBe('pending');

    clock.set(toMinute(at));
    const done = await until(created.id, (row) => row.status === 'done', 'the publish');
    expect(done).toMatchObject({ attempts: 1, lastError: null, doneAt: toMinute(at).toISOString() });
    expect(await publicPages(cms.url, 'sched-publish')).toHaveLength(1);
    // The usual webhook: the Document Service's publish emits entry.publish to the publisher.
    await waitFor(async () => (publisher.count('entry.publish', documentId) > 0 ? true : undefined), 10_000, 'the publish webhook');
    await severalTicks();
    expect(publisher.count('entry.publish', documentId)).toBe(1);
  });

  it('is listed in the entry’s side panel for its language only, and can be cancelled before it runs', async () => {
    const documentId = await createDraftPage(cms.url, editor, 'sched-cancel');
    const created = await schedule(documentId, 'publish', new Date(clock.now().getTime() + 2 * HOUR));
    const panel = await api.list(editor, `?uid=api::page.page&documentId=${documentId}&locale=en`);
    expect(panel.status).toBe(200);
    expect(panel.body.timeZone).toBe('America/New_York');
    expect(panel.body.schedules.map((row) => row.id)).toEqual([created.id]);
    expect((await api.list(editor, `?uid=api::page.page&documentId=${documentId}&locale=es`)).body.schedules).toEqual([]);

    expect((await api.cancel(editor, created.id)).status).toBe(204);
    clock.advance(3 * HOUR);
    await severalTicks();
    expect(await publicPages(cms.url, 'sched-cancel')).toEqual([]);
    expect(await scheduleOf(created.id)).toBeUndefined();
  });
});

describe('a scheduled unpublish', () => {
  it('takes a published page off the site at its time', async () => {
    const documentId = await createDraftPage(cms.url, editor, 'sched-unpublish');
    expect((await request(`${cms.url}${PAGES_ADMIN}/${documentId}/actions/publish?locale=en`, jsonInit('POST', {}, editor))).status).toBe(200);
    const at = new Date(clock.now().getTime() + 30 * MINUTE);
    const created = await schedule(documentId, 'unpublish', at);
    clock.set(toMinute(at));
    await until(created.id, (row) => row.status === 'done', 'the unpublish');
    expect(await publicPages(cms.url, 'sched-unpublish')).toEqual([]);
    await waitFor(async () => (publisher.count('entry.unpublish', documentId) === 1 ? true : undefined), 10_000, 'the unpublish webhook');
  });
});

describe('setting a schedule', () => {
  it('refuses a time already gone, a date that does not exist, an unknown entry and a missing action, field by field', async () => {
    const documentId = await createDraftPage(cms.url, editor, 'sched-refused');
    const past = await api.create(editor, { uid: 'api::page.page', documentId, locale: 'en', action: 'publish', ...cityClock(new Date(clock.now().getTime() - MINUTE)) });
    expect(past.status).toBe(400);
    expect(past.body.errors).toEqual([{ field: 'time', code: 'past' }]);
    const noDate = await api.create(editor, { uid: 'api::page.page', documentId, locale: 'en', action: 'publish', date: '2031-02-30', time: '09:00' });
    expect(noDate.body.errors).toEqual([{ field: 'date', code: 'invalid' }]);
    const skipped = await api.create(editor, { uid: 'api::page.page', documentId, locale: 'en', action: 'publish', date: '2031-03-09', time: '02:30' });
    expect(skipped.body.errors).toEqual([{ field: 'time', code: 'nonexistentTime' }]);
    const unknown = await api.create(editor, { uid: 'api::page.page', documentId: 'no-such-document', locale: 'en', action: 'publish', date: '2031-01-10', time: '09:00' });
    expect(unknown.body.errors).toEqual([{ field: 'documentId', code: 'notFound' }]);
    const noAction = await api.create(editor, { uid: 'api::page.page', documentId, locale: 'en', date: '2031-01-10', time: '09:00' });
    expect(noAction.status).toBe(400);
    expect(noAction.body.errors).toEqual([{ field: 'action', code: 'required' }]);
  });

  it('is for those who may publish: Triage is refused', async () => {
    const triage = await adminLogin(cms.url, TRIAGE.email, TRIAGE.password);
    expect((await api.list(triage)).status).toBe(403);
    const documentId = await createDraftPage(cms.url, editor, 'sched-triage');
    expect((await api.create(triage, { uid: 'api::page.page', documentId, locale: 'en', action: 'publish', date: '2031-01-10', time: '09:00' })).status).toBe(403);
  });
});

describe('a scheduled publish that fails', () => {
  it('is retried with backoff, shows why, gives up after the last attempt, and runs when retried by hand after the fix', async () => {
    const image = { type: 'image', image: { name: 'bridge.jpg', alternativeText: null, url: '/uploads/bridge.jpg', width: 800, height: 600, ext: '.jpg', mime: 'image/jpeg', size: 120, hash: 'bridge', provider: 'local', createdAt: '2026-12-01T10:00:00.000Z', updatedAt: '2026-12-01T10:00:00.000Z' }, children: [{ type: 'text', text: '' }] };
    const documentId = await createDraftPage(cms.url, editor, 'sched-failing', [image]);
    const at = toMinute(new Date(clock.now().getTime() + HOUR));
    const created = await schedule(documentId, 'publish', at);

    clock.set(at);
    const first = await until(created.id, (row) => row.attempts === 1, 'the first try');
    expect(first).toMatchObject({ status: 'pending', maxAttempts: 3, nextAttemptAt: new Date(at.getTime() + MINUTE).toISOString() });
    // The publish check's own words, which name the problem and where it is.
    expect(first.lastError).toContain('the image has no alternative text');
    // And the findings, which the admin words in the editor's language.
    expect(first.lastErrorFindings).toEqual([expect.objectContaining({ rule: 'image-missing-alt', field: 'body', path: [0] })]);

    // Not before the backoff's end; then once more, twice as far apart.
    clock.set(new Date(at.getTime() + MINUTE - 1_000));
    await severalTicks();
    expect((await scheduleOf(created.id))?.attempts).toBe(1);
    clock.set(new Date(at.getTime() + MINUTE));
    const second = await until(created.id, (row) => row.attempts === 2, 'the second try');
    expect(second.nextAttemptAt).toBe(new Date(at.getTime() + 3 * MINUTE).toISOString());
    clock.set(new Date(at.getTime() + 3 * MINUTE));
    const gaveUp = await until(created.id, (row) => row.status === 'failed', 'giving up');
    expect(gaveUp).toMatchObject({ attempts: 3, nextAttemptAt: null });
    expect(gaveUp.lastError).toContain('the image has no alternative text');
    expect(await publicPages(cms.url, 'sched-failing')).toEqual([]);

    const fixed = { ...image, image: { ...image.image, alternativeText: 'The new bridge over Cameron Run at dusk' } };
    expect((await request(`${cms.url}${PAGES_ADMIN}/${documentId}?locale=en`, jsonInit('PUT', { title: 'Bridge sched-failing', slug: 'sched-failing', summary: 'The new King Street bridge and when it opens.', body: [fixed] }, editor))).status).toBe(200);
    expect((await api.retry(editor, created.id)).status).toBe(204);
    await until(created.id, (row) => row.status === 'done', 'the publish after the fix');
    expect(await publicPages(cms.url, 'sched-failing')).toHaveLength(1);
    expect((await scheduleOf(created.id))?.lastErrorFindings).toBeNull();
    // Only a schedule that gave up can be retried.
    expect((await api.retry(editor, created.id)).status).toBe(400);
  });
});

describe('a run claimed by an instance that died mid-run', () => {
  it('is left alone for the ten-minute lease, then taken over and run', async () => {
    const documentId = await createDraftPage(cms.url, editor, 'sched-orphan');
    const at = toMinute(new Date(clock.now().getTime() + HOUR));
    const created = await schedule(documentId, 'publish', at);
    // As another instance leaves it when it dies between its claim and the end of the run.
    const [stored] = await queryRows<{ run_at: unknown }>(env, 'SELECT run_at FROM scheduling_schedules WHERE id = ?', [created.id]);
    const claimedAt = typeof stored?.run_at === 'number' ? at.getTime() : at.toISOString();
    expect(await executeSql(env, "UPDATE scheduling_schedules SET schedule_status = 'running', claimed_by = 'dead-instance', claimed_at = ? WHERE id = ?", [claimedAt, created.id])).toBe(1);

    clock.set(new Date(at.getTime() + 9 * MINUTE));
    await severalTicks();
    expect((await scheduleOf(created.id))?.status).toBe('running');
    expect(await publicPages(cms.url, 'sched-orphan')).toEqual([]);

    clock.set(new Date(at.getTime() + 11 * MINUTE));
    await until(created.id, (row) => row.status === 'done', 'the take-over');
    expect(await publicPages(cms.url, 'sched-orphan')).toHaveLength(1);
    const [after] = await queryRows<{ claimed_by: string }>(env, 'SELECT claimed_by FROM scheduling_schedules WHERE id = ?', [created.id]);
    expect(after?.claimed_by).not.toBe('dead-instance');
  });
});

describe('a CMS down at the scheduled time', () => {
  it('runs the missed schedule at its next start', async () => {
    const documentId = await createDraftPage(cms.url, editor, 'sched-missed');
    const at = new Date(clock.now().getTime() + HOUR);
    const created = await schedule(documentId, 'publish', at);
    await cms.stop();
    clock.set(new Date(at.getTime() + 2 * HOUR));
    cms = await startCms(env);
    editor = await adminLogin(cms.url, cms.editor.email, cms.editor.password);
    const done = await until(created.id, (row) => row.status === 'done', 'the missed publish');
    expect(done.attempts).toBe(1);
    expect(await publicPages(cms.url, 'sched-missed')).toHaveLength(1);
  }, 180_000);
});
