import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { namespaces } from '@city/shared/i18n';
import { startSeededCms, type RunningCms } from './harness/cms';
import { executeSql } from './harness/database';
import { adminLogin, jsonInit, request } from './harness/http';
import { startSmtpCapture, type SmtpCapture } from './harness/smtp';
import { CONTACT, lookup, newKey, publishedForms, queryDatabase, submitGraphql, validAnswers, waitFor } from './service-requests.helpers';

/**
 * The emails a resident receives, as a real SMTP server gets them: HTML and plain text in the
 * request's language, the update emails' signed opt-out link and List-Unsubscribe headers, the
 * opt-out page (a GET changes nothing, a POST does), and no more update emails once opted out.
 */
const TRIAGE = { email: 'triage@test.example', password: 'Triage-Password-1' };
const SITE_URL = 'https://www.alexandria.example';
const REQUESTS = '/content-manager/collection-types/api::service-request.service-request';
const es = namespaces.emails.es;
/** The seeded site's name in Spanish (cms/src/seed/content/global.ts), which signs Spanish emails. */
const SIGNATURE_ES = 'Ciudad de Alexandria';

let cms: RunningCms;
let smtp: SmtpCapture;
let token = '';

beforeAll(async () => {
  smtp = await startSmtpCapture();
  cms = await startSeededCms({
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    OUTBOX_INTERVAL_MS: '300',
    TRIAGE_EMAIL: TRIAGE.email,
    TRIAGE_PASSWORD: TRIAGE.password,
    RATE_LIMIT_DISABLED: 'true',
    SITE_URL,
  });
  token = await adminLogin(cms.url, TRIAGE.email, TRIAGE.password);
});
afterAll(async () => {
  await cms?.stop();
  await smtp?.close();
});

const mailsTo = (address: string, subject: RegExp) => smtp.mails.filter((mail) => JSON.stringify(mail.to ?? '').includes(address) && subject.test(mail.subject ?? ''));
const waitForMails = (address: string, subject: RegExp, count: number, what: string) =>
  waitFor(async () => {
    const found = mailsTo(address, subject);
    return found.length >= count ? found : undefined;
  }, 20_000, what);
const header = (mail: ParsedMail, name: string) => mail.headerLines.find((line) => line.key === name.toLowerCase())?.line.replace(/^[^:]+:\s*/, '').replace(/\r?\n\s+/g, ' ');
const contentType = (mail: ParsedMail) => (mail.headers.get('content-type') as { value?: string } | undefined)?.value;

async function submit(email: string) {
  const form = (await publishedForms(cms, 'es')).get('wifi-outage');
  if (!form) throw new Error('wifi-outage is not published');
  const response = await submitGraphql(cms, { formCode: 'wifi-outage', locale: 'es', answers: validAnswers(form), contact: { ...CONTACT, email }, idempotencyKey: newKey() });
  const receipt = response.body.data?.submitServiceRequest;
  if (!receipt) throw new Error(JSON.stringify(response.body.errors));
  return receipt;
}

async function changeStatus(reference: string, requestStatus: string, nextPublicNote: string): Promise<void> {
  const [row] = await queryDatabase<{ document_id: string }>(cms, 'SELECT document_id FROM service_requests WHERE reference = ?', [reference]);
  const response = await request(`${cms.url}${REQUESTS}/${row?.document_id ?? ''}`, jsonInit('PUT', { requestStatus, nextPublicNote }, token));
  expect(response.status, JSON.stringify(response.body)).toBe(200);
}

const optedOut = async (reference: string) => {
  const [row] = await queryDatabase<{ updates_opt_out: unknown }>(cms, 'SELECT updates_opt_out FROM service_requests WHERE reference = ?', [reference]);
  return Boolean(row?.updates_opt_out);
};
const statusEmailsQueued = async (reference: string) =>
  (await queryDatabase(cms, "SELECT id FROM outbox_messages WHERE request_reference = ? AND kind = 'status_change'", [reference])).length;

const postForm = (url: string, body: string) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' }, body, redirect: 'manual' });

describe('the emails of a request in Spanish', () => {
  const address = 'optout@example.com';
  let reference = '';
  let stopUrl = '';

  it('sends the receipt as HTML and plain text in Spanish, with the reference and the track link, and no opt-out', async () => {
    reference = (await submit(address)).reference;
    const [mail] = await waitForMails(address, new RegExp(reference), 1, 'the receipt');
    if (!mail) throw new Error('no receipt');
    expect(contentType(mail)).toBe('multipart/alternative');
    expect(mail.subject).toBe(`Recibimos su solicitud ${reference}`);
    expect(mail.text).toContain(`Su número de referencia es: ${reference}`);
    expect(mail.text).toContain(`${SITE_URL}/es/track/`);
    const html = String(mail.html);
    expect(html).toMatch(/<html lang="es" dir="ltr">/);
    expect(html).toContain(`<strong>${reference}</strong>`);
    expect(html).toContain(`<a href="${SITE_URL}/es/track/"`);
    expect(html).toContain(es.common.trackLink.replace('{{reference}}', reference));
    expect(header(mail, 'List-Unsubscribe')).toBeUndefined();
    // Signed with the city's name as the Spanish site writes it (Global settings), not CITY_NAME in English.
    expect(mail.text).toContain(SIGNATURE_ES);
    expect(html).toContain(`>${SIGNATURE_ES}</p>`);
    expect(`${mail.text}${html}`).not.toContain('City of Alexandria');
  });

  it('sends an update with the note as text, the track link, a signed opt-out link and the one-click headers', async () => {
    await changeStatus(reference, 'in_progress', 'Cambiamos el router.\n<script>alert(1)</script>');
    const [mail] = await waitForMails(address, /Novedades/, 1, 'the update email');
    if (!mail) throw new Error('no update');
    expect(contentType(mail)).toBe('multipart/alternative');
    expect(mail.subject).toBe(`Novedades sobre su solicitud ${reference}: En curso`);
    const html = String(mail.html);
    expect(html).not.toContain('<script>');
    expect(html).toContain('Cambiamos el router.<br>\n&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(mail.text).toContain('Cambiamos el router.\n<script>alert(1)</script>');
    expect(html).toContain(`<a href="${SITE_URL}/es/track/"`);

    const unsubscribe = header(mail, 'List-Unsubscribe');
    expect(unsubscribe).toMatch(/^<.+>$/);
    stopUrl = unsubscribe?.slice(1, -1) ?? '';
    expect(stopUrl.startsWith(`${cms.url}/api/service-requests/updates/${reference}?signature=`)).toBe(true);
    expect(header(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(html).toContain(`<a href="${stopUrl.replace(/&/g, '&amp;')}"`);
    expect(html).toContain(es.statusChange.stopLink);
    expect(mail.text).toContain(es.statusChange.stopText.replace('{{stopUrl}}', stopUrl));
    expect(mail.text).toContain(SIGNATURE_ES);
    expect(mail.text).not.toContain('City of Alexandria');
  });

  it('opens the opt-out page in Spanish without changing anything (mail scanners follow links)', async () => {
    const response = await fetch(stopUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('no-store');
    const page = await response.text();
    expect(page).toMatch(/<html lang="es"/);
    expect(page).toContain(es.updates.stop);
    expect(page).toMatch(/<form method="post"/);
    expect(await optedOut(reference)).toBe(false);
  });

  it('answers a forged signature and an unknown reference with the same 404 page, on GET and POST', async () => {
    const url = new URL(stopUrl);
    const signature = url.searchParams.get('signature') ?? '';
    const forged = `${url.origin}${url.pathname}?signature=${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`;
    const unknown = `${url.origin}/api/service-requests/updates/ALX-0000-0000?signature=${signature}`;
    const answers = await Promise.all([fetch(forged), fetch(unknown), fetch(`${url.origin}${url.pathname}`), postForm(forged, 'List-Unsubscribe=One-Click'), postForm(unknown, 'updates=off')]);
    expect(answers.map((answer) => answer.status)).toEqual([404, 404, 404, 404, 404]);
    const pages = await Promise.all(answers.map((answer) => answer.text()));
    expect(new Set(pages).size).toBe(1);
    expect(pages[0]).toContain(es.updates.notFoundTitle);
    expect(await optedOut(reference)).toBe(false);
  });

  it('stops update emails on the one-click post; a later change is recorded but sends nothing', async () => {
    const updatedAt = () => queryDatabase<{ updated_at: unknown }>(cms, 'SELECT updated_at FROM service_requests WHERE reference = ?', [reference]);
    const before = await updatedAt();
    // As RFC 8058's example posts it: multipart/form-data, no cookies, no other field.
    const oneClick = new FormData();
    oneClick.append('List-Unsubscribe', 'One-Click');
    const response = await fetch(stopUrl, { method: 'POST', body: oneClick, redirect: 'manual' });
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain(es.updates.stoppedTitle);
    expect(page).toContain(es.updates.resume);
    expect(await optedOut(reference)).toBe(true);
    // The request's "last updated" on the track page is about the request, not the email preference.
    expect(await updatedAt()).toEqual(before);

    await changeStatus(reference, 'waiting_for_resident', 'Envíenos una foto del router.');
    const status = await lookup(cms, reference, address);
    expect(status.body.data?.serviceRequestStatus.publicNotes).toEqual(['Cambiamos el router.\n<script>alert(1)</script>', 'Envíenos una foto del router.']);
    // The email would have been queued with the change: nothing is queued, nothing arrives.
    expect(await statusEmailsQueued(reference)).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(mailsTo(address, /Novedades/)).toHaveLength(1);
  });

  it('turns them back on from the page, and the next change is emailed again', async () => {
    const response = await postForm(stopUrl, 'updates=on');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain(es.updates.resumedTitle);
    expect(await optedOut(reference)).toBe(false);

    await changeStatus(reference, 'in_progress', 'Recibimos la foto.');
    const found = await waitForMails(address, /Novedades/, 2, 'the update after resuming');
    expect(found[1]?.text).toContain('Recibimos la foto.');
  });
});

describe('the outbox', () => {
  it('still sends a message queued before HTML was stored, its text escaped as the HTML part', async () => {
    const address = 'old-row@example.com';
    const { reference } = await submit(address);
    await waitForMails(address, new RegExp(reference), 1, 'the receipt');
    // A sent row made pending again without html stands for one queued by the old code;
    // its text has a note with markup, which must not turn into a link.
    const text = `Update on ${reference}\n<a href="https://evil.example">claim</a>`;
    await executeSql(cms.env, "UPDATE outbox_messages SET state = 'pending', html = NULL, subject = ?, text = ?, attempts = 0 WHERE request_reference = ?", [`Old row ${reference}`, text, reference]);
    const [mail] = await waitForMails(address, /^Old row/, 1, 'the old row');
    if (!mail) throw new Error('no mail');
    expect(contentType(mail)).toBe('multipart/alternative');
    expect(mail.text?.trim()).toBe(text);
    expect(String(mail.html)).toContain('<br>\n&lt;a href=&quot;https://evil.example&quot;&gt;claim&lt;/a&gt;');
    expect(String(mail.html)).not.toContain('<a ');
  });
});
