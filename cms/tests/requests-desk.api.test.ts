import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, databaseKind, freePort, runSeed, startCms, testEnv, type RunningCms, type ThrowawayDatabase } from './harness/cms';
import { adminLogin, jsonInit, request } from './harness/http';
import { CONTACT, FILE_BYTES, formFields, newKey, postForm, publishedForms, queryDatabase, submitGraphql, validAnswers } from './service-requests.helpers';
import type { Dashboard, QueueResponse, RequestDetail, Team, DeskMeta, BulkResult } from '../src/plugins/requests-desk/contract';

/**
 * The Requests desk's API on the seeded demo city, as the two desk roles use it: the demo triage
 * officer works every demo division except `operations` (the telecom right-of-way form), the
 * supervisor all of them. Scoping holds on every route and in the content manager; every action
 * lands in the history with who did it; answers read as text; CSV and dashboard are the filtered,
 * scoped figures.
 */
const TRIAGE = { email: 'triage@test.example', password: 'Triage-Password-1' };
const SUPERVISOR = { email: 'supervisor@test.example', password: 'Supervisor-Password-1' };
const DESK = '/requests-desk';
const REQUESTS_ADMIN = '/content-manager/collection-types/api::service-request.service-request';

let cms: RunningCms;
let database: ThrowawayDatabase;
let triage: string;
let supervisor: string;
/** A request in a triage division (website-problem: egov), one outside (telecom: operations), one in Spanish. */
let inside: string;
let outside: string;
let spanish: string;

async function submit(formCode: string, locale: string, contact = CONTACT): Promise<string> {
  const forms = await publishedForms(cms, locale);
  const form = forms.get(formCode);
  if (!form) throw new Error(`no form ${formCode} in ${locale}`);
  const response = await submitGraphql(cms, { formCode, locale, answers: validAnswers(form), contact, idempotencyKey: newKey() });
  const reference = response.body.data?.submitServiceRequest.reference;
  if (!reference) throw new Error(`submit ${formCode}: ${JSON.stringify(response.body.errors)}`);
  return reference;
}

/** The telecom right-of-way application needs its site plans: sent as the island sends files. */
async function submitTelecom(): Promise<string> {
  const form = (await publishedForms(cms, 'en')).get('telecom-right-of-way');
  if (!form) throw new Error('telecom-right-of-way is not published');
  const key = newKey();
  const posted = await postForm(
    cms,
    [...formFields({ formCode: form.code, locale: 'en', answers: validAnswers(form), contact: CONTACT, idempotencyKey: key }), ['answers[site_plans]', FILE_BYTES.pdf(), 'route-plan.pdf']],
    { multipart: true, json: true },
  );
  if (posted.status !== 201) throw new Error(`telecom: ${posted.status} ${posted.text}`);
  const [row] = await queryDatabase<{ reference: string }>(cms, 'SELECT reference FROM service_requests WHERE idempotency_key = ?', [key]);
  if (!row) throw new Error('telecom request not stored');
  return row.reference;
}

const get = <T>(path: string, token: string) => request<T>(`${cms.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
const post = <T>(path: string, token: string, body: unknown) => request<T>(`${cms.url}${path}`, jsonInit('POST', body, token));
const act = (reference: string, token: string, action: unknown) => post<{ errors?: { field: string; code: string }[] }>(`${DESK}/requests/${reference}/actions`, token, action);
const detail = async (reference: string, token = supervisor) => {
  const response = await get<RequestDetail>(`${DESK}/requests/${reference}`, token);
  expect(response.status).toBe(200);
  return response.body;
};

beforeAll(async () => {
  database = await createDatabase(databaseKind());
  const env = testEnv(await freePort(), database, {
    OUTBOX_WORKER: 'false',
    TRIAGE_EMAIL: TRIAGE.email,
    TRIAGE_PASSWORD: TRIAGE.password,
    SUPERVISOR_EMAIL: SUPERVISOR.email,
    SUPERVISOR_PASSWORD: SUPERVISOR.password,
  });
  await runSeed(env);
  cms = await startCms(env);
  [triage, supervisor] = await Promise.all([adminLogin(cms.url, TRIAGE.email, TRIAGE.password), adminLogin(cms.url, SUPERVISOR.email, SUPERVISOR.password)]);
  inside = await submit('website-problem', 'en');
  outside = await submitTelecom();
  spanish = await submit('website-problem', 'es', { ...CONTACT, name: '=HYPERLINK("http://evil.example")' });
}, 300_000);
afterAll(async () => {
  if (process.env.DESK_TEST_LOGS) console.log(cms?.logs().slice(-6000));
  await cms?.stop();
  await database?.drop();
});

describe('division scoping', () => {
  it('shows a triage officer only their divisions, on every route', async () => {
    const queue = await get<QueueResponse>(`${DESK}/requests?pageSize=100`, triage);
    expect(queue.status).toBe(200);
    const references = queue.body.items.map((item) => item.reference);
    expect(references).toContain(inside);
    expect(references).not.toContain(outside);
    expect(queue.body.counts.map((count) => count.divisionKey)).not.toContain('operations');

    expect((await get(`${DESK}/requests/${outside}`, triage)).status).toBe(404);
    expect((await act(outside, triage, { type: 'priority', priority: 'high' })).status).toBe(404);
    const bulk = await post<BulkResult>(`${DESK}/requests/bulk`, triage, { references: [inside, outside], action: { type: 'status', status: 'in_review' } });
    expect(bulk.body).toEqual({ done: [inside], failed: [{ reference: outside, error: 'notFound' }] });
    const csv = await request<string>(`${cms.url}${DESK}/requests/export`, { headers: { authorization: `Bearer ${triage}` } });
    expect(String(csv.body)).toContain(inside);
    expect(String(csv.body)).not.toContain(outside);
  });

  it('holds in the content manager too', async () => {
    const list = await get<{ results: { reference: string }[] }>(`${REQUESTS_ADMIN}?pageSize=100`, triage);
    expect(list.status).toBe(200);
    const references = list.body.results.map((row) => row.reference);
    expect(references).toContain(inside);
    expect(references).not.toContain(outside);
  });

  it('shows a supervisor every division, and refuses the supervisor routes to triage', async () => {
    const queue = await get<QueueResponse>(`${DESK}/requests?pageSize=100`, supervisor);
    expect(queue.body.items.map((item) => item.reference)).toEqual(expect.arrayContaining([inside, outside]));
    expect((await get(`${DESK}/dashboard`, triage)).status).toBe(403);
    expect((await get(`${DESK}/team`, triage)).status).toBe(403);
    expect((await get(`${DESK}/requests`, '')).status).toBe(401);
  });

  it('lets a supervisor add a division to a triage officer', async () => {
    const team = await get<Team>(`${DESK}/team`, supervisor);
    const officer = team.body.find((member) => member.email === TRIAGE.email);
    expect(officer?.divisions).not.toContain('operations');
    expect((await request(`${cms.url}${DESK}/team/${officer?.id}`, jsonInit('PUT', { divisions: ['nowhere'] }, supervisor))).status).toBe(400);
    expect((await request(`${cms.url}${DESK}/team/${officer?.id}`, jsonInit('PUT', { divisions: [...(officer?.divisions ?? []), 'operations'] }, supervisor))).status).toBe(200);
    expect((await get(`${DESK}/requests/${outside}`, triage)).status).toBe(200);
    await request(`${cms.url}${DESK}/team/${officer?.id}`, jsonInit('PUT', { divisions: officer?.divisions ?? [] }, supervisor));
    expect((await get(`${DESK}/requests/${outside}`, triage)).status).toBe(404);
  });
});

describe('a request as staff read it', () => {
  it('shows answers as text with the service and division by name, never keys or JSON', async () => {
    const request = await detail(inside, triage);
    expect(request.serviceTitle).not.toBe('website-problem');
    expect(request.divisionName).not.toBe('egov');
    expect(request.languageName).toBe('English');
    expect(request.answers.length).toBeGreaterThan(0);
    for (const answer of request.answers) {
      expect(answer.label).not.toMatch(/^[a-z]+(_[a-z]+)*$/);
      for (const line of answer.lines) expect(line).not.toMatch(/^[[{]/);
    }
    expect(request.timeline[0]).toMatchObject({ kind: 'status', status: 'submitted' });
  });

  it('links each attached file through a short-lived signed link that downloads it, or shows it with view=inline', async () => {
    const request = await detail(outside);
    const files = request.answers.flatMap((answer) => answer.files);
    expect(files.map((file) => file.name)).toEqual(['route-plan.pdf']);
    const url = files[0]?.url ?? '';
    expect(url).toMatch(/^\/api\/service-requests\/attachments\/.+expires=\d+&signature=/);
    const download = await fetch(`${cms.url}${url}`);
    expect(download.status, url).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).toString('latin1')).toMatch(/^%PDF/);
    expect(download.headers.get('content-disposition')).toBe("attachment; filename*=UTF-8''route-plan.pdf");
    const preview = await fetch(`${cms.url}${url}&view=inline`);
    expect(preview.status).toBe(200);
    expect(preview.headers.get('content-disposition')).toBe("inline; filename*=UTF-8''route-plan.pdf");
    expect(preview.headers.get('content-type')).toBe('application/pdf');
    expect(preview.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await fetch(`${cms.url}${url.replace(/signature=./, 'signature=A')}`)).status).toBe(404);
  });

  it('lists only the questions the resident was asked, not one a condition hid', async () => {
    const form = (await publishedForms(cms, 'en')).get('wifi-outage');
    if (!form) throw new Error('wifi-outage is not published');
    // At a library the building's location is not asked (it is asked for "another City building").
    const answers: Record<string, unknown> = { ...validAnswers(form), location_type: 'library' };
    delete answers.building_location;
    const response = await submitGraphql(cms, { formCode: 'wifi-outage', locale: 'en', answers, contact: CONTACT, idempotencyKey: newKey() });
    const reference = response.body.data?.submitServiceRequest.reference;
    if (!reference) throw new Error(JSON.stringify(response.body.errors));
    const labels = (await detail(reference)).answers.map((answer) => answer.label);
    const label = (key: string) => form.fields.find((field) => field.key === key)?.label;
    expect(labels).toContain(label('location_type'));
    expect(label('building_location')).toEqual(expect.any(String));
    expect(labels).not.toContain(label('building_location'));
    expect(labels).toHaveLength(form.fields.length - 1);
  });

  it('words a Spanish resident\'s answers with the English form for English-speaking staff', async () => {
    const [english, spanishForm] = [await publishedForms(cms, 'en'), await publishedForms(cms, 'es')];
    const request = await detail(spanish, triage);
    const enLabels = english.get('website-problem')?.fields.map((field) => field.label) ?? [];
    const esLabels = spanishForm.get('website-problem')?.fields.map((field) => field.label) ?? [];
    expect(request.answers.map((answer) => answer.label)).toEqual(enLabels);
    expect(enLabels).not.toEqual(esLabels);
    expect(request.languageName).toBe('Spanish');
  });
});

describe('actions', () => {
  it('records taking, replying, the priority and closing, with who and when', async () => {
    const meta = await get<DeskMeta>(`${DESK}/meta`, triage);
    expect((await act(inside, triage, { type: 'assign', assigneeId: meta.body.me.id })).status).toBe(200);
    expect((await act(inside, triage, { type: 'assign', assigneeId: meta.body.me.id })).body.errors).toEqual([{ field: 'assigneeId', code: 'nothingToDo' }]);
    expect((await act(inside, triage, { type: 'status', status: 'in_progress', publicNote: 'We are on it.', internalNote: 'Checked the logs.' })).status).toBe(200);
    expect((await act(inside, triage, { type: 'priority', priority: 'urgent' })).status).toBe(200);
    const refused = await act(inside, triage, { type: 'close', reason: 'no_action' });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([{ field: 'detail', code: 'required' }]);
    expect((await act(inside, triage, { type: 'close', reason: 'referred', detail: 'Virginia Department of Transportation', referralUrl: 'not a url' })).body.errors).toEqual([{ field: 'referralUrl', code: 'url' }]);
    expect((await act(inside, triage, { type: 'close', reason: 'referred', detail: 'Virginia Department of Transportation', referralUrl: 'https://www.vdot.virginia.gov/' })).status).toBe(200);

    const request = await detail(inside, triage);
    expect(request.status).toBe('closed');
    expect(request.assignee?.id).toBe(meta.body.me.id);
    expect(request.priority).toBe('urgent');
    expect(request.closure).toEqual({ reason: 'referred', detail: 'Virginia Department of Transportation', referralUrl: 'https://www.vdot.virginia.gov/' });
    // The first change after "submitted" is the bulk change of status in the scoping test.
    expect(request.timeline.map((entry) => entry.kind)).toEqual(['status', 'status', 'assignment', 'status', 'priority', 'closure']);
    const reply = request.timeline[3];
    expect(reply).toMatchObject({ status: 'in_progress', publicNote: 'We are on it.', internalNote: 'Checked the logs.' });
    // Staff read who acted by name; the stored "Name <email>" and "resident (web)" never show.
    expect(reply).toMatchObject({ actor: 'staff', by: meta.body.me.name });
    expect(reply?.by).not.toContain('@');
    expect(request.timeline[0]).toMatchObject({ actor: 'resident', by: null });
    expect(request.timeline[2]?.detail).toBe(meta.body.me.name);

    const [row] = await queryDatabase<{ first_response_at: unknown; closed_at: unknown }>(cms, 'SELECT first_response_at, closed_at FROM service_requests WHERE reference = ?', [inside]);
    expect(row?.first_response_at).toBeTruthy();
    expect(row?.closed_at).toBeTruthy();
    const emails = await queryDatabase<{ kind: string }>(cms, 'SELECT kind FROM outbox_messages WHERE request_reference = ? ORDER BY id', [inside]);
    expect(emails.map((email) => email.kind)).toContain('status_change');
  });

  it('links duplicates both ways and tells the resident, in their language, which request to follow', async () => {
    const original = await submit('website-problem', 'en');
    const refusedSelf = await act(original, supervisor, { type: 'duplicate', of: original });
    expect(refusedSelf.body.errors).toEqual([{ field: 'of', code: 'sameRequest' }]);
    expect((await act(spanish, supervisor, { type: 'duplicate', of: 'ALX-0000-0000' })).body.errors).toEqual([{ field: 'of', code: 'notFound' }]);
    expect((await act(spanish, supervisor, { type: 'duplicate', of: original.toLowerCase() })).status).toBe(200);

    const duplicate = await detail(spanish);
    expect(duplicate).toMatchObject({ status: 'closed', duplicateOf: original, closure: { reason: 'duplicate' } });
    const told = duplicate.timeline.at(-1);
    expect(told).toMatchObject({ kind: 'duplicate', detail: original });
    expect(told?.publicNote).toContain(original);
    expect(told?.publicNote).toMatch(/solicitud/);
    const linked = await detail(original);
    expect(linked.duplicates).toEqual([spanish]);
    expect(linked.timeline.at(-1)).toMatchObject({ kind: 'duplicated_by', detail: spanish });
    expect(linked.status).toBe('submitted');
  });

  it('refuses malformed actions field by field, never with a 500', async () => {
    for (const body of [{}, { type: 'status', status: 'bogus' }, { type: 'assign', assigneeId: 'me' }, { type: 'note' }, { type: 'duplicate', of: 'nope' }, [1, 2]]) {
      const response = await act(inside, triage, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.errors?.length).toBeGreaterThan(0);
    }
    expect((await act(inside, triage, { type: 'status', status: 'in_review', publicNote: 'x'.repeat(5001) })).body.errors).toEqual([{ field: 'publicNote', code: 'tooLong' }]);
    expect((await get(`${DESK}/requests?page=0&sort=name`, triage)).status).toBe(400);
    // Not JSON at all: the body parser refuses it before the desk (cms/src/middlewares/body-errors.ts).
    expect((await request(`${cms.url}${DESK}/requests/${inside}/actions`, { method: 'POST', headers: { authorization: `Bearer ${triage}`, 'content-type': 'application/json' }, body: '{nope' })).status).toBe(400);
  });
});

describe('the list', () => {
  it('filters, searches and sorts in SQL, with counts per division', async () => {
    const byReference = await get<QueueResponse>(`${DESK}/requests?q=${spanish.toLowerCase()}`, supervisor);
    expect(byReference.body.items.map((item) => item.reference)).toEqual([spanish]);
    const byEmail = await get<QueueResponse>(`${DESK}/requests?q=ANA.RESIDENT&pageSize=100`, supervisor);
    expect(byEmail.body.pagination.total).toBeGreaterThanOrEqual(3);
    const open = await get<QueueResponse>(`${DESK}/requests?status=open&pageSize=100`, supervisor);
    expect(open.body.items.every((item) => !['resolved', 'closed', 'rejected'].includes(item.status))).toBe(true);
    const mine = await get<QueueResponse>(`${DESK}/requests?queue=mine`, triage);
    expect(mine.body.items.map((item) => item.reference)).toEqual([inside]);
    const urgentFirst = await get<QueueResponse>(`${DESK}/requests?sort=priority&order=desc&pageSize=1`, supervisor);
    expect(urgentFirst.body.items[0]?.priority).toBe('urgent');
    const paged = await get<QueueResponse>(`${DESK}/requests?pageSize=1&page=2`, supervisor);
    expect(paged.body.items).toHaveLength(1);
    expect(paged.body.pagination.pageCount).toBe(paged.body.pagination.total);
  });

  it('exports the filtered list as CSV in the staff member\'s language, with formulas defused', async () => {
    const response = await fetch(`${cms.url}${DESK}/requests/export?q=${spanish}`, { headers: { authorization: `Bearer ${supervisor}` } });
    expect(response.headers.get('content-type')).toMatch(/text\/csv/);
    const text = await response.text();
    const [heading, row, extra] = text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(heading).toMatch(/^"Reference","Received","Due","Overdue","Status"/);
    expect(row).toContain(`"${spanish}"`);
    expect(row).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(row).not.toContain(CONTACT.email);
    expect(extra).toBeUndefined();
  });

  it('gives a supervisor the dashboard figures', async () => {
    const response = await get<Dashboard>(`${DESK}/dashboard`, supervisor);
    expect(response.status).toBe(200);
    expect(response.body.totals.received).toBeGreaterThanOrEqual(4);
    expect(response.body.totals.resolved).toBe(1);
    expect(response.body.medianHoursToFirstResponse).not.toBeNull();
    expect(response.body.weekly.reduce((sum, row) => sum + row.count, 0)).toBe(response.body.totals.received);
  });
});
