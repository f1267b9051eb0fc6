import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formSaveViewSchema, readFormFeedback, type ServiceForm } from '@city/shared/forms';
import { namespaces, resources } from '@city/shared/i18n';
import { openFormFeedback } from '@city/shared/sealed';
import { startSeededCms, type RunningCms } from './harness/cms';
import { executeSql } from './harness/database';
import { jsonInit, request } from './harness/http';
import { CONTACT, formFields, newKey, postForm, publishedForms, queryDatabase, submitGraphql, validAnswers, waitFor } from './service-requests.helpers';

/**
 * "Save and come back later" (issue 16): answers saved encrypted, a link emailed through the
 * outbox, resumed from the link, used up by the request sent from it, refused once used or
 * expired, and wrong tokens limited like the other look-ups. One CMS for the file.
 */
const SITE_URL = 'https://www.alexandria.example';
const PUBLISHER_SECRET = 'form-save-test-publisher-secret';
const LOOKUP_MAX = 3;
const WIFI_SLUG = 'report-a-public-wifi-outage';

let cms: RunningCms;
const forms: Record<'en' | 'es', Map<string, ServiceForm>> = { en: new Map(), es: new Map() };

beforeAll(async () => {
  cms = await startSeededCms({
    SITE_URL,
    OUTBOX_WORKER: 'false',
    PUBLISH_WEBHOOK_SECRET: PUBLISHER_SECRET,
    REQUEST_MIN_FILL_MS: '0',
    RATE_LIMIT_LOOKUP_MAX: String(LOOKUP_MAX),
    // The daily purge, every second here.
    FORM_SAVE_PURGE_INTERVAL_MS: '1000',
  });
  forms.en = await publishedForms(cms, 'en');
  forms.es = await publishedForms(cms, 'es');
});
afterAll(async () => {
  await cms?.stop();
});

const form = (code: string, locale: 'en' | 'es'): ServiceForm => {
  const found = forms[locale].get(code);
  if (!found) throw new Error(`${code} is not published in ${locale}`);
  return found;
};
/** What the HTML form would post as text: every answer a string or a list of strings. */
const asText = (answers: Record<string, unknown>): Record<string, string | string[]> =>
  Object.fromEntries(
    Object.entries(answers).map(([key, value]) => [
      key,
      Array.isArray(value) ? value.map(String) : typeof value === 'object' && value !== null && 'address' in value ? String(value.address) : String(value),
    ]),
  );

interface OutboxRow {
  kind: string;
  recipient: string;
  subject: string;
  text: string;
  html: string | null;
  state: string;
}
const savedEmails = (recipient: string) => queryDatabase<OutboxRow>(cms, "SELECT kind, recipient, subject, text, html, state FROM outbox_messages WHERE kind = 'form_save' AND recipient = ? ORDER BY id", [recipient]);
const tokenIn = (text: string): string => {
  const match = /\?resume=([A-Za-z0-9_-]{43})/.exec(text);
  if (!match?.[1]) throw new Error(`no resume link in: ${text}`);
  return match[1];
};
const saveJson = (payload: unknown) => request<{ data: { email: string; expiresAt: string } | null; error?: { details?: { errors?: { field: string; message: string }[] } } }>(`${cms.url}/api/form-saves`, jsonInit('POST', payload));
const open = (token: string) => request<{ data: unknown }>(`${cms.url}/api/form-saves/${encodeURIComponent(token)}`);

describe('save and come back later', () => {
  let token = '';
  let answers: Record<string, string | string[]> = {};
  const email = 'saver.one@example.com';

  it('saves the answers encrypted and queues an email in the resident language with the link', async () => {
    answers = asText(validAnswers(form('wifi-outage', 'es')));
    const response = await saveJson({ formCode: 'wifi-outage', locale: 'es', values: { answers, contact: { name: 'José Núñez', email } }, email, screen: 'step-2' });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(response.body.data?.email).toBe(email);
    const expires = Date.parse(response.body.data?.expiresAt ?? '');
    expect(Math.abs(expires - (Date.now() + 7 * 86_400_000))).toBeLessThan(120_000);

    const [mail, ...more] = await savedEmails(email);
    expect(more).toHaveLength(0);
    expect(mail?.state).toBe('pending');
    expect(mail?.subject).toBe(namespaces.emails.es.formSave.subject.replace('{{formTitle}}', form('wifi-outage', 'es').title));
    expect(mail?.text).toContain(`${SITE_URL}/es/services/${WIFI_SLUG}/request/?resume=`);
    token = tokenIn(mail?.text ?? '');
    // The HTML part has the same link, as a link.
    expect(mail?.html).toContain(`href="${SITE_URL}/es/services/${WIFI_SLUG}/request/?resume=${token}"`);
    expect(mail?.html).toContain('lang="es"');
    // Signed with the city's name as the Spanish site writes it (seeded Global settings), not CITY_NAME.
    expect(mail?.text).toContain('Ciudad de Alexandria');
    expect(mail?.text).not.toContain('City of Alexandria');

    // Nothing readable in the table: no answer, no name or email, and not the token itself.
    const rows = await queryDatabase<Record<string, unknown>>(cms, 'SELECT * FROM form_saves');
    expect(rows).toHaveLength(1);
    const stored = JSON.stringify(rows);
    for (const typed of ['José', email, token, ...Object.values(answers).flat().filter((value) => value.length > 3)]) expect(stored).not.toContain(typed);
    expect(rows[0]?.token_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is not reachable through the content API nor GraphQL', async () => {
    expect((await request(`${cms.url}/api/form-saves`)).status).toBe(404);
    const graphql = await request<{ errors?: unknown[] }>(`${cms.url}/graphql`, jsonInit('POST', { query: '{ formSaves { documentId } }' }));
    expect(graphql.body.errors?.length ?? 0).toBeGreaterThan(0);
  });

  it('opens the link with the answers and the page the resident was on', async () => {
    const response = await open(token);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('no-store');
    const view = formSaveViewSchema.parse(response.body.data);
    expect(view).toMatchObject({ state: 'ready', formCode: 'wifi-outage', locale: 'es', screen: 'step-2' });
    if (view.state !== 'ready') throw new Error('not ready');
    expect(view.values.answers).toEqual(answers);
    expect(view.values.contact).toEqual({ name: 'José Núñez', email });
    // Opening it twice is fine: only sending uses it up.
    expect((await open(token)).status).toBe(200);
  });

  it('is used up by the request sent from it: the answers are deleted and the link says so', async () => {
    const sent = await submitGraphql(cms, { formCode: 'wifi-outage', locale: 'es', answers: validAnswers(form('wifi-outage', 'es')), contact: { ...CONTACT, email }, idempotencyKey: newKey(), resumeToken: token });
    expect(sent.body.errors, JSON.stringify(sent.body.errors)).toBeUndefined();
    expect(sent.body.data?.submitServiceRequest.reference).toMatch(/^ALX-/);
    const response = await open(token);
    expect(response.status).toBe(410);
    expect(response.body.data).toEqual({ state: 'used' });
    const [row] = await queryDatabase<{ sealed: string | null; used_at: unknown }>(cms, 'SELECT sealed, used_at FROM form_saves');
    expect(row?.sealed).toBeNull();
    expect(row?.used_at).not.toBeNull();
  });

  it('drops file answers (files cannot be kept) and answers of other forms', async () => {
    const website = form('website-problem', 'en');
    const fileField = website.fields.find((field) => field.__component === 'form-field.file-upload');
    expect(fileField).toBeDefined();
    const saved = await saveJson({
      formCode: 'website-problem',
      locale: 'en',
      values: { answers: { ...asText(validAnswers(website)), [fileField!.key]: 'screen.png', notAQuestion: 'x' }, contact: {} },
      email: 'saver.files@example.com',
    });
    expect(saved.status).toBe(201);
    const [mail] = await savedEmails('saver.files@example.com');
    const view = formSaveViewSchema.parse((await open(tokenIn(mail?.text ?? ''))).body.data);
    if (view.state !== 'ready') throw new Error('not ready');
    expect(view.values.answers).not.toHaveProperty(fileField!.key);
    expect(view.values.answers).not.toHaveProperty('notAQuestion');
  });

  it('says expired after 7 days, and a missing or wrong email is a field error in the resident language', async () => {
    const saved = await saveJson({ formCode: 'wifi-outage', locale: 'en', values: { answers: {}, contact: {} }, email: 'saver.late@example.com' });
    expect(saved.status).toBe(201);
    const [mail] = await savedEmails('saver.late@example.com');
    const late = tokenIn(mail?.text ?? '');
    const [sample] = await queryDatabase<{ expires_at: unknown }>(cms, 'SELECT expires_at FROM form_saves LIMIT 1');
    const instant = (at: Date) => (typeof sample?.expires_at === 'number' ? at.getTime() : at.toISOString());
    const [row] = await queryDatabase<{ id: number }>(cms, "SELECT id FROM form_saves WHERE form_code = 'wifi-outage' AND used_at IS NULL");
    await executeSql(cms.env, 'UPDATE form_saves SET expires_at = ? WHERE id = ?', [instant(new Date(Date.now() - 60_000)), row?.id]);
    const response = await open(late);
    expect(response.status).toBe(410);
    expect(response.body.data).toEqual({ state: 'expired' });
    // The purge deletes the answers of an expired save at once, and its marker a day later.
    await waitFor(async () => ((await queryDatabase<{ sealed: unknown }>(cms, 'SELECT sealed FROM form_saves WHERE id = ?', [row?.id]))[0]?.sealed === null ? true : undefined), 20_000, 'the purge');
    expect((await open(late)).body.data).toEqual({ state: 'expired' });
    await executeSql(cms.env, 'UPDATE form_saves SET expires_at = ? WHERE id = ?', [instant(new Date(Date.now() - 25 * 3_600_000)), row?.id]);
    await waitFor(async () => ((await queryDatabase(cms, 'SELECT id FROM form_saves WHERE id = ?', [row?.id])).length === 0 ? true : undefined), 20_000, 'the purge');
    // Gone: the link now does not work (this counts as one wrong look-up).
    expect((await open(late)).status).toBe(404);

    const missing = await saveJson({ formCode: 'wifi-outage', locale: 'es', values: { answers: {}, contact: {} }, email: '' });
    expect(missing.status).toBe(400);
    expect(missing.body.error?.details?.errors).toEqual([{ field: 'contact.email', message: namespaces.forms.es.contact.email.required }]);
    const wrong = await saveJson({ formCode: 'wifi-outage', locale: 'en', values: { answers: {}, contact: {} }, email: 'not an email' });
    expect(wrong.body.error?.details?.errors?.[0]?.field).toBe('contact.email');
    const unknownForm = await saveJson({ formCode: 'no-such-form', locale: 'en', values: { answers: {}, contact: {} }, email: 'a@example.com' });
    expect(unknownForm.status).toBe(400);
  });

  it('saves without JavaScript with the second submit button, and a send from the resumed form uses it up', async () => {
    const nojsEmail = 'saver.nojs@example.com';
    const fields = formFields({ formCode: 'wifi-outage', locale: 'es', answers: validAnswers(form('wifi-outage', 'es')), contact: { ...CONTACT, email: nojsEmail }, idempotencyKey: newKey() });
    const page = await postForm(cms, [...fields, ['intent', 'save']]);
    expect(page.status).toBe(200);
    expect(page.text).toContain(resources.es.requestForm.save.savedTitle);
    expect(page.text).toContain(nojsEmail);
    expect(page.text).toContain('lang="es"');
    const [mail] = await savedEmails(nojsEmail);
    const nojsToken = tokenIn(mail?.text ?? '');
    expect((await open(nojsToken)).status).toBe(200);

    // Without an email address the form comes back with the error, and what was typed, sealed.
    const noEmail = await postForm(cms, [...fields.filter(([name]) => name !== 'contact[email]'), ['intent', 'save']]);
    expect(noEmail.status).toBe(303);
    expect(noEmail.location).toContain(`/es/services/${WIFI_SLUG}/request?feedback=`);
    const feedback = readFormFeedback(new URL(noEmail.location ?? '', SITE_URL).searchParams, (sealed) => openFormFeedback(sealed, PUBLISHER_SECRET));
    expect(feedback?.errors).toEqual({ 'contact.email': namespaces.forms.es.contact.email.required });

    // The resumed no-JS form posts its token in a hidden field.
    const sent = await postForm(cms, [...formFields({ formCode: 'wifi-outage', locale: 'es', answers: validAnswers(form('wifi-outage', 'es')), contact: { ...CONTACT, email: nojsEmail }, idempotencyKey: newKey() }), ['resumeToken', nojsToken]]);
    expect(sent.status).toBe(303);
    expect(sent.location).toContain('/request/confirmation/?reference=');
    expect((await open(nojsToken)).body.data).toEqual({ state: 'used' });
  });

  // Last: it spends this address's look-up allowance.
  it('answers a wrong token 404, then limits guessing', async () => {
    // One miss was counted already (the purged link above).
    for (let i = 1; i < LOOKUP_MAX; i += 1) {
      const guess = i === 1 ? 'short' : Buffer.alloc(32, i).toString('base64url');
      const response = await open(guess);
      expect(response.status).toBe(404);
    }
    const limited = await open(Buffer.alloc(32, 9).toString('base64url'));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
