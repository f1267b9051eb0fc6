import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceForm } from '@city/shared/forms';
import { CMS_DIR, freePort, startSeededCms, type RunningCms } from './harness/cms';
import { adminLogin, graphql, jsonInit, request } from './harness/http';
import { startSmtpCapture, type SmtpCapture } from './harness/smtp';
import { CONTACT, FILE_BYTES, formFields, lookup, newKey, postForm, publishedForms, queryDatabase, submitGraphql, validAnswers, waitFor } from './service-requests.helpers';

/**
 * Staff and email: the Triage role's limits, the status history, emails received by a real SMTP
 * server, and the outbox retry after the SMTP server was down when the request arrived.
 */
const TRIAGE = { email: 'triage@test.example', password: 'Triage-Password-1' };
const SITE_URL = 'https://www.alexandria.example';
const REQUESTS = '/content-manager/collection-types/api::service-request.service-request';

let cms: RunningCms;
let smtpPort = 0;
let smtp: SmtpCapture | undefined;
let forms: Map<string, ServiceForm>;

const mailsTo = (address: string, subject: RegExp) => (smtp?.mails ?? []).filter((mail) => mail.to && JSON.stringify(mail.to).includes(address) && subject.test(mail.subject ?? ''));

beforeAll(async () => {
  // Nothing listens on this port until the outbox test starts the SMTP server.
  smtpPort = await freePort();
  cms = await startSeededCms({
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtpPort),
    OUTBOX_INTERVAL_MS: '300',
    OUTBOX_RETRY_BASE_MS: '400',
    OUTBOX_RETRY_MAX_MS: '800',
    TRIAGE_EMAIL: TRIAGE.email,
    TRIAGE_PASSWORD: TRIAGE.password,
    RATE_LIMIT_DISABLED: 'true',
    SITE_URL,
  });
  forms = await publishedForms(cms, 'en');
});
afterAll(async () => {
  await cms?.stop();
  await smtp?.close();
});

async function submit(locale: 'en' | 'es', email = CONTACT.email) {
  const localized = await publishedForms(cms, locale);
  const form = localized.get('wifi-outage');
  if (!form) throw new Error('wifi-outage is not published');
  const response = await submitGraphql(cms, { formCode: 'wifi-outage', locale, answers: validAnswers(form), contact: { ...CONTACT, email }, idempotencyKey: newKey() });
  const receipt = response.body.data?.submitServiceRequest;
  if (!receipt) throw new Error(JSON.stringify(response.body.errors));
  return receipt;
}

interface OutboxRow {
  state: string;
  attempts: number | string;
  last_error: string | null;
}
const outboxOf = (reference: string) => queryDatabase<OutboxRow>(cms, 'SELECT state, attempts, last_error FROM outbox_messages WHERE request_reference = ? ORDER BY id', [reference]);

describe('email through the outbox', () => {
  it('keeps the request when SMTP is down, retries, and delivers once the server is back', async () => {
    const receipt = await submit('es', 'down@example.com');
    expect(receipt.reference).toMatch(/^ALX-/);
    // The send failed and is scheduled again; the request is stored all the same.
    const failed = await waitFor(async () => {
      const [row] = await outboxOf(receipt.reference);
      return row && Number(row.attempts) >= 2 && row.state === 'pending' ? row : undefined;
    }, 20_000, 'two failed attempts');
    expect(failed.last_error).toMatch(/ECONNREFUSED|connect/i);
    const status = await lookup(cms, receipt.reference, 'down@example.com');
    expect(status.body.data?.serviceRequestStatus.status).toBe('submitted');

    smtp = await startSmtpCapture({ port: smtpPort });
    const [mail] = await waitFor(async () => {
      const found = mailsTo('down@example.com', new RegExp(receipt.reference));
      return found.length > 0 ? found : undefined;
    }, 20_000, 'the confirmation after the retry');
    expect(mail?.subject).toBe(`Recibimos su solicitud ${receipt.reference}`);
    expect(mail?.text).toContain(`Su número de referencia es: ${receipt.reference}`);
    expect(mail?.text).toContain(`${SITE_URL}/es/track/`);
    // The capture has the message before the sender reads the server's reply and marks the row.
    const sent = await waitFor(async () => {
      const [row] = await outboxOf(receipt.reference);
      return row?.state === 'sent' ? row : undefined;
    }, 10_000, 'the outbox row marked sent');
    expect(sent.last_error).toBeNull();
    // Delivered once, not once per attempt.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(mailsTo('down@example.com', new RegExp(receipt.reference))).toHaveLength(1);
  });

  it('sends the confirmation in English with the reference and what happens next', async () => {
    const receipt = await submit('en', 'english@example.com');
    const [mail] = await waitFor(async () => {
      const found = mailsTo('english@example.com', new RegExp(receipt.reference));
      return found.length > 0 ? found : undefined;
    }, 20_000, 'the English confirmation');
    expect(mail?.subject).toBe(`We received your request ${receipt.reference}`);
    expect(mail?.text).toContain(`Your reference number is: ${receipt.reference}`);
    expect(mail?.text).toContain(forms.get('wifi-outage')?.confirmationText ?? 'missing');
  });
});

describe('the Triage role', () => {
  let token = '';
  beforeAll(async () => {
    token = await adminLogin(cms.url, TRIAGE.email, TRIAGE.password);
  });
  const get = (path: string, as = token) => request(`${cms.url}${path}`, { headers: { authorization: `Bearer ${as}` } });

  it('lists requests newest first, with reference, status, division, service form, date and due time, and filters them', async () => {
    const receipt = await submit('en', 'list@example.com');
    const list = await get(`${REQUESTS}?page=1&pageSize=10&sort=createdAt:DESC`);
    expect(list.status).toBe(200);
    const results = (list.body as { results: { reference: string }[] }).results;
    expect(results[0]?.reference).toBe(receipt.reference);

    const configuration = await get(`/content-manager/content-types/api::service-request.service-request/configuration`);
    expect(configuration.status).toBe(200);
    const layout = (configuration.body as { data: { contentType: { layouts: { list: string[] }; settings: { mainField: string } } } }).data.contentType;
    expect(layout.layouts.list).toEqual(['reference', 'requestStatus', 'divisionKey', 'serviceForm', 'priority', 'createdAt', 'dueAt']);
    expect(layout.settings.mainField).toBe('reference');

    const filtered = await get(`${REQUESTS}?page=1&pageSize=50&filters[$and][0][divisionKey][$eq]=no-such-division`);
    expect((filtered.body as { results: unknown[] }).results).toEqual([]);
  });

  it('cannot read content, media, users, roles or settings', async () => {
    for (const path of [
      '/content-manager/collection-types/api::page.page',
      '/content-manager/collection-types/api::service.service',
      '/content-manager/collection-types/api::service-form.service-form',
      '/content-manager/collection-types/api::outbox-message.outbox-message',
      '/content-manager/single-types/api::city-calendar.city-calendar',
      '/upload/files',
      '/admin/users',
      '/admin/roles',
      '/admin/webhooks',
      '/admin/api-tokens',
      '/content-type-builder/content-types',
    ]) {
      const response = await get(path);
      expect(response.status, path).toBe(403);
    }
  });

  it('is the only editorial role that sees requests: the Editor gets 403', async () => {
    const editor = await adminLogin(cms.url, cms.editor.email, cms.editor.password);
    const response = await get(`${REQUESTS}?page=1&pageSize=10`, editor);
    expect(response.status).toBe(403);
  });

  it('changes the status with notes: the history grows with who and when, the resident reads the public note and gets an email', async () => {
    const receipt = await submit('es', 'history@example.com');
    const [row] = await queryDatabase<{ document_id: string }>(cms, 'SELECT document_id FROM service_requests WHERE reference = ?', [receipt.reference]);
    const documentId = row?.document_id ?? '';

    const update = await request(
      `${cms.url}${REQUESTS}/${documentId}`,
      jsonInit('PUT', { requestStatus: 'in_progress', nextPublicNote: 'Estamos cambiando el router.', nextInternalNote: 'Vendor ticket 4471', reference: 'ALX-0000-0000' }, token),
    );
    expect(update.status, JSON.stringify(update.body)).toBe(200);

    const read = await get(`${REQUESTS}/${documentId}`);
    const entry = (read.body as { data: { reference: string; requestStatus: string; nextPublicNote: string | null; statusHistory: { status: string; publicNote: string | null; internalNote: string | null; by: string }[] } }).data;
    expect(entry.reference).toBe(receipt.reference);
    expect(entry.requestStatus).toBe('in_progress');
    expect(entry.nextPublicNote ?? null).toBeNull();
    expect(entry.statusHistory.map((change) => change.status)).toEqual(['submitted', 'in_progress']);
    expect(entry.statusHistory[1]).toMatchObject({ publicNote: 'Estamos cambiando el router.', internalNote: 'Vendor ticket 4471', by: `Demo Triage <${TRIAGE.email}>` });

    const status = await lookup(cms, receipt.reference, 'history@example.com');
    const view = status.body.data?.serviceRequestStatus;
    expect(view?.status).toBe('in_progress');
    expect(view?.statusLabel).toBe('En curso');
    expect(view?.publicNotes).toEqual(['Estamos cambiando el router.']);
    expect(JSON.stringify(status.body)).not.toContain('Vendor ticket');

    const [mail] = await waitFor(async () => {
      const found = mailsTo('history@example.com', /Novedades/);
      return found.length > 0 ? found : undefined;
    }, 20_000, 'the status email');
    expect(mail?.subject).toBe(`Novedades sobre su solicitud ${receipt.reference}: En curso`);
    expect(mail?.text).toContain('Estamos cambiando el router.');
    expect(mail?.text).not.toContain('Vendor ticket');

    // A change without a public note is recorded but sends nothing.
    const quiet = await request(`${cms.url}${REQUESTS}/${documentId}`, jsonInit('PUT', { requestStatus: 'resolved' }, token));
    expect(quiet.status).toBe(200);
    const after = await get(`${REQUESTS}/${documentId}`);
    expect((after.body as { data: { statusHistory: { status: string }[] } }).data.statusHistory.map((change) => change.status)).toEqual(['submitted', 'in_progress', 'resolved']);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(mailsTo('history@example.com', /Novedades/)).toHaveLength(1);
    const messages = await outboxOf(receipt.reference);
    expect(messages).toHaveLength(2);
  });

  it('records a priority or division changed in the content manager, with who and when, and tells the resident nothing', async () => {
    const receipt = await submit('en', 'moved@example.com');
    const [row] = await queryDatabase<{ document_id: string; division_key: string }>(cms, 'SELECT document_id, division_key FROM service_requests WHERE reference = ?', [receipt.reference]);
    const documentId = row?.document_id ?? '';
    const update = await request(`${cms.url}${REQUESTS}/${documentId}`, jsonInit('PUT', { priority: 'high' }, token));
    expect(update.status, JSON.stringify(update.body)).toBe(200);
    const elsewhere = row?.division_key === 'operations' ? 'egov' : 'operations';
    const moved = await request(`${cms.url}${REQUESTS}/${documentId}`, jsonInit('PUT', { divisionKey: elsewhere }, token));
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    // Moved out of the officer's division, the request is read from the database.
    const history = await queryDatabase<{ kind: string; detail: string | null; by: string; at: string | number }>(
      cms,
      `SELECT c.kind, c.detail, c."by" AS by, c."at" AS at FROM components_request_status_changes c
         JOIN service_requests_cmps j ON j.cmp_id = c.id AND j.field = 'statusHistory'
         JOIN service_requests r ON r.id = j.entity_id
        WHERE r.reference = ? ORDER BY j."order"`,
      [receipt.reference],
    );
    expect(history.map(({ kind, detail, by }) => ({ kind, detail, by }))).toEqual([
      { kind: 'status', detail: null, by: 'resident (web)' },
      { kind: 'priority', detail: 'high', by: `Demo Triage <${TRIAGE.email}>` },
      { kind: 'division', detail: elsewhere, by: `Demo Triage <${TRIAGE.email}>` },
    ]);
    expect(history.every((entry) => Number.isFinite(new Date(entry.at).getTime()))).toBe(true);
    // Staff's business: the resident's timeline still says only "received".
    const events = await graphql<{ serviceRequestStatus: { events: { kind: string }[] } }>(
      cms.url,
      /* GraphQL */ `query Events($reference: String!, $email: String!) { serviceRequestStatus(reference: $reference, email: $email) { events { kind } } }`,
      { reference: receipt.reference, email: 'moved@example.com' },
    );
    expect(events.body.data?.serviceRequestStatus.events.map((event) => event.kind)).toEqual(['received']);
  });

  it('shows the resident the public timeline: received, then each status change with only its public note', async () => {
    const receipt = await submit('en', 'timeline@example.com');
    const [row] = await queryDatabase<{ document_id: string }>(cms, 'SELECT document_id FROM service_requests WHERE reference = ?', [receipt.reference]);
    const change = async (data: Record<string, unknown>) => {
      const response = await request(`${cms.url}${REQUESTS}/${row?.document_id ?? ''}`, jsonInit('PUT', data, token));
      expect(response.status, JSON.stringify(response.body)).toBe(200);
    };
    const reply = 'We are sending a technician.\n\nPlease keep the router on.';
    await change({ requestStatus: 'in_review', nextPublicNote: reply, nextInternalNote: 'Vendor ticket 5512' });
    // A note for staff alone, the status unchanged: recorded in the history, never shown.
    await change({ nextInternalNote: 'Called the vendor again' });
    await change({ requestStatus: 'in_progress', nextInternalNote: 'Technician: Sam, van 3' });

    const query = /* GraphQL */ `
      query Timeline($reference: String!, $email: String!) {
        serviceRequestStatus(reference: $reference, email: $email) {
          status
          publicNotes
          events { kind status at publicNote }
        }
      }
    `;
    type Event = { kind: string; status: string; at: string; publicNote: string | null };
    const found = await graphql<{ serviceRequestStatus: { status: string; publicNotes: string[]; events: Event[] } }>(cms.url, query, { reference: receipt.reference, email: 'timeline@example.com' });
    const view = found.body.data?.serviceRequestStatus;
    expect(view?.status).toBe('in_progress');
    expect(view?.events.map(({ kind, status, publicNote }) => ({ kind, status, publicNote }))).toEqual([
      { kind: 'received', status: 'submitted', publicNote: null },
      { kind: 'status', status: 'in_review', publicNote: reply },
      { kind: 'status', status: 'in_progress', publicNote: null },
    ]);
    const times = view?.events.map((event) => Date.parse(event.at)) ?? [];
    expect(times.every((time, index) => Number.isFinite(time) && (index === 0 || time >= (times[index - 1] ?? 0)))).toBe(true);
    expect(view?.events[0]?.at).toBe(receipt.submittedAt);
    expect(view?.publicNotes).toEqual([reply]);
    const answer = JSON.stringify(found.body);
    for (const internal of ['Vendor ticket', 'Called the vendor', 'Technician', 'Triage', TRIAGE.email, 'resident (']) expect(answer).not.toContain(internal);
    // The deprecated timeline says no more than the events do.
    const legacy = await lookup(cms, receipt.reference, 'timeline@example.com');
    expect(legacy.body.data?.serviceRequestStatus.timeline.map((entry) => entry.status)).toEqual(['submitted', 'in_review', 'in_progress']);
    expect(JSON.stringify(legacy.body)).not.toContain('Vendor ticket');

    // A wrong email reveals nothing: the same not-found, no data.
    const wrong = await graphql(cms.url, query, { reference: receipt.reference, email: 'someone-else@example.com' });
    expect(wrong.body.data ?? null).toBeNull();
    expect(wrong.body.errors?.[0]?.extensions).toMatchObject({ code: 'STRAPI_NOT_FOUND_ERROR' });
    expect(JSON.stringify(wrong.body)).not.toContain('We are sending');
  });

  it('opens an attachment through a signed link from the request, which the media library never lists', async () => {
    const key = newKey();
    const website = (await publishedForms(cms, 'en')).get('website-problem');
    if (!website) throw new Error('website-problem is not published');
    const png = FILE_BYTES.png();
    const posted = await postForm(cms, [...formFields({ formCode: website.code, locale: 'en', answers: validAnswers(website), contact: CONTACT, idempotencyKey: key }), ['answers[screenshot]', png, 'router.png']], { multipart: true, json: true });
    expect(posted.status, posted.text).toBe(201);
    const [row] = await queryDatabase<{ document_id: string }>(cms, 'SELECT document_id FROM service_requests WHERE idempotency_key = ?', [key]);

    const read = await get(`${REQUESTS}/${row?.document_id}`);
    const attachments = (read.body as { data: { attachments: { url: string; name: string }[] } }).data.attachments;
    expect(attachments.map((file) => file.name)).toEqual(['router.png']);
    const link = attachments[0]?.url ?? '';
    expect(link).toMatch(/^\/api\/service-requests\/attachments\/.+\?expires=\d+&signature=/);
    const download = await fetch(`${cms.url}${link}`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toContain('attachment');
    expect(Buffer.from(await download.arrayBuffer())).toEqual(Buffer.from(await png.arrayBuffer()));
    // The same link with the signature of another file or a later expiry does not open.
    const tampered = link.replace(/expires=(\d+)/, (_match, expires: string) => `expires=${Number(expires) + 1}`);
    expect((await fetch(`${cms.url}${tampered}`)).status).toBe(404);

    const editor = await adminLogin(cms.url, cms.editor.email, cms.editor.password);
    const library = await get('/upload/files?page=1&pageSize=100', editor);
    expect(library.status).toBe(200);
    const listed = (library.body as { results: { url: string }[] }).results;
    expect(listed.filter((file) => file.url.includes('private-uploads') || file.url.includes('/api/service-requests/attachments'))).toEqual([]);
    const [fileRow] = await queryDatabase<{ id: number }>(cms, "SELECT id FROM files WHERE name = 'router.png'");
    expect((await get(`/upload/files/${fileRow?.id}`, editor)).status).toBe(404);
  });

  it('records a change made from code like one made in the admin, naming who made it', async () => {
    const receipt = await submit('en', 'from-code@example.com');
    const { stdout } = await promisify(execFile)(process.execPath, [`${CMS_DIR}/tests/service-requests.change-status.mjs`, receipt.reference, 'waiting_for_resident', 'Please send a photo of the router.', 'open311 integration'], {
      cwd: CMS_DIR,
      env: { ...process.env, ...cms.env, PORT: String(await freePort()), OUTBOX_WORKER: 'false' },
    });
    expect(stdout).toContain('changed');
    const status = await lookup(cms, receipt.reference, 'from-code@example.com');
    expect(status.body.data?.serviceRequestStatus).toMatchObject({ status: 'waiting_for_resident', statusLabel: 'Waiting for your reply', publicNotes: ['Please send a photo of the router.'] });
    const [row] = await queryDatabase<{ document_id: string }>(cms, 'SELECT document_id FROM service_requests WHERE reference = ?', [receipt.reference]);
    const read = await get(`${REQUESTS}/${row?.document_id}`);
    const history = (read.body as { data: { statusHistory: { status: string; by: string }[] } }).data.statusHistory;
    expect(history.map((change) => [change.status, change.by])).toEqual([
      ['submitted', 'resident (web)'],
      ['waiting_for_resident', 'open311 integration'],
    ]);
    const [mail] = await waitFor(async () => {
      const found = mailsTo('from-code@example.com', /Update on your request/);
      return found.length > 0 ? found : undefined;
    }, 20_000, 'the status email');
    expect(mail?.subject).toBe(`Update on your request ${receipt.reference}: Waiting for your reply`);
  });
});
