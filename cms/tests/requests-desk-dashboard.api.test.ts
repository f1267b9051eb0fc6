import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, databaseKind, freePort, runSeed, startCms, testEnv, type RunningCms, type ThrowawayDatabase } from './harness/cms';
import { adminLogin, jsonInit, request } from './harness/http';
import { CONTACT, newKey, publishedForms, queryDatabase, submitGraphql, validAnswers } from './service-requests.helpers';
import { responseFigures } from '../src/plugins/requests-desk/server/lib/dashboard';
import type { Dashboard, RequestDetail } from '../src/plugins/requests-desk/contract';
import { FILE_QUESTIONS } from '../src/seed/backlog-answers';
import { backlogFileContent } from '../src/seed/backlog-files';

/**
 * The supervisor dashboard counts and ranks in SQL (a handful of rows back, not the 90-day
 * window's rows). Its figures must stay exactly those of the definition (`responseFigures` over
 * every row of the window, and the week-by-week received counts), on the seeded demo backlog
 * (300 requests over six months, so medians have real spread), and after each desk action that
 * moves them: a new request, a first response, a closure, a reopening, a duplicate. The same
 * backlog's files (seed/backlog-files.ts) are stored as residents' files are, and open through
 * the desk's signed links.
 */
const SUPERVISOR = { email: 'supervisor@dash.example', password: 'Supervisor-Password-1' };
const DESK = '/requests-desk';
const WEEKS = 12;
const WINDOW_MS = 90 * 86_400_000;

let cms: RunningCms;
let database: ThrowawayDatabase;
let supervisor: string;
let zone = 'UTC';

interface RawRow {
  created_at: string | number | Date;
  first_response_at: string | number | Date | null;
  closed_at: string | number | Date | null;
  due_at: string | number | Date | null;
  request_status: string;
  closure_reason: string | null;
}

const millis = (value: string | number | Date) => new Date(typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value).getTime();
const get = <T>(path: string) => request<T>(`${cms.url}${path}`, { headers: { authorization: `Bearer ${supervisor}` } });
const act = (reference: string, action: unknown) => request<{ errors?: unknown }>(`${cms.url}${DESK}/requests/${reference}/actions`, jsonInit('POST', action, supervisor));

async function submit(formCode = 'website-problem'): Promise<string> {
  const form = (await publishedForms(cms, 'en')).get(formCode);
  if (!form) throw new Error(`no form ${formCode}`);
  const response = await submitGraphql(cms, { formCode, locale: 'en', answers: validAnswers(form), contact: CONTACT, idempotencyKey: newKey() });
  const reference = response.body.data?.submitServiceRequest.reference;
  if (!reference) throw new Error(`submit: ${JSON.stringify(response.body.errors)}`);
  return reference;
}

/** The dashboard, and the same figures computed the old way: every row of the window read and reduced here. */
async function dashboardAndDefinition() {
  const before = Date.now();
  const response = await get<Dashboard>(`${DESK}/dashboard`);
  const after = Date.now();
  expect(response.status).toBe(200);
  const rows = await queryDatabase<RawRow>(cms, 'SELECT created_at, first_response_at, closed_at, due_at, request_status, closure_reason FROM service_requests');
  // The server's "now" lies between before and after: no row may sit on the window's edge in between.
  const edge = rows.filter((row) => millis(row.created_at) >= before - WINDOW_MS && millis(row.created_at) < after - WINDOW_MS);
  expect(edge).toEqual([]);
  const inWindow = rows.filter((row) => millis(row.created_at) >= after - WINDOW_MS);
  const firstWeek = DateTime.fromMillis(after, { zone }).startOf('week').minus({ weeks: WEEKS - 1 });
  const perWeek = new Map<string, number>();
  for (const row of rows) {
    const created = DateTime.fromMillis(millis(row.created_at), { zone });
    if (created < firstWeek) continue;
    const week = created.startOf('week').toISODate() ?? '';
    perWeek.set(week, (perWeek.get(week) ?? 0) + 1);
  }
  return { dashboard: response.body, definition: responseFigures(inWindow), received: inWindow.length, perWeek };
}

async function expectDefinition() {
  const { dashboard, definition, received, perWeek } = await dashboardAndDefinition();
  expect(dashboard.totals.received).toBe(received);
  expect(dashboard.totals.resolved).toBe(definition.resolved);
  expect(dashboard.medianHoursToFirstResponse).toBe(definition.medianHoursToFirstResponse);
  expect(dashboard.medianHoursToResolution).toBe(definition.medianHoursToResolution);
  expect(dashboard.resolvedWithinTarget).toBe(definition.resolvedWithinTarget);
  const shown = new Map<string, number>();
  for (const row of dashboard.weekly) shown.set(row.week, (shown.get(row.week) ?? 0) + row.count);
  expect(Object.fromEntries(shown)).toEqual(Object.fromEntries(perWeek));
  return dashboard;
}

beforeAll(async () => {
  database = await createDatabase(databaseKind());
  const env = testEnv(await freePort(), database, {
    OUTBOX_WORKER: 'false',
    SEED_BACKLOG: 'true',
    SUPERVISOR_EMAIL: SUPERVISOR.email,
    SUPERVISOR_PASSWORD: SUPERVISOR.password,
    TRIAGE_EMAIL: 'triage@dash.example',
    TRIAGE_PASSWORD: 'Triage-Password-1',
  });
  await runSeed(env);
  cms = await startCms(env);
  supervisor = await adminLogin(cms.url, SUPERVISOR.email, SUPERVISOR.password);
  const [calendar] = await queryDatabase<{ time_zone: string }>(cms, 'SELECT time_zone FROM city_calendars WHERE published_at IS NOT NULL');
  zone = calendar?.time_zone ?? 'UTC';
}, 900_000);
afterAll(async () => {
  await cms?.stop();
  await database?.drop();
});

describe('supervisor dashboard figures', () => {
  it('equal the definition on the seeded backlog, medians included', async () => {
    const dashboard = await expectDefinition();
    // The backlog is rich enough for the comparison to mean something.
    expect(dashboard.totals.received).toBeGreaterThan(50);
    expect(dashboard.totals.resolved).toBeGreaterThan(10);
    expect(dashboard.medianHoursToFirstResponse).not.toBeNull();
    expect(dashboard.medianHoursToResolution).not.toBeNull();
    expect(dashboard.resolvedWithinTarget).not.toBeNull();
    expect(dashboard.weekly.length).toBeGreaterThan(WEEKS);
  });

  it('stay equal through create, first response, close, reopen and duplicate', async () => {
    const start = (await expectDefinition()).totals;

    const first = await submit();
    const second = await submit();
    let now = await expectDefinition();
    expect(now.totals.received).toBe(start.received + 2);
    expect(now.totals.open).toBe(start.open + 2);

    expect((await act(first, { type: 'status', status: 'in_progress', publicNote: 'We are looking at it.' })).status).toBe(200);
    await expectDefinition();

    expect((await act(first, { type: 'close', reason: 'fixed', publicNote: 'Fixed.' })).status).toBe(200);
    now = await expectDefinition();
    expect(now.totals.resolved).toBe(start.resolved + 1);

    expect((await act(first, { type: 'status', status: 'in_review', publicNote: 'Reopened: it broke again.' })).status).toBe(200);
    now = await expectDefinition();
    expect(now.totals.resolved).toBe(start.resolved);

    // A duplicate is closed but not a resolution.
    expect((await act(second, { type: 'duplicate', of: first })).status).toBe(200);
    now = await expectDefinition();
    expect(now.totals.resolved).toBe(start.resolved);
    expect(now.totals.open).toBe(start.open + 1);

    expect((await act(first, { type: 'close', reason: 'referred', detail: 'Virginia Department of Transportation', referralUrl: 'https://www.vdot.virginia.gov/' })).status).toBe(200);
    now = await expectDefinition();
    expect(now.totals.resolved).toBe(start.resolved + 1);
    expect(now.totals.open).toBe(start.open);
  });
});

interface SeededFile {
  id: number;
  reference: string;
  form_code: string;
  name: string;
  url: string;
  mime: string;
}

describe('the seeded backlog files', () => {
  it('are stored privately, answer their file questions, and open through the desk signed links byte for byte', async () => {
    const files = await queryDatabase<SeededFile>(
      cms,
      `SELECT f.id, r.reference, r.form_code, f.name, f.url, f.mime FROM service_requests r
         JOIN files_related_mph m ON m.related_id = r.id AND m.related_type = 'api::service-request.service-request'
         JOIN files f ON f.id = m.file_id`,
    );
    expect(files.length).toBeGreaterThan(15);
    expect(new Set(files.map((file) => file.mime))).toEqual(new Set(['image/png', 'application/pdf']));
    // Private storage, as the intake keeps residents' files: never under the public uploads.
    expect(files.every((file) => file.url.startsWith('/private-uploads/'))).toBe(true);

    // Each stored file is the answer to its request's file question, by id, and no answer names a file that is not stored.
    const requests = await queryDatabase<{ reference: string; form_code: string; answers: string | Record<string, unknown> }>(cms, 'SELECT reference, form_code, answers FROM service_requests');
    const answered = requests.flatMap((request) => {
      const question = FILE_QUESTIONS[request.form_code];
      const answers = typeof request.answers === 'string' ? (JSON.parse(request.answers) as Record<string, unknown>) : request.answers;
      const given = (question ? answers[question.key] : undefined) as { name: string; fileId?: number }[] | undefined;
      return (given ?? []).map((file) => ({ reference: request.reference, name: file.name, fileId: file.fileId }));
    });
    expect(answered.map(({ reference, name, fileId }) => `${reference} ${name} ${fileId}`).sort()).toEqual(files.map((file) => `${file.reference} ${file.name} ${file.id}`).sort());

    for (const mime of ['application/pdf', 'image/png']) {
      const file = files.find((candidate) => candidate.mime === mime) as SeededFile;
      const made = backlogFileContent(FILE_QUESTIONS[file.form_code]?.kind ?? 'screenshot', file.reference);
      const detail = await get<RequestDetail>(`${DESK}/requests/${file.reference}`);
      expect(detail.status).toBe(200);
      const links = detail.body.answers.flatMap((answer) => answer.files);
      expect(links.map((link) => link.name)).toEqual([file.name]);
      expect(links[0]?.size).toBe(made.length);
      const url = links[0]?.url ?? '';
      expect(url).toMatch(/^\/api\/service-requests\/attachments\/.+expires=\d+&signature=/);
      const download = await fetch(`${cms.url}${url}`);
      expect(download.status, url).toBe(200);
      const downloaded = Buffer.from(await download.arrayBuffer());
      const preview = await fetch(`${cms.url}${url}&view=inline`);
      expect(preview.status).toBe(200);
      expect(preview.headers.get('content-type')).toBe(mime);
      expect(Buffer.from(await preview.arrayBuffer()).equals(downloaded)).toBe(true);
      // Kept as sent (attachments.ts keepAttachmentsAsSent): the picture too, not re-encoded by Strapi.
      expect(downloaded.equals(made), `${file.name}: the seeded file, byte for byte`).toBe(true);
      expect((await fetch(`${cms.url}/uploads/${file.url.slice('/private-uploads/'.length)}`)).status).toBe(404);
    }
  });
});
