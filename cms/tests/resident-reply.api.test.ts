import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FEEDBACK_PARAM, PUBLISHER_SECRET_HEADER, RESIDENT_REPLY_KEPT_FORM, type ServiceForm } from '@city/shared/forms';
import { openFormFeedback } from '@city/shared/sealed';
import { openKeptThroughCms } from '../../publisher/server/kept-values';
import { startSeededCms, type RunningCms } from './harness/cms';
import { executeSql } from './harness/database';
import { SPELLINGS, spell } from './harness/spellings';
import { adminLogin, graphql, jsonInit, request } from './harness/http';
import { CONTACT, FILE_BYTES, newKey, publishedForms, queryDatabase, submitGraphql, validAnswers } from './service-requests.helpers';

/**
 * A resident answers a request staff set to "waiting for you" (POST /api/service-requests/reply):
 * only then, only with the right reference and email, checked like a request form's answers, stored
 * once, and the request back in staff's queue.
 */
const TRIAGE = { email: 'triage@test.example', password: 'Triage-Password-1' };
const SUPERVISOR = { email: 'supervisor@test.example', password: 'Supervisor-Password-1' };
const SITE_URL = 'https://www.alexandria.example';
const SECRET = 'publisher-secret-for-replies-0123456789';
const REQUESTS = '/content-manager/collection-types/api::service-request.service-request';
const REPLY_PATH = '/api/service-requests/reply';

let cms: RunningCms;
let forms: Map<string, ServiceForm>;
let token = '';

beforeAll(async () => {
  cms = await startSeededCms({ TRIAGE_EMAIL: TRIAGE.email, TRIAGE_PASSWORD: TRIAGE.password, SUPERVISOR_EMAIL: SUPERVISOR.email, SUPERVISOR_PASSWORD: SUPERVISOR.password, RATE_LIMIT_LOOKUP_MAX: '1000', RATE_LIMIT_SUBMIT_MAX: '1000', SITE_URL, PUBLISH_WEBHOOK_SECRET: SECRET });
  forms = await publishedForms(cms, 'en');
  token = await adminLogin(cms.url, TRIAGE.email, TRIAGE.password);
});
afterAll(async () => {
  await cms?.stop();
});

async function submit(email: string, locale = 'en'): Promise<{ reference: string; documentId: string }> {
  const form = forms.get('wifi-outage');
  if (!form) throw new Error('wifi-outage is not published');
  const response = await submitGraphql(cms, { formCode: 'wifi-outage', locale, answers: validAnswers(form), contact: { ...CONTACT, email }, idempotencyKey: newKey() });
  const reference = response.body.data?.submitServiceRequest.reference;
  if (!reference) throw new Error(JSON.stringify(response.body.errors));
  const [row] = await queryDatabase<{ document_id: string }>(cms, 'SELECT document_id FROM service_requests WHERE reference = ?', [reference]);
  return { reference, documentId: row?.document_id ?? '' };
}

async function setStatus(documentId: string, requestStatus: string, nextPublicNote?: string): Promise<void> {
  const response = await request(`${cms.url}${REQUESTS}/${documentId}`, jsonInit('PUT', { requestStatus, ...(nextPublicNote ? { nextPublicNote } : {}) }, token));
  expect(response.status, JSON.stringify(response.body)).toBe(200);
}

interface HistoryEntry {
  kind: string | null;
  status: string;
  publicNote: string | null;
  by: string | null;
  detail: string | null;
}
async function stored(documentId: string): Promise<{ requestStatus: string; statusHistory: HistoryEntry[]; attachments: { name: string }[] | null }> {
  const response = await request<{ data: { requestStatus: string; statusHistory: HistoryEntry[]; attachments: { name: string }[] | null } }>(`${cms.url}${REQUESTS}/${documentId}`, { headers: { authorization: `Bearer ${token}` } });
  expect(response.status).toBe(200);
  return response.body.data;
}

type Part = [string, string | Blob, string?];
async function postReply(parts: Part[], json: boolean) {
  const form = new FormData();
  for (const [name, value, filename] of parts) {
    if (typeof value === 'string') form.append(name, value);
    else form.append(name, value, filename);
  }
  const response = await fetch(`${cms.url}/api/service-requests/reply`, { method: 'POST', body: form, redirect: 'manual', headers: { accept: json ? 'application/json' : 'text/html' } });
  const text = await response.text();
  return { status: response.status, location: response.headers.get('location'), body: json && text ? (JSON.parse(text) as ReplyBody) : undefined };
}
interface ReplyBody {
  data: { replayed: boolean; view: { status: string; events: { kind: string; status: string; publicNote?: string | null; detail?: string | null }[] } } | null;
  error?: { status: number; name: string; details: { errors?: { field: string; message: string }[] } };
}
const replyParts = (reference: string, email: string, message: string, extra: Part[] = [], locale = 'en'): Part[] => [
  ['reference', reference],
  ['email', email],
  ['locale', locale],
  ['answers[message]', message],
  ...extra,
];
const fieldsOf = (body: ReplyBody | undefined) => Object.fromEntries((body?.error?.details.errors ?? []).map((error) => [error.field, error.message]));

describe('a resident replies from the track page', () => {
  it('is refused while the request is not waiting for the resident, in their language', async () => {
    const { reference, documentId } = await submit('not-waiting@example.com');
    const response = await postReply(replyParts(reference, 'not-waiting@example.com', 'Here is the photo.', [], 'es'), true);
    expect(response.status).toBe(400);
    expect(fieldsOf(response.body).reply).toMatch(/no espera una respuesta/);
    expect((await stored(documentId)).statusHistory.map((entry) => entry.kind)).toEqual(['status']);
  });

  it('answers a wrong email exactly as an unknown reference', async () => {
    const { reference, documentId } = await submit('owner@example.com');
    await setStatus(documentId, 'waiting_for_resident', 'Which floor is the router on?');
    const wrongEmail = await postReply(replyParts(reference, 'someone.else@example.com', 'Second floor.'), true);
    const unknown = await postReply(replyParts('ALX-2222-3333', 'owner@example.com', 'Second floor.'), true);
    expect(wrongEmail.status).toBe(404);
    expect(unknown.status).toBe(404);
    expect(wrongEmail.body).toEqual(unknown.body);
    expect((await stored(documentId)).requestStatus).toBe('waiting_for_resident');
  });

  it('stores the reply with its file, once, and puts the request back in review', async () => {
    const { reference, documentId } = await submit('replier@example.com');
    await setStatus(documentId, 'waiting_for_resident', 'Please send a photo of the router.');
    // Assigned to the Triage officer, who hears of the reply by email.
    await executeSql(cms.env, 'UPDATE service_requests SET assignee_id = (SELECT id FROM admin_users WHERE email = ?) WHERE reference = ?', [TRIAGE.email, reference]);
    const parts = replyParts(reference, 'replier@example.com', 'Here it is.\nThe lights are red.', [['answers[files]', FILE_BYTES.png(), 'router.png']]);

    const first = await postReply(parts, true);
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body?.data?.replayed).toBe(false);
    expect(first.body?.data?.view.status).toBe('in_review');
    expect(first.body?.data?.view.events.at(-1)).toMatchObject({ kind: 'resident_reply', status: 'in_review', publicNote: 'Here it is.\nThe lights are red.', detail: 'router.png' });
    // A double click: the same reply again is the same answer, nothing new stored.
    const again = await postReply(parts, true);
    expect(again.status).toBe(200);
    expect(again.body?.data?.replayed).toBe(true);

    const request = await stored(documentId);
    expect(request.requestStatus).toBe('in_review');
    expect(request.statusHistory.map((entry) => [entry.kind, entry.status])).toEqual([
      ['status', 'submitted'],
      ['status', 'waiting_for_resident'],
      ['resident_reply', 'in_review'],
    ]);
    expect(request.statusHistory.at(-1)).toMatchObject({ publicNote: 'Here it is.\nThe lights are red.', by: 'resident', detail: 'router.png' });
    expect((request.attachments ?? []).map((file) => file.name)).toEqual(['router.png']);

    // One notice to the assignee, for the one stored reply: the desk link, not the resident's words.
    const notices = await queryDatabase<{ recipient: string; subject: string; text: string }>(cms, "SELECT recipient, subject, text FROM outbox_messages WHERE request_reference = ? AND kind = 'staff_notice'", [reference]);
    expect(notices.map((notice) => notice.recipient)).toEqual([TRIAGE.email]);
    expect(notices[0]?.subject).toBe(`A resident replied to request ${reference}`);
    expect(notices[0]?.text).toContain(`/admin/plugins/requests-desk/requests/${reference}`);
    expect(notices[0]?.text).not.toContain('The lights are red');

    // The look-up shows it too; now that it is in review, a different reply is refused.
    const lookup = await graphql<{ serviceRequestStatus: { events: { kind: string; publicNote: string | null }[] } }>(
      cms.url,
      'query($r: String!, $e: String!) { serviceRequestStatus(reference: $r, email: $e) { events { kind publicNote detail } } }',
      { r: reference, e: 'replier@example.com' },
    );
    expect(lookup.body.data?.serviceRequestStatus.events.map((event) => event.kind)).toEqual(['received', 'status', 'resident_reply']);
    const other = await postReply(replyParts(reference, 'replier@example.com', 'Something else'), true);
    expect(other.status).toBe(400);
    expect(Object.keys(fieldsOf(other.body))).toEqual(['reply']);
  });

  it('tells the supervisors of a reply to a request nobody has and no division holds', async () => {
    const { reference, documentId } = await submit('unrouted@example.com');
    await setStatus(documentId, 'waiting_for_resident', 'Which building?');
    await executeSql(cms.env, 'UPDATE service_requests SET assignee_id = NULL, division_key = NULL WHERE reference = ?', [reference]);
    const reply = await postReply(replyParts(reference, 'unrouted@example.com', 'The library.'), true);
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    const notices = await queryDatabase<{ recipient: string; subject: string }>(cms, "SELECT recipient, subject FROM outbox_messages WHERE request_reference = ? AND kind = 'staff_notice'", [reference]);
    expect(notices.map((notice) => notice.recipient)).toEqual([SUPERVISOR.email]);
    expect(notices[0]?.subject).toBe(`A resident replied to request ${reference}`);
  });

  it('stores two replies posted at the same moment once', async () => {
    const { reference, documentId } = await submit('twins@example.com');
    await setStatus(documentId, 'waiting_for_resident');
    const parts = replyParts(reference, 'twins@example.com', 'Only once, please.');
    const answers = await Promise.all([postReply(parts, true), postReply(parts, true)]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 201]);
    expect((await stored(documentId)).statusHistory.filter((entry) => entry.kind === 'resident_reply')).toHaveLength(1);
  });

  it('gives field errors for a message too long, a missing message, and a file of the wrong type', async () => {
    const { reference, documentId } = await submit('fields@example.com');
    await setStatus(documentId, 'waiting_for_resident');
    const tooLong = await postReply(replyParts(reference, 'fields@example.com', 'x'.repeat(5001)), true);
    expect(tooLong.status).toBe(400);
    expect(fieldsOf(tooLong.body).message).toMatch(/5,?000 characters or fewer/);
    const empty = await postReply(replyParts(reference, 'fields@example.com', '   '), true);
    expect(Object.keys(fieldsOf(empty.body))).toEqual(['message']);
    const badFile = await postReply(replyParts(reference, 'fields@example.com', 'See attached.', [['answers[files]', FILE_BYTES.exeAsPdf(), 'invoice.pdf']], 'es'), true);
    expect(badFile.status).toBe(400);
    expect(fieldsOf(badFile.body).files).toMatch(/“Foto o documento” debe ser PDF/);
    const request = await stored(documentId);
    expect(request.requestStatus).toBe('waiting_for_resident');
    expect(request.attachments ?? []).toEqual([]);
  });

  it('refuses a body of the wrong type or too large before reading it, on every spelling of the path', async () => {
    const url = new URL(cms.url);
    /** The path sent byte for byte; no body after the headers, so only the guard can answer. */
    const answer = (path: string, headers: Record<string, string>) =>
      new Promise<number>((resolve, reject) => {
        const sent = http.request({ host: url.hostname, port: url.port, path, method: 'POST', headers: { accept: 'application/json', ...headers }, timeout: 5_000 }, (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
          sent.destroy();
        });
        sent.on('timeout', () => {
          resolve(0);
          sent.destroy();
        });
        sent.on('error', reject);
        sent.flushHeaders();
      });
    for (const path of [REPLY_PATH, ...SPELLINGS.map((spelling) => spell(REPLY_PATH, spelling))]) {
      expect(await answer(path, { 'content-type': 'application/json', 'content-length': '2' }), path).toBe(415);
      // Past REQUEST_MAX_BODY_MB (30 by default): refused on the declared length alone.
      expect(await answer(path, { 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(200 * 1024 * 1024) }), path).toBe(413);
    }
  });

  it('answers the form without JavaScript with 303s back to the track page, the outcome sealed', async () => {
    const { reference, documentId } = await submit('nojs@example.com', 'es');
    await setStatus(documentId, 'waiting_for_resident');
    const open = (location: string | null) => {
      const url = new URL(location ?? '');
      expect(`${url.origin}${url.pathname}`).toBe(`${SITE_URL}/es/track/`);
      expect(location).not.toContain('nojs@example.com');
      return { feedback: openFormFeedback(url.searchParams.get(FEEDBACK_PARAM), SECRET), hash: url.hash };
    };

    const invalid = await postReply(replyParts(reference, 'nojs@example.com', '', [], 'es'), false);
    expect(invalid.status).toBe(303);
    const refused = open(invalid.location);
    expect(refused.hash).toBe('#error-summary');
    expect(Object.keys(refused.feedback?.errors ?? {})).toEqual(['message']);
    expect(refused.feedback?.values).toMatchObject({ answers: { reference }, contact: { email: 'nojs@example.com' } });

    const notFound = open((await postReply(replyParts(reference, 'nobody@example.com', 'Hola', [], 'es'), false)).location);
    expect(Object.keys(notFound.feedback?.errors ?? {})).toEqual(['lookup']);

    const sent = await postReply(replyParts(reference, 'nojs@example.com', 'Está en el segundo piso.', [], 'es'), false);
    expect(sent.status).toBe(303);
    const accepted = open(sent.location);
    expect(accepted.hash).toBe('#reply-sent');
    expect(accepted.feedback?.errors).toEqual({});
    // A refresh of that post: the same 303, still one reply.
    expect(open((await postReply(replyParts(reference, 'nojs@example.com', 'Está en el segundo piso.', [], 'es'), false)).location).feedback?.errors).toEqual({});
    const request = await stored(documentId);
    expect(request.requestStatus).toBe('in_review');
    expect(request.statusHistory.filter((entry) => entry.kind === 'resident_reply')).toHaveLength(1);
  });

  it('keeps a 5000-character Amharic reply refused for its file whole, for the publisher only, and drops it once the reply is stored', async () => {
    // The longest reply, in Amharic: some 15 KB of UTF-8, far past the track page's address budget.
    const message = 'የመንገድ መብራት ተሰብሯል። '.repeat(300).slice(0, 5000);
    expect(message).toHaveLength(5000);
    const { reference, documentId } = await submit('amharic@example.com', 'am');
    await setStatus(documentId, 'waiting_for_resident');
    const refused = await postReply(replyParts(reference, 'amharic@example.com', message, [['answers[files]', FILE_BYTES.exeAsPdf(), 'invoice.pdf']], 'am'), false);
    expect(refused.status).toBe(303);
    expect(refused.location?.length ?? 0).toBeLessThan(6500);
    const url = new URL(refused.location ?? '');
    expect(`${url.origin}${url.pathname}${url.hash}`).toBe(`${SITE_URL}/am/track/#error-summary`);
    const feedback = openFormFeedback(url.searchParams.get(FEEDBACK_PARAM), SECRET);
    expect(Object.keys(feedback?.errors ?? {})).toEqual(['files']);
    // The reference and email stay sealed, to show the reply form at all; the message is kept.
    expect(feedback?.values).toEqual({ answers: { reference }, contact: { email: 'amharic@example.com' } });
    const fill = feedback?.keptValues?.fill ?? '';
    expect(fill).toMatch(/^[A-Za-z0-9_-]{43}$/);

    // The publisher reads it back with its secret, whole; nobody else, and not as any form's answers.
    const openKept = openKeptThroughCms({ cmsUrl: cms.url, secret: SECRET });
    const kept = await openKept(fill, RESIDENT_REPLY_KEPT_FORM);
    if (kept.kind !== 'ready') throw new Error(`kept reply not loaded: ${kept.problem}`);
    expect(kept.values.answers.message).toBe(message);
    expect(kept.values).toMatchObject({ answers: { reference }, contact: { email: 'amharic@example.com' } });
    const keptUrl = `${cms.url}/api/service-requests/kept-values/${fill}?form=${encodeURIComponent(RESIDENT_REPLY_KEPT_FORM)}`;
    expect((await request(keptUrl)).status).toBe(401);
    expect((await request(keptUrl, { headers: { [PUBLISHER_SECRET_HEADER]: 'not-the-secret' } })).status).toBe(401);
    expect(await openKept(fill, 'wifi-outage')).toEqual({ kind: 'problem', problem: 'gone' });
    // Encrypted at rest.
    const valuesFile = ['data/private-uploads', 'dist/data/private-uploads'].map((dir) => path.resolve('cms', dir, 'staging', fill, 'values.json')).find((file) => fs.existsSync(file));
    if (!valuesFile) throw new Error('no kept reply on disk');
    const onDisk = fs.readFileSync(valuesFile, 'utf8');
    for (const typed of [message.slice(0, 12), 'amharic@example.com', reference]) expect(onDisk).not.toContain(typed);

    // Refused again with the fill the page posts back: kept in the same place, not a second copy.
    const again = await postReply(replyParts(reference, 'amharic@example.com', message, [['staged', fill], ['answers[files]', FILE_BYTES.exeAsPdf(), 'invoice.pdf']], 'am'), false);
    expect(openFormFeedback(new URL(again.location ?? '').searchParams.get(FEEDBACK_PARAM), SECRET)?.keptValues).toEqual({ fill });

    // Sent without the file: stored whole, and the kept message is gone.
    const sent = await postReply(replyParts(reference, 'amharic@example.com', message, [['staged', fill]], 'am'), false);
    expect(sent.status).toBe(303);
    expect(new URL(sent.location ?? '').hash).toBe('#reply-sent');
    expect((await stored(documentId)).statusHistory.at(-1)).toMatchObject({ kind: 'resident_reply', publicNote: message });
    expect(await openKept(fill, RESIDENT_REPLY_KEPT_FORM)).toEqual({ kind: 'problem', problem: 'gone' });
  });
});
