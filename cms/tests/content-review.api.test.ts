import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DueAnswer, ReviewAnswer } from '../src/plugins/content-review/contract';
import { startSeededCms, type RunningCms } from './harness/cms';
import { fakeClock } from './harness/clock';
import { executeSql } from './harness/database';
import { adminLogin, jsonInit, request } from './harness/http';
import { queryDatabase, waitFor } from './service-requests.helpers';

/**
 * Content review, end to end on the seeded demo city: the review date set on first publication,
 * the owner and date set from the side panel's route, the due list, the owner's reminder queued in
 * the outbox once per due date (the sweep runs every 300 ms here, on a fake clock the test moves
 * past a review date) and marking reviewed; a Spanish translation flagged when the English entry changes
 * after it, until it is saved or confirmed.
 */
const TRIAGE = { email: 'triage@test.example', password: 'Triage-Password-1' };
const PAGES_ADMIN = '/content-manager/collection-types/api::page.page';
const PAGE = 'api::page.page';

let cms: RunningCms;
// The CMS's "today" for reviews; starts at the real time, and only the reminder test moves it (and puts it back).
const clock = fakeClock();
let editor: string;
let editorId: number;

beforeAll(async () => {
  cms = await startSeededCms({ OUTBOX_WORKER: 'false', CONTENT_REVIEW_INTERVAL_MS: '300', CLOCK_FILE: clock.file, CITY_TIME_ZONE: 'America/New_York', TRIAGE_EMAIL: TRIAGE.email, TRIAGE_PASSWORD: TRIAGE.password });
  editor = await adminLogin(cms.url, cms.editor.email, cms.editor.password);
  const [row] = await queryDatabase<{ id: number }>(cms, 'SELECT id FROM admin_users WHERE email = ?', [cms.editor.email]);
  editorId = Number(row?.id);
});
afterAll(async () => {
  await cms?.stop();
  clock.remove();
});

/** The city's today on the CMS's clock, moved by whole days. */
function cityDay(days = 0): string {
  const now = new Date(clock.now().getTime() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
const yearLater = (date: string) => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(year + 1, month - 1, 1));
  next.setUTCDate(Math.min(day, new Date(Date.UTC(year + 1, month, 0)).getUTCDate()));
  return next.toISOString().slice(0, 10);
};

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });
const page = (slug: string, text: string) => ({ title: `Review ${slug}`, slug, summary: 'When the pool opens and what it costs.', body: [paragraph(text)] });

async function createPage(slug: string): Promise<string> {
  const created = await request<{ data: { documentId: string } }>(`${cms.url}${PAGES_ADMIN}?locale=en`, jsonInit('POST', page(slug, 'The pool opens in May.'), editor));
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body.data.documentId;
}
async function savePage(documentId: string, locale: string, slug: string, text: string): Promise<void> {
  const saved = await request(`${cms.url}${PAGES_ADMIN}/${documentId}?locale=${locale}`, jsonInit('PUT', page(slug, text), editor));
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
}
async function publish(documentId: string, locale = 'en'): Promise<void> {
  const published = await request(`${cms.url}${PAGES_ADMIN}/${documentId}/actions/publish?locale=${locale}`, jsonInit('POST', {}, editor));
  expect(published.status, JSON.stringify(published.body)).toBe(200);
}

type Answer = ReviewAnswer & { errors?: { field: string; code: string }[] };
const entry = (documentId: string, locale = 'en', token = editor) =>
  request<Answer>(`${cms.url}/content-review/entry?uid=${encodeURIComponent(PAGE)}&documentId=${documentId}&locale=${locale}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
const update = (documentId: string, changes: { ownerId: number | null; reviewDue: string | null }, locale = 'en', token = editor) =>
  request<Answer>(`${cms.url}/content-review/entry`, jsonInit('PUT', { uid: PAGE, documentId, locale, ...changes }, token));
const markReviewed = (documentId: string, locale = 'en') => request<Answer>(`${cms.url}/content-review/entry/reviewed`, jsonInit('POST', { uid: PAGE, documentId, locale }, editor));
const confirmTranslation = (documentId: string, locale: string) =>
  request<Answer>(`${cms.url}/content-review/entry/translation-confirmed`, jsonInit('POST', { uid: PAGE, documentId, locale }, editor));
const dueList = async () => {
  const answer = await request<DueAnswer>(`${cms.url}/content-review/due`, { headers: { authorization: `Bearer ${editor}` } });
  expect(answer.status).toBe(200);
  return answer.body.items;
};

interface QueuedEmail {
  recipient: string;
  subject: string;
  text: string;
  html: string;
}
const reminders = (title: string) => queryDatabase<QueuedEmail>(cms, "SELECT recipient, subject, text, html FROM outbox_messages WHERE kind = 'review_due' AND text LIKE ?", [`%${title}%`]);
/** Long enough for several sweeps (every 300 ms). */
const severalSweeps = () => new Promise((resolve) => setTimeout(resolve, 1_500));

describe('the review date', () => {
  it('is set 12 months after the first publication, and kept when the entry is published again', async () => {
    const documentId = await createPage('review-first-publish');
    const draft = await entry(documentId);
    expect(draft.status).toBe(200);
    expect(draft.body).toMatchObject({ applicable: true, reviewDue: null, ownerId: null, due: false, translation: null, canEdit: true });

    await publish(documentId);
    expect((await entry(documentId)).body.reviewDue).toBe(yearLater(cityDay()));

    const later = cityDay(40);
    expect((await update(documentId, { ownerId: null, reviewDue: later })).status).toBe(200);
    await savePage(documentId, 'en', 'review-first-publish', 'The pool opens in June.');
    await publish(documentId);
    expect((await entry(documentId)).body.reviewDue).toBe(later);
  });
});

describe('the due list and the reminders', () => {
  it('lists an entry whose review date has come, not one whose date is ahead', async () => {
    const dueId = await createPage('review-due');
    const aheadId = await createPage('review-ahead');
    await publish(dueId);
    await publish(aheadId);
    expect((await update(dueId, { ownerId: editorId, reviewDue: cityDay(-3) })).body).toMatchObject({ due: true, ownerId: editorId });
    expect((await update(aheadId, { ownerId: editorId, reviewDue: cityDay(3) })).body).toMatchObject({ due: false });

    const items = await dueList();
    expect(items).toContainEqual(expect.objectContaining({ uid: PAGE, documentId: dueId, locale: 'en', title: 'Review review-due', reviewDue: cityDay(-3), due: true, translationOutOfDate: false }));
    expect(items.map((item) => item.documentId)).not.toContain(aheadId);
  });

  it('emails the owner once per due date, in the owner’s admin language, with a link to the entry', async () => {
    const documentId = await createPage('review-reminder');
    await publish(documentId);
    await executeSql(cms.env, 'UPDATE admin_users SET prefered_language = ? WHERE id = ?', ['es', editorId]);
    try {
      // Due in two days: nothing is sent while that day has not come.
      const dueOn = cityDay(2);
      await update(documentId, { ownerId: editorId, reviewDue: dueOn });
      await severalSweeps();
      expect(await reminders('Review review-reminder')).toHaveLength(0);
      expect((await dueList()).map((item) => item.documentId)).not.toContain(documentId);

      // Three days on, the review date has passed: the next sweep queues the reminder.
      clock.advance(3 * 86_400_000);
      expect((await dueList()).map((item) => item.documentId)).toContain(documentId);
      const [first] = await waitFor(async () => ((await reminders('Review review-reminder')).length > 0 ? reminders('Review review-reminder') : undefined), 10_000, 'the reminder');
      expect(first).toMatchObject({ recipient: cms.editor.email, subject: 'Revisión pendiente: Review review-reminder' });
      expect(first?.text).toContain('La página «Review review-reminder» (inglés) debía revisarse el');
      const [year, month, day] = dueOn.split('-').map(Number) as [number, number, number];
      expect(first?.text).toContain(new Intl.DateTimeFormat('es', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, day))));
      expect(first?.text).toContain(`/admin/content-manager/collection-types/api::page.page/${documentId}?plugins%5Bi18n%5D%5Blocale%5D=en`);
      expect(first?.html).toContain('<html lang="es" dir="ltr">');

      // Sweeps go on: the same due date brings no second email.
      await severalSweeps();
      expect(await reminders('Review review-reminder')).toHaveLength(1);

      // Marked reviewed: the next date is a year on, and nothing more is sent until then.
      const reviewed = await markReviewed(documentId);
      expect(reviewed.status).toBe(200);
      expect(reviewed.body).toMatchObject({ reviewDue: yearLater(cityDay()), due: false });
      expect(reviewed.body.lastReviewedAt).toEqual(expect.any(String));
      expect((await dueList()).map((item) => item.documentId)).not.toContain(documentId);
      await severalSweeps();
      expect(await reminders('Review review-reminder')).toHaveLength(1);

      // Another due date that has come gets its own reminder.
      await update(documentId, { ownerId: editorId, reviewDue: cityDay(-2) });
      await waitFor(async () => ((await reminders('Review review-reminder')).length === 2 ? true : undefined), 10_000, 'the second reminder');
      await severalSweeps();
      expect(await reminders('Review review-reminder')).toHaveLength(2);
    } finally {
      clock.set(new Date());
      await executeSql(cms.env, 'UPDATE admin_users SET prefered_language = NULL WHERE id = ?', [editorId]);
    }
  });

  it('sends nothing for an entry without an owner', async () => {
    const documentId = await createPage('review-no-owner');
    await publish(documentId);
    await update(documentId, { ownerId: null, reviewDue: cityDay(-1) });
    await severalSweeps();
    expect(await reminders('Review review-no-owner')).toHaveLength(0);
    expect((await dueList()).map((item) => item.documentId)).toContain(documentId);
  });
});

describe('the translation flag', () => {
  it('is raised when the English entry changes after the Spanish one, and cleared when the Spanish one is saved or confirmed', async () => {
    const documentId = await createPage('review-translation');
    await savePage(documentId, 'es', 'review-translation', 'La piscina abre en mayo.');
    expect((await entry(documentId, 'es')).body.translation).toMatchObject({ source: 'en', outOfDate: false });
    expect((await entry(documentId, 'en')).body.translation).toBeNull();

    await savePage(documentId, 'en', 'review-translation', 'The pool opens in June.');
    expect((await entry(documentId, 'es')).body.translation).toMatchObject({ outOfDate: true });
    expect(await dueList()).toContainEqual(expect.objectContaining({ documentId, locale: 'es', translationOutOfDate: true }));

    await savePage(documentId, 'es', 'review-translation', 'La piscina abre en junio.');
    expect((await entry(documentId, 'es')).body.translation).toMatchObject({ outOfDate: false });
    expect((await dueList()).filter((item) => item.documentId === documentId)).toEqual([]);

    await savePage(documentId, 'en', 'review-translation', 'The pool opens in June, weather permitting.');
    expect((await entry(documentId, 'es')).body.translation).toMatchObject({ outOfDate: true });
    const confirmed = await confirmTranslation(documentId, 'es');
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.translation).toMatchObject({ outOfDate: false });
    expect((await entry(documentId, 'es')).body.translation).toMatchObject({ outOfDate: false });
  });

  it('cannot be confirmed on the default locale, which is the source', async () => {
    const documentId = await createPage('review-confirm-en');
    const refused = await confirmTranslation(documentId, 'en');
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([{ field: 'locale', code: 'invalid' }]);
  });
});

describe('the routes', () => {
  it('answer bad input with field errors, an unknown owner or entry plainly', async () => {
    const documentId = await createPage('review-bad-input');
    const badDate = await update(documentId, { ownerId: null, reviewDue: '2026-02-30' });
    expect(badDate.status).toBe(400);
    expect(badDate.body.errors).toEqual([{ field: 'reviewDue', code: 'invalid' }]);
    const unknownOwner = await update(documentId, { ownerId: 987_654, reviewDue: null });
    expect(unknownOwner.status).toBe(400);
    expect(unknownOwner.body.errors).toEqual([{ field: 'ownerId', code: 'unknown-owner' }]);
    const missing = await request<Answer>(`${cms.url}/content-review/entry?uid=${encodeURIComponent(PAGE)}&locale=en`, { headers: { authorization: `Bearer ${editor}` } });
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toEqual([{ field: 'documentId', code: 'required' }]);
    expect((await entry('no-such-document')).status).toBe(404);
  });

  it('say a type without reviews is not reviewed', async () => {
    const answer = await request<{ applicable: boolean }>(`${cms.url}/content-review/entry?uid=${encodeURIComponent('api::alert.alert')}&documentId=any&locale=en`, {
      headers: { authorization: `Bearer ${editor}` },
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ applicable: false });
  });

  it('list the possible owners by name only', async () => {
    const answer = await request<{ owners: { id: number; name: string }[] }>(`${cms.url}/content-review/owners`, { headers: { authorization: `Bearer ${editor}` } });
    expect(answer.status).toBe(200);
    expect(answer.body.owners.map((owner) => owner.id)).toContain(editorId);
    expect(JSON.stringify(answer.body)).not.toContain('@');
  });

  it('are closed to those who may not read pages, and to anonymous callers', async () => {
    const triage = await adminLogin(cms.url, TRIAGE.email, TRIAGE.password);
    const documentId = await createPage('review-closed');
    expect((await entry(documentId, 'en', triage)).status).toBe(403);
    expect((await update(documentId, { ownerId: null, reviewDue: null }, 'en', triage)).status).toBe(403);
    expect((await request(`${cms.url}/content-review/due`, { headers: { authorization: `Bearer ${triage}` } })).status).toBe(403);
    expect((await request(`${cms.url}/content-review/owners`, { headers: { authorization: `Bearer ${triage}` } })).status).toBe(403);
    expect((await request(`${cms.url}/content-review/due`)).status).toBe(401);
    expect((await entry(documentId, 'en', '')).status).toBe(401);
  });
});
