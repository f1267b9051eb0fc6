import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSeededCms, type RunningCms } from './harness/cms';
import { executeSql } from './harness/database';
import { adminLogin, jsonInit, request } from './harness/http';
import { CONTACT, newKey, publishedForms, queryDatabase, submitGraphql, validAnswers } from './service-requests.helpers';
import type { BulkResult, DeskMeta, QueueResponse, RequestDetail, Team } from '../src/plugins/requests-desk/contract';

/**
 * The Requests desk against a hostile user: what the main desk test (requests-desk.api.test.ts)
 * does not try. A triage officer reaching another division through a duplicate's target; cycles of
 * duplicates; an assignee who cannot see the request; input PostgreSQL cannot take (NUL, days that
 * do not exist, ids past its integer) answered as field errors, never 500s; links that are not web
 * addresses; an officer with no division yet.
 */
const TRIAGE = { email: 'triage@test.example', password: 'Triage-Password-1' };
const SUPERVISOR = { email: 'supervisor@test.example', password: 'Supervisor-Password-1' };
const DESK = '/requests-desk';

let cms: RunningCms;
let triage: string;
let supervisor: string;

async function submit(): Promise<string> {
  const form = (await publishedForms(cms, 'en')).get('website-problem');
  if (!form) throw new Error('website-problem is not published');
  const response = await submitGraphql(cms, { formCode: 'website-problem', locale: 'en', answers: validAnswers(form), contact: CONTACT, idempotencyKey: newKey() });
  const reference = response.body.data?.submitServiceRequest.reference;
  if (!reference) throw new Error(JSON.stringify(response.body.errors));
  return reference;
}
/** A request of `operations`, the one demo division the triage officer does not work. */
async function submitOutside(): Promise<string> {
  const reference = await submit();
  await executeSql(cms.env, "UPDATE service_requests SET division_key = 'operations' WHERE reference = ?", [reference]);
  return reference;
}

type Refusal = { errors?: { field: string; code: string }[] };
const get = <T>(path: string, token: string) => request<T>(`${cms.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
const post = <T>(path: string, token: string, body: unknown) => request<T>(`${cms.url}${path}`, jsonInit('POST', body, token));
const act = (reference: string, token: string, action: unknown) => post<Refusal>(`${DESK}/requests/${reference}/actions`, token, action);
const detail = async (reference: string) => (await get<RequestDetail>(`${DESK}/requests/${reference}`, supervisor)).body;

beforeAll(async () => {
  cms = await startSeededCms({ TRIAGE_EMAIL: TRIAGE.email, TRIAGE_PASSWORD: TRIAGE.password, SUPERVISOR_EMAIL: SUPERVISOR.email, SUPERVISOR_PASSWORD: SUPERVISOR.password, RATE_LIMIT_SUBMIT_MAX: '1000', OUTBOX_WORKER: 'false' });
  [triage, supervisor] = await Promise.all([adminLogin(cms.url, TRIAGE.email, TRIAGE.password), adminLogin(cms.url, SUPERVISOR.email, SUPERVISOR.password)]);
}, 300_000);
afterAll(async () => {
  await cms?.stop();
});

describe('division scoping through other requests', () => {
  it('does not let a triage officer mark a request a duplicate of one in another division, alone or in bulk', async () => {
    const [inside, alsoInside, outside] = [await submit(), await submit(), await submitOutside()];
    const single = await act(inside, triage, { type: 'duplicate', of: outside });
    expect(single.status).toBe(400);
    expect(single.body.errors).toEqual([{ field: 'of', code: 'notFound' }]);
    const bulk = await post<BulkResult>(`${DESK}/requests/bulk`, triage, { references: [inside, alsoInside], action: { type: 'duplicate', of: outside } });
    expect(bulk.body).toEqual({ done: [], failed: [{ reference: inside, error: 'notFound' }, { reference: alsoInside, error: 'notFound' }] });
    // Nothing was written to the other division's request, nor to the officer's.
    expect((await detail(outside)).timeline.map((entry) => entry.kind)).toEqual(['status']);
    expect(await detail(inside)).toMatchObject({ status: 'submitted', duplicateOf: null });
    // The supervisor sees both divisions and may link them.
    expect((await act(inside, supervisor, { type: 'duplicate', of: outside })).status).toBe(200);
  });

  it('assigns a request only to someone who can see it: a supervisor or staff of its division', async () => {
    const outside = await submitOutside();
    const [triageMe, supervisorMe] = [(await get<DeskMeta>(`${DESK}/meta`, triage)).body.me, (await get<DeskMeta>(`${DESK}/meta`, supervisor)).body.me];
    const refused = await act(outside, supervisor, { type: 'assign', assigneeId: triageMe.id });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([{ field: 'assigneeId', code: 'notAllowed' }]);
    expect((await act(outside, supervisor, { type: 'assign', assigneeId: supervisorMe.id })).status).toBe(200);
    const inside = await submit();
    expect((await act(inside, supervisor, { type: 'assign', assigneeId: triageMe.id })).status).toBe(200);
  });
});

describe('duplicates', () => {
  it('never form a cycle, however long the chain', async () => {
    const [a, b, c] = [await submit(), await submit(), await submit()];
    expect((await act(a, supervisor, { type: 'duplicate', of: b })).status).toBe(200);
    expect((await act(b, supervisor, { type: 'duplicate', of: c })).status).toBe(200);
    // c -> a would lead a -> b -> c: back to c.
    const cycle = await act(c, supervisor, { type: 'duplicate', of: a });
    expect(cycle.status).toBe(400);
    expect(cycle.body.errors).toEqual([{ field: 'of', code: 'sameRequest' }]);
    const rows = await queryDatabase<{ reference: string; duplicate_of: string | null }>(cms, 'SELECT reference, duplicate_of FROM service_requests WHERE reference IN (?, ?, ?)', [a, b, c]);
    expect(Object.fromEntries(rows.map((row) => [row.reference, row.duplicate_of]))).toEqual({ [a]: b, [b]: c, [c]: null });
    // A new duplicate of a is pointed at the end of the chain, the request still followed.
    const d = await submit();
    expect((await act(d, supervisor, { type: 'duplicate', of: a })).status).toBe(200);
    expect((await detail(d)).duplicateOf).toBe(c);
  });
});

describe('an action sent twice', () => {
  it('is stored once: a duplicate, alone or in bulk, and a closure', async () => {
    const [original, copy, other] = [await submit(), await submit(), await submit()];
    expect((await act(copy, triage, { type: 'duplicate', of: original })).status).toBe(200);
    expect((await act(copy, triage, { type: 'duplicate', of: original })).body.errors).toEqual([{ field: 'of', code: 'nothingToDo' }]);
    const bulk = await post<BulkResult>(`${DESK}/requests/bulk`, triage, { references: [copy], action: { type: 'duplicate', of: original } });
    expect(bulk.body).toEqual({ done: [], failed: [{ reference: copy, error: 'nothingToDo' }] });
    expect((await detail(original)).timeline.filter((entry) => entry.kind === 'duplicated_by')).toHaveLength(1);
    expect((await detail(copy)).timeline.filter((entry) => entry.kind === 'duplicate')).toHaveLength(1);

    const closure = { type: 'close', reason: 'no_action', detail: 'Private road' };
    expect((await act(other, triage, closure)).status).toBe(200);
    expect((await act(other, triage, closure)).body.errors).toEqual([{ field: 'reason', code: 'nothingToDo' }]);
    // Another reason, or a new reply to the resident, is a new entry.
    expect((await act(other, triage, { ...closure, publicNote: 'The road belongs to the HOA.' })).status).toBe(200);
    expect((await detail(other)).timeline.filter((entry) => entry.kind === 'closure')).toHaveLength(2);
  });
});

describe('input the database cannot take is a field error, never a 500', () => {
  it('refuses days that do not exist, NUL characters and ids past an integer in the list and the export', async () => {
    const cases: [string, string][] = [
      ['from=2026-13-45', 'from'],
      ['to=2026-02-31', 'to'],
      ['q=a%00b', 'q'],
      ['division=%00', 'division'],
      ['service=x%00', 'service'],
      ['assignee=1e300', 'assignee'],
    ];
    for (const [query, field] of cases) {
      for (const path of [`${DESK}/requests?${query}`, `${DESK}/requests/export?${query}`]) {
        const response = await get<Refusal>(path, triage);
        expect(response.status, path).toBe(400);
        expect(response.body.errors?.map((error) => error.field), path).toEqual([field]);
      }
    }
    expect((await get<Refusal>(`${DESK}/requests?from=2026-13-45`, triage)).body.errors).toEqual([{ field: 'from', code: 'date' }]);
    expect((await get(`${DESK}/requests?from=2024-02-29&to=2024-03-01`, triage)).status).toBe(200);
  });

  it('refuses a NUL character in notes and closure details, and changes nothing', async () => {
    const reference = await submit();
    for (const [action, field] of [
      [{ type: 'status', status: 'in_progress', publicNote: 'a\u0000b' }, 'publicNote'],
      [{ type: 'note', internalNote: 'x\u0000' }, 'internalNote'],
      [{ type: 'close', reason: 'no_action', detail: 'why\u0000' }, 'detail'],
    ] as const) {
      const response = await act(reference, triage, action);
      expect(response.status, JSON.stringify(action)).toBe(400);
      expect(response.body.errors).toEqual([{ field, code: 'invalid' }]);
    }
    expect((await detail(reference)).timeline).toHaveLength(1);
  });

  it('takes only a web address as the referral link', async () => {
    const reference = await submit();
    for (const referralUrl of ['javascript:alert(document.domain)', 'data:text/html,<script>alert(1)</script>', 'ftp://files.example/x']) {
      const response = await act(reference, triage, { type: 'close', reason: 'referred', detail: 'VDOT', referralUrl });
      expect(response.status, referralUrl).toBe(400);
      expect(response.body.errors).toEqual([{ field: 'referralUrl', code: 'url' }]);
    }
    expect((await act(reference, triage, { type: 'close', reason: 'referred', detail: 'VDOT', referralUrl: 'HTTPS://www.vdot.virginia.gov/' })).status).toBe(200);
  });
});

describe('a triage officer with no division yet', () => {
  it('reads an empty list and export, not an error', async () => {
    const team = await get<Team>(`${DESK}/team`, supervisor);
    const officer = team.body.find((member) => member.email === TRIAGE.email);
    if (!officer) throw new Error('no triage officer');
    expect((await request(`${cms.url}${DESK}/team/${officer.id}`, jsonInit('PUT', { divisions: [] }, supervisor))).status).toBe(200);
    try {
      const queue = await get<QueueResponse>(`${DESK}/requests`, triage);
      expect(queue.status).toBe(200);
      expect(queue.body.items).toEqual([]);
      expect(queue.body.counts).toEqual([]);
      // The request assigned to the officer above is no longer theirs to see, nor counted as theirs.
      expect(queue.body.mine).toBe(0);
      const csv = await get<string>(`${DESK}/requests/export`, triage);
      expect(csv.status).toBe(200);
      expect(String(csv.body).trim().split('\r\n')).toHaveLength(1);
    } finally {
      await request(`${cms.url}${DESK}/team/${officer.id}`, jsonInit('PUT', { divisions: officer.divisions }, supervisor));
    }
  });
});

describe("a resident's reply", () => {
  it('stores a message with a NUL character without it, not a 500', async () => {
    const reference = await submit();
    expect((await act(reference, triage, { type: 'status', status: 'waiting_for_resident', publicNote: 'Which page?' })).status).toBe(200);
    const form = new FormData();
    for (const [name, value] of [['reference', reference], ['email', CONTACT.email], ['locale', 'en'], ['answers[message]', 'The\u0000 home page']]) form.append(name, value);
    const response = await fetch(`${cms.url}/api/service-requests/reply`, { method: 'POST', body: form, headers: { accept: 'application/json' } });
    expect(response.status).toBe(201);
    const reply = (await detail(reference)).timeline.at(-1);
    expect(reply).toMatchObject({ kind: 'resident_reply', status: 'in_review', publicNote: 'The home page' });
  });
});

describe('staff told of a reply', () => {
  it('are the supervisors when the assignee is no longer an active desk user', async () => {
    const reference = await submit();
    const triageMe = (await get<DeskMeta>(`${DESK}/meta`, triage)).body.me;
    expect((await act(reference, triage, { type: 'assign', assigneeId: triageMe.id })).status).toBe(200);
    expect((await act(reference, triage, { type: 'status', status: 'waiting_for_resident', publicNote: 'Which page?' })).status).toBe(200);
    // The officer left: deactivated, as an administrator does it.
    await executeSql(cms.env, 'UPDATE admin_users SET is_active = ? WHERE email = ?', [0, TRIAGE.email]);
    try {
      const form = new FormData();
      for (const [name, value] of [['reference', reference], ['email', CONTACT.email], ['locale', 'en'], ['answers[message]', 'The home page']]) form.append(name, value);
      const response = await fetch(`${cms.url}/api/service-requests/reply`, { method: 'POST', body: form, headers: { accept: 'application/json' } });
      expect(response.status).toBe(201);
      const notices = await queryDatabase<{ recipient: string }>(cms, "SELECT recipient FROM outbox_messages WHERE request_reference = ? AND kind = 'staff_notice'", [reference]);
      expect(notices.map((notice) => notice.recipient)).toEqual([SUPERVISOR.email]);
    } finally {
      await executeSql(cms.env, 'UPDATE admin_users SET is_active = ? WHERE email = ?', [1, TRIAGE.email]);
    }
  });
});
