import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIELD_COMPONENTS, PUBLISHER_SECRET_HEADER, readFormFeedback, type FormField, type ServiceForm } from '@city/shared/forms';
import { openFormFeedback } from '@city/shared/sealed';
import { createElement } from 'react';
import sharp from 'sharp';
import { renderToString } from 'react-dom/server';
import { openKeptThroughCms } from '../../publisher/server/kept-values';
import { personalizeFeedbackPage } from '../../publisher/server/no-script';
import { pageProps } from '../../site/islands/service-request/ServiceRequestForm.examples';
import { ServiceRequestForm, type ServiceRequestIslandProps } from '../../site/islands/service-request/ServiceRequestForm';
import { databaseKind, startSeededCms, type RunningCms } from './harness/cms';
import { cityDay } from '../src/lib/form-metrics';
import { adminLogin, graphql, jsonInit, request } from './harness/http';
import {
  CONTACT,
  FILE_BYTES,
  countRequests,
  fieldErrorsOf,
  formFields,
  lookup,
  newKey,
  postForm,
  publishedForms,
  queryDatabase,
  setOnePerPage,
  shiftDate,
  submitGraphql,
  validAnswers,
  type GraphqlError,
} from './service-requests.helpers';

let cms: RunningCms;
const forms: Record<'en' | 'es', Map<string, ServiceForm>> = { en: new Map(), es: new Map() };
const SITE_URL = 'https://www.alexandria.example';
/** The secret the CMS shares with the publisher, which seals what a resident typed for the redirect. */
const PUBLISHER_SECRET = 'publisher-secret-for-api-tests';
/** 2000 characters of Amharic, a long-text answer's most: about 6 KB of UTF-8, past the feedback's address budget once sealed. */
const LONG_AMHARIC = 'የመንገድ መብራት ተሰብሯል። '.repeat(200).slice(0, 2000);

beforeAll(async () => {
  // Limits are lifted here; service-requests-abuse.api.test.ts tests them.
  cms = await startSeededCms({ RATE_LIMIT_DISABLED: 'true', SITE_URL, REQUEST_MIN_FILL_MS: '2000', OUTBOX_WORKER: 'false', PUBLISH_WEBHOOK_SECRET: PUBLISHER_SECRET });
  forms.en = await publishedForms(cms, 'en');
  forms.es = await publishedForms(cms, 'es');
});
afterAll(async () => {
  await cms?.stop();
});

const form = (code: string, locale: 'en' | 'es' = 'en'): ServiceForm => {
  const found = forms[locale].get(code);
  if (!found) throw new Error(`no published form ${code} in ${locale}`);
  return found;
};
const allFields = (locale: 'en' | 'es') => [...forms[locale].values()].flatMap((f) => f.fields.map((field) => ({ form: f, field })));

interface InvalidCase {
  why: string;
  value: unknown;
  en: RegExp;
  es: RegExp;
}

/** Invalid values for a field, from its own constraints, with what the message says in each language. */
function invalidCases(field: FormField): InvalidCase[] {
  const cases: InvalidCase[] = [];
  // Files travel only in the multipart form post; see "file fields" below.
  if (field.__component === 'form-field.file-upload') return cases;
  if (field.required) {
    const blank = field.__component === 'form-field.checkbox' ? false : field.__component === 'form-field.multiple-choice' ? [] : '';
    cases.push({ why: 'required', value: blank, en: /^(Enter|Select|Tick)/, es: /^(Escriba|Elija|Marque)/ });
  }
  switch (field.__component) {
    case 'form-field.short-text':
    case 'form-field.long-text':
      if ((field.minLength ?? 0) > 1) cases.push({ why: 'too short', value: 'x', en: /must be \d+ characters or more/, es: /debe tener \d+ caracteres o más/ });
      if (field.maxLength) cases.push({ why: 'too long', value: 'y'.repeat(field.maxLength + 1), en: /must be [\d,]+ characters or fewer/, es: /debe tener [\d.]+ caracteres o menos/ });
      if (field.__component === 'form-field.short-text' && field.pattern) cases.push({ why: 'pattern', value: 'not a web address', en: /http/, es: /http/ });
      break;
    case 'form-field.email':
      cases.push({ why: 'format', value: 'someone@', en: /in the correct format, like name@example\.com/, es: /con el formato correcto, como nombre@ejemplo\.com/ });
      break;
    case 'form-field.phone':
      cases.push({ why: 'format', value: 'call me', en: /^Enter a phone number, like/, es: /^Escriba un número de teléfono, como/ });
      break;
    case 'form-field.number':
      cases.push({ why: 'not a number', value: 'twelve', en: /must be a number/, es: /debe ser un número/ });
      if (field.integer) cases.push({ why: 'not whole', value: '2.5', en: /must be a whole number/, es: /debe ser un número entero/ });
      if (field.min !== undefined) cases.push({ why: 'below min', value: field.min - 1, en: /or more$/, es: /o más$/ });
      if (field.max !== undefined) cases.push({ why: 'above max', value: String(field.max + 1), en: /or less$/, es: /o menos$/ });
      break;
    case 'form-field.date':
      cases.push({ why: 'not a real date', value: '2026-02-30', en: /must be a real date/, es: /debe ser una fecha real/ });
      if (field.minDate) cases.push({ why: 'before min', value: shiftDate(field.minDate, -1), en: /must be on or after \w+ \d+, \d{4}/, es: /debe ser el \d+ de \w+ de \d{4} o después/ });
      if (field.maxDate) cases.push({ why: 'after max', value: shiftDate(field.maxDate, 1), en: /must be on or before/, es: /o antes$/ });
      break;
    case 'form-field.single-choice':
      cases.push({ why: 'not an option', value: 'not-an-option', en: /^Select one of the options given/, es: /^Elija una de las opciones dadas/ });
      break;
    case 'form-field.multiple-choice':
      cases.push({ why: 'not an option', value: ['not-an-option'], en: /^Select only options given/, es: /^Elija solo opciones dadas/ });
      if (field.maxSelected !== undefined && field.options.length > field.maxSelected) {
        cases.push({ why: 'too many', value: field.options.map((option) => option.value), en: /^Select no more than \d+ options/, es: /^Elija como máximo \d+ opciones/ });
      }
      break;
    case 'form-field.checkbox':
      cases.push({ why: 'not a tick', value: 'perhaps', en: /or leave it empty/, es: /o déjelo sin marcar/ });
      break;
    case 'form-field.address':
      cases.push({ why: 'too long', value: 'z'.repeat(501), en: /500 characters or fewer/, es: /500 caracteres o menos/ });
      break;
    case 'form-field.location':
      cases.push({ why: 'outside the city', value: { address: 'The Pentagon', lat: 38.8719, long: -77.0563 }, en: /is outside the city/, es: /está fuera de la ciudad/ });
      cases.push({ why: 'not found', value: '1 Nowhere Lane', en: /^Choose an address from the list/, es: /^Elija una dirección de la lista/ });
      break;
  }
  return cases;
}

/** Other values each type accepts, and what is stored for them. */
function alternateValidCases(field: FormField): { why: string; value: unknown; stored: unknown }[] {
  switch (field.__component) {
    case 'form-field.short-text':
    case 'form-field.long-text':
      return (field.__component === 'form-field.short-text' && field.pattern) || !field.maxLength ? [] : [{ why: 'at max length, padded', value: `  ${'w'.repeat(field.maxLength)}  `, stored: 'w'.repeat(field.maxLength) }];
    case 'form-field.email':
      return [{ why: 'trimmed', value: ' First.Last+city@Example.org ', stored: 'First.Last+city@Example.org' }];
    case 'form-field.phone':
      return [{ why: 'international with extension', value: '+1 (703) 555-0123 ext 45', stored: '+1 (703) 555-0123 ext 45' }];
    case 'form-field.number':
      return field.max === undefined ? [] : [{ why: 'max as text', value: ` ${field.max} `, stored: field.max }];
    case 'form-field.date':
      return field.maxDate ? [{ why: 'max date', value: field.maxDate, stored: field.maxDate }] : [];
    case 'form-field.single-choice': {
      const last = field.options.at(-1)?.value;
      return [{ why: 'last option', value: last, stored: last }];
    }
    case 'form-field.multiple-choice': {
      const most = field.options.slice(0, field.maxSelected ?? field.options.length).map((option) => option.value);
      return [{ why: 'as many as allowed', value: most, stored: most }];
    }
    case 'form-field.checkbox':
      return field.required ? [{ why: 'form value "on"', value: 'on', stored: true }] : [{ why: 'unticked', value: undefined, stored: false }];
    case 'form-field.address':
      return [{ why: 'multi-line', value: 'Unit 2\r\n100 N Pitt St', stored: 'Unit 2\n100 N Pitt St' }];
    case 'form-field.location':
      return [
        { why: 'coordinates as text', value: { address: '301 King St', lat: '38.8048', long: '-77.0432' }, stored: { address: '301 King St', lat: 38.8048, long: -77.0432 } },
        { why: 'an address typed, found among the points', value: '301 King Street', stored: { address: '301 King St', lat: 38.8048, long: -77.0432 } },
      ];
    case 'form-field.file-upload':
      return [];
  }
}

describe('the seed forms', () => {
  it('use every field type, in both locales', () => {
    for (const locale of ['en', 'es'] as const) {
      const types = new Set(allFields(locale).map(({ field }) => field.__component));
      expect(types.size, locale).toBe(FIELD_COMPONENTS.length);
    }
  });
});

describe.each(['en', 'es'] as const)('submitServiceRequest in %s: every field type', (locale) => {
  it('refuses each invalid value with one field-level error in the language, naming the field', async () => {
    const storedBefore = await countRequests(cms);
    let checked = 0;
    for (const { form: f, field } of allFields(locale)) {
      for (const testCase of invalidCases(field)) {
        const input = { formCode: f.code, locale, answers: { ...validAnswers(f), [field.key]: testCase.value }, contact: CONTACT, idempotencyKey: newKey() };
        const response = await submitGraphql(cms, input);
        const context = `${f.code}.${field.key} (${field.__component}) ${testCase.why}`;
        expect(response.body.data?.submitServiceRequest ?? null, context).toBeNull();
        expect((response.body.errors?.[0] as GraphqlError | undefined)?.extensions?.code, context).toBe('BAD_USER_INPUT');
        // A required file cannot travel over GraphQL, so its own error comes along; it is tested below.
        const requiredFiles = f.fields.filter((other) => other.__component === 'form-field.file-upload' && other.required).map((other) => other.key);
        const errors = fieldErrorsOf(response.body).filter((error) => !requiredFiles.includes(error.field));
        expect(errors.map((error) => error.field), context).toEqual([field.key]);
        const message = errors[0]?.message ?? '';
        expect(message, context).toMatch(testCase[locale]);
        if (field.__component !== 'form-field.short-text' || !field.pattern || testCase.why !== 'pattern') expect(message, context).toContain(`“${field.label}”`);
        else expect(message, context).toBe(field.patternDescription);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(40);
    expect(await countRequests(cms)).toBe(storedBefore);
  });

  it('accepts valid values and stores them normalized', async () => {
    for (const f of forms[locale].values()) {
      if (f.fields.some((field) => field.__component === 'form-field.file-upload' && field.required)) continue;
      const cases = f.fields.flatMap((field) => alternateValidCases(field).map((testCase) => ({ field, ...testCase })));
      const answers = { ...validAnswers(f), ...Object.fromEntries(cases.map((testCase) => [testCase.field.key, testCase.value])) };
      const key = newKey();
      const response = await submitGraphql(cms, { formCode: f.code, locale, answers, contact: CONTACT, idempotencyKey: key });
      expect(response.body.errors, f.code).toBeUndefined();
      const [row] = await queryDatabase<{ answers: unknown; language: string; channel: string }>(cms, 'SELECT answers, language, channel FROM service_requests WHERE idempotency_key = ?', [key]);
      const stored = (typeof row?.answers === 'string' ? JSON.parse(row.answers) : row?.answers) as Record<string, unknown>;
      for (const testCase of cases) expect(stored[testCase.field.key], `${f.code}.${testCase.field.key} ${testCase.why}`).toEqual(testCase.stored);
      expect(row?.language).toBe(locale);
      expect(row?.channel).toBe('web');
    }
  });
});

describe('submitServiceRequest', () => {
  it('returns the reference, the status and what happens next, in the resident’s language', async () => {
    const f = form('wifi-outage', 'es');
    const response = await submitGraphql(cms, { formCode: f.code, locale: 'es', answers: validAnswers(f), contact: CONTACT, idempotencyKey: newKey() });
    const receipt = response.body.data?.submitServiceRequest;
    expect(receipt?.reference).toMatch(/^ALX-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(receipt).toMatchObject({ status: 'submitted', statusLabel: 'Recibida', replayed: false, formCode: 'wifi-outage', formTitle: f.title, serviceSlug: expect.any(String) });
    expect(receipt?.nextSteps.confirmationText).toBe(f.confirmationText);
    expect(receipt?.nextSteps.responseTime).toBe(f.responseTime);
    expect(receipt?.nextSteps.divisionName).toBeTruthy();
  });

  it('refuses contact details with messages in the language', async () => {
    const f = form('wifi-outage');
    const response = await submitGraphql(cms, { formCode: f.code, locale: 'es', answers: validAnswers(form('wifi-outage', 'es')), contact: { name: ' ', email: 'ana@', phone: '12' }, idempotencyKey: newKey() });
    expect(fieldErrorsOf(response.body)).toEqual([
      { field: 'contact.name', message: 'Escriba su nombre' },
      { field: 'contact.email', message: 'Escriba un correo electrónico con el formato correcto, como nombre@ejemplo.com' },
      { field: 'contact.phone', message: 'Escriba un número de teléfono, como 703 555 0123 o +1 703 555 0123' },
    ]);
  });

  it('says a form that is not published is unavailable, and names a malformed envelope’s parts', async () => {
    const unknown = await submitGraphql(cms, { formCode: 'no-such-form', locale: 'en', answers: {}, contact: CONTACT, idempotencyKey: newKey() });
    expect(fieldErrorsOf(unknown.body)).toEqual([{ field: 'formCode', message: expect.stringMatching(/not available/) }]);
    const malformed = await submitGraphql(cms, { formCode: 'wifi-outage', locale: 'fr', answers: {}, contact: CONTACT, idempotencyKey: 'short' });
    expect(fieldErrorsOf(malformed.body).map((error) => error.field)).toEqual(['locale', 'idempotencyKey']);
  });
});

describe('characters a database cannot store', () => {
  it('drops a NUL character from answers and contact details, by GraphQL and by the form post, and stores the rest', async () => {
    const f = form('website-problem');
    const answers = { ...validAnswers(f), description: 'The page \u0000broke twice, both times on payment.' };
    const byGraphql = await submitGraphql(cms, { formCode: f.code, locale: 'en', answers, contact: { ...CONTACT, name: 'Ana\u0000 Resident' }, idempotencyKey: newKey() });
    const reference = byGraphql.body.data?.submitServiceRequest.reference;
    expect(reference, JSON.stringify(byGraphql.body.errors)).toMatch(/^ALX-/);
    const key = newKey();
    const posted = await postForm(cms, formFields({ formCode: f.code, locale: 'en', answers, contact: CONTACT, idempotencyKey: key }), { json: true });
    expect(posted.status, posted.text).toBe(201);
    const rows = await queryDatabase<{ answers: unknown }>(cms, 'SELECT answers FROM service_requests WHERE reference = ? OR idempotency_key = ?', [reference, key]);
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      const stored = (typeof row.answers === 'string' ? JSON.parse(row.answers) : row.answers) as Record<string, unknown>;
      expect(stored.description).toBe('The page broke twice, both times on payment.');
    }
  });
});

describe('idempotency', () => {
  it('stores one request for 20 concurrent repeats of the same key, and gives all of them its reference', async () => {
    const f = form('gis-data-request');
    const input = { formCode: f.code, locale: 'en', answers: validAnswers(f), contact: CONTACT, idempotencyKey: newKey() };
    const responses = await Promise.all(Array.from({ length: 20 }, () => submitGraphql(cms, input)));
    const receipts = responses.map((response) => response.body.data?.submitServiceRequest);
    expect(responses.map((response) => response.body.errors)).toEqual(Array(20).fill(undefined));
    expect(new Set(receipts.map((receipt) => receipt?.reference)).size).toBe(1);
    expect(receipts.filter((receipt) => receipt?.replayed === false)).toHaveLength(1);
    expect(await countRequests(cms, 'idempotency_key = ?', [input.idempotencyKey])).toBe(1);
    // The outbox got one confirmation, not twenty.
    const [{ n }] = await queryDatabase<{ n: number | string }>(cms, 'SELECT COUNT(*) AS n FROM outbox_messages WHERE request_reference = ?', [receipts[0]?.reference]);
    expect(Number(n)).toBe(1);
  });

  it('also holds across channels at the same moment: GraphQL and the form post', async () => {
    const f = form('it-records-request');
    const input = { formCode: f.code, locale: 'en', answers: validAnswers(f), contact: CONTACT, idempotencyKey: newKey() };
    const references = await Promise.all([
      ...Array.from({ length: 5 }, () => submitGraphql(cms, input).then((response) => response.body.data?.submitServiceRequest.reference)),
      ...Array.from({ length: 5 }, () => postForm(cms, formFields(input)).then((response) => new URL(response.location ?? 'http://x').searchParams.get('reference'))),
    ]);
    // Text from the form and JSON from the island normalize to the same answers: same request.
    expect(new Set(references).size).toBe(1);
    expect(references[0]).toMatch(/^ALX-/);
    expect(await countRequests(cms, 'idempotency_key = ?', [input.idempotencyKey])).toBe(1);
  });

  it('refuses the same key with different answers: 422 on the form post, a coded error on GraphQL', async () => {
    const f = form('wifi-outage');
    const input = { formCode: f.code, locale: 'en', answers: validAnswers(f), contact: CONTACT, idempotencyKey: newKey() };
    const first = await submitGraphql(cms, input);
    expect(first.body.data?.submitServiceRequest.replayed).toBe(false);
    const again = await submitGraphql(cms, input);
    expect(again.body.data?.submitServiceRequest).toMatchObject({ reference: first.body.data?.submitServiceRequest.reference, replayed: true });

    const changed = { ...input, answers: { ...input.answers, details: 'Something else entirely.' } };
    const conflict = await submitGraphql(cms, changed);
    expect((conflict.body.errors?.[0] as GraphqlError | undefined)?.extensions?.code).toBe('STRAPI_IDEMPOTENCY_CONFLICT_ERROR');

    const json = await postForm(cms, formFields(changed), { json: true });
    expect(json.status).toBe(422);
    expect(JSON.parse(json.text)).toMatchObject({ error: { status: 422, name: 'IdempotencyConflictError' } });
    const html = await postForm(cms, formFields(changed));
    expect(html.status).toBe(422);
    expect(html.text).toContain('<h1>This request was already sent</h1>');
    expect(await countRequests(cms, 'idempotency_key = ?', [input.idempotencyKey])).toBe(1);
  });
});

describe('the form post without JavaScript', () => {
  it('sends a valid form to the confirmation page with the reference (303)', async () => {
    const f = form('wifi-outage', 'es');
    const input = { formCode: f.code, locale: 'es', answers: validAnswers(f), contact: CONTACT, idempotencyKey: newKey() };
    const response = await postForm(cms, formFields(input));
    expect(response.status).toBe(303);
    const location = new URL(response.location ?? '');
    expect(`${location.origin}${location.pathname}`).toMatch(new RegExp(`^${SITE_URL}/es/services/[a-z0-9-]+/request/confirmation/$`));
    const reference = location.searchParams.get('reference');
    expect(reference).toMatch(/^ALX-/);
    const [row] = await queryDatabase<{ reference: string; channel: string }>(cms, 'SELECT reference, channel FROM service_requests WHERE idempotency_key = ?', [input.idempotencyKey]);
    expect(row).toEqual({ reference, channel: 'web_nojs' });
    // A double click posts again: same reference, nothing new.
    const twice = await postForm(cms, formFields(input));
    expect(new URL(twice.location ?? '').searchParams.get('reference')).toBe(reference);
    expect(await countRequests(cms, 'idempotency_key = ?', [input.idempotencyKey])).toBe(1);
  });

  it('sends an invalid form back to the form page with the errors and what was typed', async () => {
    const f = form('website-problem', 'es');
    const answers = { ...validAnswers(f), page_url: 'www.example', problem_type: ['broken_link', 'error_message'], description: 'corta' };
    const input = { formCode: f.code, locale: 'es', answers, contact: { name: 'José Núñez', email: 'jose@' }, idempotencyKey: newKey() };
    const response = await postForm(cms, formFields(input));
    expect(response.status).toBe(303);
    const location = new URL(response.location ?? '');
    expect(`${location.origin}${location.pathname}`).toMatch(new RegExp(`^${SITE_URL}/es/services/[a-z0-9-]+/request$`));
    expect(location.hash).toBe('#error-summary');
    // Errors and what was typed are sealed: not readable in the address, opened only with the publisher's secret.
    expect([...location.searchParams.keys()]).toEqual(['feedback']);
    const sealed = location.searchParams.get('feedback') ?? '';
    for (const typed of ['www.example', 'jose@', 'corta', 'page_url', 'correo']) expect(Buffer.from(sealed, 'base64url').toString('latin1')).not.toContain(typed);
    expect(openFormFeedback(sealed, 'not-the-secret')).toBeUndefined();
    const feedback = readFormFeedback(location.searchParams, (token) => openFormFeedback(token, PUBLISHER_SECRET));
    if (!feedback) throw new Error('no feedback the publisher can open');
    const { errors, values } = feedback;
    expect(Object.keys(errors)).toEqual(['page_url', 'description', 'contact.email']);
    const pageUrl = f.fields.find((field) => field.key === 'page_url');
    expect(errors.page_url).toBe(pageUrl?.__component === 'form-field.short-text' ? pageUrl.patternDescription : 'no pattern');
    expect(errors.description).toMatch(/debe tener 20 caracteres o más/);
    expect(errors['contact.email']).toBe('Escriba un correo electrónico con el formato correcto, como nombre@ejemplo.com');
    expect(values.answers).toMatchObject({ page_url: 'www.example', problem_type: ['broken_link', 'error_message'], description: 'corta' });
    expect(values.contact).toEqual({ name: 'José Núñez', email: 'jose@' });
    expect(await countRequests(cms, 'idempotency_key = ?', [input.idempotencyKey])).toBe(0);
  });

  it('never shows a send it did not store as sent: one too fast, or with the honeypot filled, is asked to confirm, answers kept', async () => {
    const f = form('wifi-outage');
    const sendBack = async (fields: [string, string][]) => {
      const response = await postForm(cms, fields);
      expect(response.status).toBe(303);
      const location = new URL(response.location ?? '');
      expect(location.pathname).toMatch(/\/en\/services\/[a-z0-9-]+\/request$/);
      expect(location.searchParams.get('reference')).toBeNull();
      const feedback = readFormFeedback(location.searchParams, (token) => openFormFeedback(token, PUBLISHER_SECRET));
      if (!feedback) throw new Error('no feedback the publisher can open');
      return feedback;
    };
    /** The form's fields with some replaced, as the page would post them. */
    const posted = (fields: [string, string][], overrides: [string, string][]): [string, string][] => [...fields.filter(([name]) => !overrides.some(([other]) => other === name)), ...overrides];
    for (const extra of [[['honeypot', 'http://spam.example']], [['startedAt', String(Date.now() - 500)]]] as [string, string][][]) {
      const input = { formCode: f.code, locale: 'en', answers: validAnswers(f), contact: CONTACT, idempotencyKey: newKey() };
      const fields = formFields(input);
      const held = await sendBack(posted(fields, extra));
      expect(held.errors).toEqual({ confirmation: 'Your request has not been sent yet. Check your answers, then send the form again to confirm it' });
      expect(held.values.contact).toEqual(CONTACT);
      expect(held.confirmation?.idempotencyKey).toBe(input.idempotencyKey);
      expect(await countRequests(cms, 'idempotency_key = ?', [input.idempotencyKey])).toBe(0);

      // A forged proof, or one for another key, does not confirm.
      for (const forged of ['1.x', `${Date.now() + 60_000}.${'A'.repeat(43)}`]) {
        const again = await sendBack(posted(fields, [['startedAt', String(Date.now() - 500)], ['confirmation', forged]]));
        expect(again.errors).toHaveProperty('confirmation');
      }
      // The page sends it again with the proof, at once and with the honeypot empty: stored, with a reference.
      const confirmed = await postForm(cms, posted(fields, [['startedAt', String(Date.now() - 100)], ['confirmation', held.confirmation?.token ?? '']]));
      expect(confirmed.status).toBe(303);
      expect(new URL(confirmed.location ?? '').searchParams.get('reference')).toMatch(/^ALX-/);
      expect(await countRequests(cms, 'idempotency_key = ?', [input.idempotencyKey])).toBe(1);
    }
  });

  it('keeps asking while the honeypot is filled, even with a proof', async () => {
    const f = form('wifi-outage', 'es');
    const input = { formCode: f.code, locale: 'es', answers: validAnswers(f), contact: CONTACT, idempotencyKey: newKey() };
    const first = await postForm(cms, formFields(input, [['honeypot', 'http://spam.example']]), { json: true });
    expect(first.status).toBe(400);
    const body = JSON.parse(first.text) as { error: { details: { errors: { field: string; message: string }[]; confirmation: string } } };
    expect(body.error.details.errors).toEqual([{ field: 'confirmation', message: 'Su solicitud todavía no se ha enviado. Revise sus respuestas y vuelva a enviar el formulario para confirmarla' }]);
    const again = await postForm(cms, formFields(input, [['honeypot', 'http://spam.example'], ['confirmation', body.error.details.confirmation]]), { json: true });
    expect(again.status).toBe(400);
    expect(await countRequests(cms, 'idempotency_key = ?', [input.idempotencyKey])).toBe(0);
  });
});

describe('file fields', () => {
  const websiteFields = (locale: 'en' | 'es', key = newKey()) => formFields({ formCode: 'website-problem', locale, answers: validAnswers(form('website-problem', locale)), contact: CONTACT, idempotencyKey: key });
  const screenshotLabel = (locale: 'en' | 'es') => form('website-problem', locale).fields.find((field) => field.key === 'screenshot')?.label ?? '';

  it('accepts PDF and PNG by their bytes and stores them privately, never under /uploads', async () => {
    const key = newKey();
    const response = await postForm(cms, [...websiteFields('en', key), ['answers[screenshot]', FILE_BYTES.png(), 'screen.png'], ['answers[screenshot]', FILE_BYTES.pdf(), 'error.pdf']], { multipart: true, json: true });
    expect(response.status, response.text).toBe(201);
    const [row] = await queryDatabase<{ answers: unknown }>(cms, 'SELECT answers FROM service_requests WHERE idempotency_key = ?', [key]);
    const answers = (typeof row?.answers === 'string' ? JSON.parse(row.answers) : row?.answers) as { screenshot: { name: string; type: string; fileId: number }[] };
    // Strapi's multipart parser lists a field's files as each finishes writing to disk, so their
    // order is not the order they were sent in: compare them by name.
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
    expect(answers.screenshot.map(({ name, type }) => ({ name, type })).sort(byName)).toEqual([
      { name: 'error.pdf', type: 'application/pdf' },
      { name: 'screen.png', type: 'image/png' },
    ]);
    const files = await queryDatabase<{ url: string }>(cms, `SELECT url FROM files WHERE id IN (${answers.screenshot.map(() => '?').join(',')})`, answers.screenshot.map((file) => file.fileId));
    expect(files).toHaveLength(2);
    for (const file of files) {
      expect(file.url).toMatch(/^\/private-uploads\//);
      const publicCopy = await fetch(`${cms.url}/uploads/${file.url.split('/').pop()}`);
      expect(publicCopy.status).toBe(404);
      const direct = await fetch(`${cms.url}${file.url}`);
      expect(direct.status).toBe(404);
      // A made-up signature does not download it either.
      const forged = await fetch(`${cms.url}/api/service-requests/attachments/${file.url.split('/').pop()}?expires=${Date.now() + 60_000}&signature=forged`);
      expect(forged.status).toBe(404);
    }
  });

  it('keeps a photo byte for byte, with no smaller copies, and takes a picture no image library can read', async () => {
    // A real photo-like JPEG (noise, so any re-encoding changes its bytes) and a PNG cut short after its header.
    const noise = Buffer.from(Array.from({ length: 640 * 480 * 3 }, (_, index) => (index * 7919) % 251));
    const photo = await sharp(noise, { raw: { width: 640, height: 480, channels: 3 } }).jpeg({ quality: 95 }).toBuffer();
    const fullPng = await sharp(noise, { raw: { width: 640, height: 480, channels: 3 } }).png().toBuffer();
    const cutShort = fullPng.subarray(0, 200);
    const key = newKey();
    const response = await postForm(
      cms,
      [...websiteFields('en', key), ['answers[screenshot]', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), 'pothole.jpg'], ['answers[screenshot]', new Blob([new Uint8Array(cutShort)], { type: 'image/png' }), 'cut.png']],
      { multipart: true, json: true },
    );
    expect(response.status, response.text).toBe(201);
    const [row] = await queryDatabase<{ answers: unknown }>(cms, 'SELECT answers FROM service_requests WHERE idempotency_key = ?', [key]);
    const answers = (typeof row?.answers === 'string' ? JSON.parse(row.answers) : row?.answers) as { screenshot: { name: string; size: number; fileId: number }[] };
    const files = await queryDatabase<{ name: string; url: string; formats: unknown }>(cms, `SELECT name, url, formats FROM files WHERE id IN (?, ?)`, answers.screenshot.map((file) => file.fileId));
    const sent: Record<string, Buffer> = { 'pothole.jpg': photo, 'cut.png': cutShort };
    for (const file of files) {
      expect(file.formats ?? null, file.name).toBeNull();
      const onDisk = ['data/private-uploads', 'dist/data/private-uploads'].map((dir) => path.resolve('cms', dir, path.basename(file.url))).find((candidate) => fs.existsSync(candidate));
      if (!onDisk) throw new Error(`${file.name} is not in the private folder`);
      expect(fs.readFileSync(onDisk).equals(sent[file.name] ?? Buffer.alloc(0)), file.name).toBe(true);
      expect(answers.screenshot.find((answer) => answer.name === file.name)?.size).toBe(sent[file.name]?.length);
    }
    expect(files.map((file) => file.name).sort()).toEqual(['cut.png', 'pothole.jpg']);
  });

  it.each(['en', 'es'] as const)('refuses in %s a file whose bytes are not an allowed type, too many files, and a file too large', async (locale) => {
    const label = screenshotLabel(locale);
    const wrongType = await postForm(cms, [...websiteFields(locale), ['answers[screenshot]', FILE_BYTES.exeAsPdf(), 'invoice.pdf']], { multipart: true, json: true });
    expect(wrongType.status).toBe(400);
    expect(JSON.parse(wrongType.text).error.details.errors).toEqual([
      { field: 'screenshot', message: locale === 'en' ? `Each file for “${label}” must be a PDF, PNG, or JPEG` : `Cada archivo para “${label}” debe ser PDF, PNG o JPEG` },
    ]);

    const four = Array.from({ length: 4 }, (_, index) => ['answers[screenshot]', FILE_BYTES.png(), `s${index}.png`] as [string, Blob, string]);
    const tooMany = await postForm(cms, [...websiteFields(locale), ...four], { multipart: true, json: true });
    expect(JSON.parse(tooMany.text).error.details.errors).toEqual([
      { field: 'screenshot', message: locale === 'en' ? `Attach no more than 3 files for “${label}”` : `Adjunte como máximo 3 archivos para “${label}”` },
    ]);

    const big = new Blob([Buffer.from('%PDF-1.7\n'), Buffer.alloc(5 * 1024 * 1024)], { type: 'application/pdf' });
    const tooBig = await postForm(cms, [...websiteFields(locale), ['answers[screenshot]', big, 'big.pdf']], { multipart: true, json: true });
    expect(JSON.parse(tooBig.text).error.details.errors).toEqual([
      { field: 'screenshot', message: locale === 'en' ? `Each file for “${label}” must be smaller than 5 MB` : `Cada archivo para “${label}” debe pesar menos de 5 MB` },
    ]);
  });

  it('asks for a required file that GraphQL cannot carry', async () => {
    const f = form('telecom-right-of-way');
    const plans = f.fields.find((field) => field.__component === 'form-field.file-upload');
    const response = await submitGraphql(cms, { formCode: f.code, locale: 'en', answers: { ...validAnswers(f), [plans?.key ?? '']: [{ name: 'claimed.pdf', type: 'application/pdf', size: 10 }] }, contact: CONTACT, idempotencyKey: newKey() });
    expect(fieldErrorsOf(response.body)).toEqual([{ field: plans?.key, message: `Attach a file for “${plans?.label}”` }]);
  });
});

describe('conditions, steps and exit pages (the telecom application)', () => {
  const telecom = () => form('telecom-right-of-way');
  /** The answers of a fiber job without closures: the pole numbers and the closure details are not asked. */
  const fiberJob = (): Record<string, unknown> => ({ ...validAnswers(telecom()), network_owner: 'own_network', work_type: 'new_fiber', lane_closure: false });
  const fieldsOf = (errors: { field: string }[]) => errors.map((error) => error.field);

  it('does not require a hidden required question, and requires it once its condition holds (GraphQL)', async () => {
    const { pole_numbers: _poles, closure_details: _closures, ...answers } = fiberJob();
    const hidden = await submitGraphql(cms, { formCode: 'telecom-right-of-way', locale: 'en', answers, contact: CONTACT, idempotencyKey: newKey() });
    // Only the plans, which GraphQL cannot carry.
    expect(fieldsOf(fieldErrorsOf(hidden.body))).toEqual(['site_plans']);
    const shown = await submitGraphql(cms, { formCode: 'telecom-right-of-way', locale: 'es', answers: { ...answers, work_type: 'pole_attachment', lane_closure: true }, contact: CONTACT, idempotencyKey: newKey() });
    expect(fieldErrorsOf(shown.body)).toEqual([
      { field: 'pole_numbers', message: 'Escriba una respuesta para “Números de los postes de la Ciudad”' },
      { field: 'closure_details', message: 'Escriba una respuesta para “¿Qué carriles o aceras se van a cerrar, y en qué horario?”' },
      { field: 'site_plans', message: 'Adjunte un archivo para “Planos del sitio y dibujos de la ruta”' },
    ]);
  });

  it('refuses an answer that ends the form at its exit page, in the resident’s language, and stores nothing', async () => {
    const before = await countRequests(cms);
    const response = await submitGraphql(cms, { formCode: 'telecom-right-of-way', locale: 'es', answers: { ...fiberJob(), network_owner: 'dominion' }, contact: CONTACT, idempotencyKey: newKey() });
    expect(fieldErrorsOf(response.body)[0]).toEqual({
      field: 'network_owner',
      message: 'Este no es un servicio de la Ciudad: con esta respuesta a “¿En qué equipos se hace el trabajo?”, la Ciudad no puede recibir esta solicitud aquí',
    });
    const key = newKey();
    const posted = await postForm(cms, [...formFields({ formCode: 'telecom-right-of-way', locale: 'en', answers: { ...fiberJob(), network_owner: 'dominion' }, contact: CONTACT, idempotencyKey: key }), ['answers[site_plans]', FILE_BYTES.pdf(), 'route.pdf']], { multipart: true, json: true });
    expect(posted.status).toBe(400);
    expect(JSON.parse(posted.text).error.details.errors).toEqual([{ field: 'network_owner', message: 'This is not a City service: this answer to “Whose equipment is the work on?” means the City cannot take this request here' }]);
    expect(await countRequests(cms)).toBe(before);
  });

  it('drops the answers to questions not asked, whatever was sent for them (the form post without JavaScript)', async () => {
    const key = newKey();
    const answers = { ...fiberJob(), pole_numbers: 'AX-101', closure_details: 'Never asked' };
    const posted = await postForm(cms, [...formFields({ formCode: 'telecom-right-of-way', locale: 'en', answers, contact: CONTACT, idempotencyKey: key }), ['answers[site_plans]', FILE_BYTES.pdf(), 'route.pdf']], { multipart: true, json: true });
    expect(posted.status, posted.text).toBe(201);
    const [row] = await queryDatabase<{ answers: unknown }>(cms, 'SELECT answers FROM service_requests WHERE idempotency_key = ?', [key]);
    const stored = (typeof row?.answers === 'string' ? JSON.parse(row.answers) : row?.answers) as Record<string, unknown>;
    expect(stored).not.toHaveProperty('pole_numbers');
    expect(stored).not.toHaveProperty('closure_details');
    expect(stored).toMatchObject({ network_owner: 'own_network', work_type: 'new_fiber', lane_closure: false });
  });
});

describe('a form of several pages without JavaScript, page by page (the telecom application)', () => {
  type Feedback = NonNullable<ReturnType<typeof openFormFeedback>>;
  /** Posts a page as the publisher's page would: every answer so far in hidden fields, this page's own, its button. */
  async function postPage(from: Feedback | undefined, screen: string, own: [string, string | Blob, string?][], button: [string, string], multipart = false, key = newKey()) {
    const carried: [string, string | Blob, string?][] = [];
    const ownNames = new Set(own.map(([name]) => name));
    for (const [key, value] of Object.entries(from?.values.answers ?? {})) {
      if (ownNames.has(`answers[${key}]`)) continue;
      for (const item of Array.isArray(value) ? value : [value]) carried.push([`answers[${key}]`, item]);
    }
    for (const [name, value] of Object.entries(from?.values.contact ?? {})) if (!ownNames.has(`contact[${name}]`)) carried.push([`contact[${name}]`, value]);
    const fields: [string, string | Blob, string?][] = [
      ['formCode', 'telecom-right-of-way'],
      ['locale', 'en'],
      ['idempotencyKey', key],
      ['startedAt', String(from?.startedAt ?? Date.now() - 60_000)],
      ['screen', screen],
      ...(from?.staged || from?.keptValues ? [['staged', from.staged?.id ?? from.keptValues?.fill ?? ''] as [string, string]] : []),
      ...carried,
      ...own,
      button,
    ];
    return postForm(cms, fields, { multipart });
  }
  function opened(response: { status: number; location: string | null }): { feedback: Feedback; hash: string } {
    expect(response.status).toBe(303);
    const location = new URL(response.location ?? '');
    expect(location.pathname).toBe('/en/services/telecommunications-work-in-the-right-of-way/request');
    expect([...location.searchParams.keys()]).toEqual(['feedback']);
    const feedback = readFormFeedback(location.searchParams, (token) => openFormFeedback(token, PUBLISHER_SECRET));
    if (!feedback) throw new Error('no feedback the publisher can open');
    return { feedback, hash: location.hash };
  }
  const next: [string, string] = ['intent', 'next'];

  it('checks each page on its own, drops what a changed answer hides, keeps the file, and sends one request with every answer', async () => {
    const before = await countRequests(cms);
    const first = opened(await postPage(undefined, 'company_name', [['answers[company_name]', 'Fiber Co'], ['answers[network_owner]', 'city_pole']], next));
    expect(first.feedback).toMatchObject({ step: { view: 'form', screen: 'work_type' }, errors: {}, values: { answers: { company_name: 'Fiber Co', network_owner: 'city_pole' } } });
    expect(first.hash).toBe('');

    // An error on a page comes back on that page, with the summary.
    const poleOnly: [string, string][] = [['answers[work_type]', 'pole_attachment'], ['answers[work_location]', '300 King St']];
    const refused = opened(await postPage(first.feedback, 'work_type', poleOnly, next));
    expect(refused.feedback.step).toEqual({ view: 'form', screen: 'work_type' });
    expect(refused.feedback.errors).toEqual({ pole_numbers: 'Enter an answer for “Numbers on the City poles”' });
    expect(refused.hash).toBe('#error-summary');
    const work = opened(await postPage(refused.feedback, 'work_type', [...poleOnly, ['answers[pole_numbers]', 'AX-101']], next));
    expect(work.feedback.step).toEqual({ view: 'form', screen: 'start_date' });

    // Back, then fiber instead of a pole: the pole numbers are no longer asked, and dropped.
    const back = opened(await postPage(work.feedback, 'start_date', [['answers[start_date]', '2027-03-01']], ['intent', 'back']));
    expect(back.feedback.step).toEqual({ view: 'form', screen: 'work_type' });
    expect(back.feedback.values.answers.start_date).toBe('2027-03-01');
    const fiber = opened(await postPage(back.feedback, 'work_type', [['answers[work_type]', 'new_fiber'], ['answers[pole_numbers]', 'AX-101'], ['answers[work_location]', '300 King St']], next));
    expect(fiber.feedback.values.answers).not.toHaveProperty('pole_numbers');
    const dates = opened(await postPage(fiber.feedback, 'start_date', [['answers[start_date]', '2027-03-01'], ['answers[duration_days]', '5']], next));
    expect(dates.feedback.step).toEqual({ view: 'form', screen: 'field_supervisor_phone' });

    // The plans on page 4 are kept by the CMS for the send, named in the sealed feedback.
    const plans = opened(
      await postPage(dates.feedback, 'field_supervisor_phone', [['answers[field_supervisor_phone]', '703 555 0123'], ['answers[site_plans]', FILE_BYTES.pdf(), 'route.pdf']], next, true),
    );
    expect(plans.feedback.step).toEqual({ view: 'form', screen: 'contact' });
    expect(plans.feedback.staged?.files).toEqual({ site_plans: [{ name: 'route.pdf', type: 'application/pdf', size: FILE_BYTES.pdf().size }] });
    const contact = opened(await postPage(plans.feedback, 'contact', [['contact[name]', CONTACT.name], ['contact[email]', CONTACT.email]], next));
    expect(contact.feedback.step).toEqual({ view: 'check', screen: 'contact' });
    expect(contact.feedback.staged?.id).toBe(plans.feedback.staged?.id);

    // A Change button goes to its page; nothing is stored before the send.
    const change = opened(await postPage(contact.feedback, 'contact', [], ['change', 'start_date']));
    expect(change.feedback.step).toEqual({ view: 'form', screen: 'start_date' });
    expect(await countRequests(cms)).toBe(before);

    const key = newKey();
    const sent = await postPage(contact.feedback, 'contact', [], ['intent', 'send'], false, key);
    expect(sent.status, sent.text).toBe(303);
    expect(new URL(sent.location ?? '').pathname).toMatch(/\/request\/confirmation\/?$/);
    expect(await countRequests(cms)).toBe(before + 1);
    const [row] = await queryDatabase<{ answers: unknown }>(cms, 'SELECT answers FROM service_requests WHERE idempotency_key = ?', [key]);
    const stored = (typeof row?.answers === 'string' ? JSON.parse(row.answers) : row?.answers) as Record<string, unknown>;
    expect(stored).toMatchObject({ company_name: 'Fiber Co', network_owner: 'city_pole', work_type: 'new_fiber', work_location: '300 King St', start_date: '2027-03-01', duration_days: 5, lane_closure: false, field_supervisor_phone: '703 555 0123' });
    expect(stored).not.toHaveProperty('pole_numbers');
    expect(stored.site_plans).toMatchObject([{ name: 'route.pdf', type: 'application/pdf' }]);
    // The kept copy is gone with the send: the same id keeps nothing more.
    const again = opened(await postPage(contact.feedback, 'contact', [], next));
    expect(again.feedback.staged).toBeUndefined();
  });

  it('takes the kept files from the island too, when JavaScript arrives on a page the CMS rendered without it', async () => {
    const first = opened(await postPage(undefined, 'company_name', [['answers[company_name]', 'Fiber Co'], ['answers[network_owner]', 'city_pole']], next));
    const work = opened(await postPage(first.feedback, 'work_type', [['answers[work_type]', 'new_fiber'], ['answers[work_location]', '300 King St']], next));
    const dates = opened(await postPage(work.feedback, 'start_date', [['answers[start_date]', '2027-03-01'], ['answers[duration_days]', '5']], next));
    const plans = opened(
      await postPage(dates.feedback, 'field_supervisor_phone', [['answers[field_supervisor_phone]', '703 555 0123'], ['answers[site_plans]', FILE_BYTES.pdf(), 'route.pdf']], next, true),
    );
    const staged = plans.feedback.staged?.id ?? '';
    expect(staged).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // The island's send (send.ts formDataOf): every answer, the fill's id, and no file bytes.
    const key = newKey();
    const answers = { ...plans.feedback.values.answers };
    const posted = await postForm(cms, [...formFields({ formCode: 'telecom-right-of-way', locale: 'en', answers, contact: CONTACT, idempotencyKey: key }), ['staged', staged]], { multipart: true, json: true });
    expect(posted.status, posted.text).toBe(201);
    const [row] = await queryDatabase<{ answers: unknown }>(cms, 'SELECT answers FROM service_requests WHERE idempotency_key = ?', [key]);
    const stored = (typeof row?.answers === 'string' ? JSON.parse(row.answers) : row?.answers) as Record<string, unknown>;
    expect(stored.site_plans).toMatchObject([{ name: 'route.pdf', type: 'application/pdf' }]);
    // Stored: the kept copy is gone.
    const again = opened(await postPage(plans.feedback, 'contact', [], next));
    expect(again.feedback.staged).toBeUndefined();
  });

  it('keeps a long answer past the address budget for the next pages, whole, and sends it', async () => {
    const openKept = openKeptThroughCms({ cmsUrl: cms.url, secret: PUBLISHER_SECRET });
    /** What the publisher renders: the sealed feedback with the answers the CMS kept read back. */
    const rendered = async (feedback: Feedback): Promise<Feedback> => {
      if (!feedback.keptValues) return feedback;
      const kept = await openKept(feedback.keptValues.fill, 'telecom-right-of-way');
      if (kept.kind !== 'ready') throw new Error(`kept answers not loaded: ${kept.problem}`);
      return { ...feedback, values: kept.values };
    };
    const first = opened(await postPage(undefined, 'company_name', [['answers[company_name]', 'Fiber Co'], ['answers[network_owner]', 'city_pole']], next));
    const work = opened(await postPage(first.feedback, 'work_type', [['answers[work_type]', 'new_fiber'], ['answers[work_location]', '300 King St']], next));
    const dates = opened(
      await postPage(work.feedback, 'start_date', [['answers[start_date]', '2027-03-01'], ['answers[duration_days]', '5'], ['answers[lane_closure]', 'true'], ['answers[closure_details]', LONG_AMHARIC]], next),
    );
    expect(dates.feedback.step).toEqual({ view: 'form', screen: 'field_supervisor_phone' });
    expect(dates.feedback.keptValues?.fill).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(dates.feedback.values).toEqual({ answers: {}, contact: {} });
    const phone = await rendered(dates.feedback);
    expect(phone.values.answers.closure_details).toBe(LONG_AMHARIC);
    // Each later page carries the long answer again: kept again in the same fill, never dropped.
    const contactPage = opened(
      await postPage(phone, 'field_supervisor_phone', [['answers[field_supervisor_phone]', '703 555 0123'], ['answers[site_plans]', FILE_BYTES.pdf(), 'route.pdf']], next, true),
    );
    expect(contactPage.feedback.errors).toEqual({});
    // The files go in the same fill as the kept answers.
    expect(contactPage.feedback.keptValues?.fill).toBe(dates.feedback.keptValues?.fill);
    expect(contactPage.feedback.staged).toEqual({ id: dates.feedback.keptValues?.fill, files: { site_plans: [{ name: 'route.pdf', type: 'application/pdf', size: FILE_BYTES.pdf().size }] } });
    const check = opened(await postPage(await rendered(contactPage.feedback), 'contact', [['contact[name]', CONTACT.name], ['contact[email]', CONTACT.email]], next));
    expect(check.feedback.errors).toEqual({});
    expect(check.feedback.step).toEqual({ view: 'check', screen: 'contact' });
    const key = newKey();
    const sent = await postPage(await rendered(check.feedback), 'contact', [], ['intent', 'send'], false, key);
    expect(sent.status, sent.text).toBe(303);
    expect(new URL(sent.location ?? '').pathname).toMatch(/\/request\/confirmation\/?$/);
    const [row] = await queryDatabase<{ answers: unknown }>(cms, 'SELECT answers FROM service_requests WHERE idempotency_key = ?', [key]);
    const stored = (typeof row?.answers === 'string' ? JSON.parse(row.answers) : row?.answers) as Record<string, unknown>;
    expect(stored.closure_details).toBe(LONG_AMHARIC);
    expect(stored.site_plans).toMatchObject([{ name: 'route.pdf', type: 'application/pdf' }]);
    // Sent: the kept answers are gone with the fill.
    expect(await openKept(dates.feedback.keptValues?.fill ?? '', 'telecom-right-of-way')).toEqual({ kind: 'problem', problem: 'gone' });
  });

  it('shows the exit page for an answer that leads there, and stores nothing', async () => {
    const before = await countRequests(cms);
    const exit = opened(await postPage(undefined, 'company_name', [['answers[company_name]', 'Power Co'], ['answers[network_owner]', 'dominion']], next));
    expect(exit.feedback).toMatchObject({ step: { view: 'exit', screen: 'company_name' }, errors: {} });
    expect(await countRequests(cms)).toBe(before);
  });

  it('carries the fill’s key from page to page, and counts it once as started and once for each page it reaches', async () => {
    // This month on the city's clock, as the CMS counts it.
    const [calendar] = await queryDatabase<{ time_zone: string }>(cms, 'SELECT time_zone FROM city_calendars');
    const month = cityDay(new Date(), calendar?.time_zone ?? 'America/New_York').slice(0, 7);
    const counts = async () => {
      const rows = await queryDatabase<{ event: string; step: string; count: number | string }>(cms, 'SELECT event, step, count FROM form_metric_counts WHERE form_code = ? AND month = ?', ['telecom-right-of-way', month]);
      return Object.fromEntries(rows.map((row) => [row.step ? `${row.event} ${row.step}` : row.event, Number(row.count)]));
    };
    const before = await counts();
    const key = newKey();
    const first = opened(await postPage(undefined, 'company_name', [['answers[company_name]', 'Fiber Co'], ['answers[network_owner]', 'city_pole']], next, false, key));
    expect(first.feedback.idempotencyKey).toBe(key);
    // Back and forth: the same pages again count nothing more.
    const back = opened(await postPage(first.feedback, 'work_type', [], ['intent', 'back'], false, key));
    const again = opened(await postPage(back.feedback, 'company_name', [], next, false, key));
    expect(again.feedback.step).toEqual({ view: 'form', screen: 'work_type' });
    expect(again.feedback.idempotencyKey).toBe(key);
    const after = await counts();
    const grew = (name: string) => (after[name] ?? 0) - (before[name] ?? 0);
    expect(grew('started')).toBe(1);
    expect(grew('reached company_name')).toBe(1);
    expect(grew('reached work_type')).toBe(1);
    expect(grew('reached start_date')).toBe(0);
  });
});

describe('a location question on a page of its own without JavaScript (the Wi-Fi outage form, one question a page)', () => {
  /** The Spanish Wi-Fi form asked one question a page, published; back to one page afterwards. */
  beforeAll(() => setOnePerPage(cms, 'wifi-outage', 'es', true));
  afterAll(() => setOnePerPage(cms, 'wifi-outage', 'es', false));

  /** Continue on the page of the building's location, "another City building" carried from the page before. */
  async function continueFrom(typed: string) {
    const response = await postForm(cms, [
      ['formCode', 'wifi-outage'],
      ['locale', 'es'],
      ['idempotencyKey', newKey()],
      ['startedAt', String(Date.now() - 60_000)],
      ['screen', 'building_location'],
      ['answers[location_type]', 'other'],
      ['answers[building_location]', typed],
      ['intent', 'next'],
    ]);
    expect(response.status).toBe(303);
    const feedback = readFormFeedback(new URL(response.location ?? '').searchParams, (token) => openFormFeedback(token, PUBLISHER_SECRET));
    if (!feedback) throw new Error('no feedback the publisher can open');
    return feedback;
  }
  /** What the final send (the intake) says about the same answer. */
  async function intakeSays(typed: string) {
    const f = form('wifi-outage', 'es');
    const response = await submitGraphql(cms, { formCode: f.code, locale: 'es', answers: { ...validAnswers(f), location_type: 'other', building_location: typed }, contact: CONTACT, idempotencyKey: newKey() });
    return fieldErrorsOf(response.body).find((error) => error.field === 'building_location')?.message;
  }

  it('refuses an address the city does not have on its own page, with the intake’s message in Spanish', async () => {
    const refused = await continueFrom('1 Nowhere Lane');
    expect(refused.step).toEqual({ view: 'form', screen: 'building_location' });
    expect(refused.errors).toEqual({ building_location: await intakeSays('1 Nowhere Lane') });
    expect(refused.errors.building_location).toMatch(/^Elija una dirección de la lista/);
    expect(refused.values.answers.building_location).toBe('1 Nowhere Lane');
  });

  it('refuses a place outside the city as the intake does', async () => {
    const outside = await continueFrom('38.8719, -77.0563');
    expect(outside.step).toEqual({ view: 'form', screen: 'building_location' });
    expect(outside.errors).toEqual({ building_location: await intakeSays('38.8719, -77.0563') });
    expect(outside.errors.building_location).toMatch(/está fuera de la ciudad/);
  });

  it('goes on from an address among the city’s points, carrying what was typed', async () => {
    expect(await intakeSays('301 King Street')).toBeUndefined();
    const found = await continueFrom('301 King Street');
    expect(found.errors).toEqual({});
    expect(found.step).toEqual({ view: 'form', screen: 'location_address' });
    expect(found.values.answers).toEqual({ location_type: 'other', building_location: '301 King Street' });
  });

  it('counts as reached only the pages the answers ask: the building’s location, skipped for a library, is not', async () => {
    const [calendar] = await queryDatabase<{ time_zone: string }>(cms, 'SELECT time_zone FROM city_calendars');
    const month = cityDay(new Date(), calendar?.time_zone ?? 'America/New_York').slice(0, 7);
    const reached = async (step: string) =>
      Number((await queryDatabase<{ count: number | string }>(cms, 'SELECT count FROM form_metric_counts WHERE form_code = ? AND month = ? AND event = ? AND step = ?', ['wifi-outage', month, 'reached', step]))[0]?.count ?? 0);
    const before = { type: await reached('location_type'), building: await reached('building_location'), address: await reached('location_address') };
    const response = await postForm(cms, [
      ['formCode', 'wifi-outage'],
      ['locale', 'es'],
      ['idempotencyKey', newKey()],
      ['startedAt', String(Date.now() - 60_000)],
      ['screen', 'location_type'],
      ['answers[location_type]', 'library'],
      ['intent', 'next'],
    ]);
    const feedback = readFormFeedback(new URL(response.location ?? '').searchParams, (token) => openFormFeedback(token, PUBLISHER_SECRET));
    expect(feedback?.step).toEqual({ view: 'form', screen: 'location_address' });
    expect(await reached('location_type')).toBe(before.type + 1);
    expect(await reached('location_address')).toBe(before.address + 1);
    expect(await reached('building_location')).toBe(before.building);
  });
});

describe('answers too long for the address without JavaScript (kept by the CMS)', () => {
  const keptUrl = (fill: string, formCode: string) => `${cms.url}/api/service-requests/kept-values/${fill}?form=${formCode}`;
  const withSecret = (secret: string): RequestInit => ({ headers: { [PUBLISHER_SECRET_HEADER]: secret } });

  it('keeps a 2000-character Amharic answer whole when the form comes back with an error, for the publisher only, until it is sent', async () => {
    const f = form('website-problem');
    const answers = { ...validAnswers(f), description: LONG_AMHARIC };
    const input = { formCode: f.code, locale: 'en', answers, contact: { name: 'Selam Bekele', email: 'selam@' }, idempotencyKey: newKey() };
    const response = await postForm(cms, formFields(input));
    expect(response.status).toBe(303);
    const location = new URL(response.location ?? '');
    expect(location.hash).toBe('#error-summary');
    expect(response.location?.length ?? 0).toBeLessThan(6500);
    const feedback = readFormFeedback(location.searchParams, (token) => openFormFeedback(token, PUBLISHER_SECRET));
    if (!feedback?.keptValues) throw new Error('the answers were not kept');
    expect(Object.keys(feedback.errors)).toEqual(['contact.email']);
    expect(feedback.values).toEqual({ answers: {}, contact: {} });
    const { fill } = feedback.keptValues;

    // The publisher reads them back with its secret: every answer, the long one in full.
    const kept = await openKeptThroughCms({ cmsUrl: cms.url, secret: PUBLISHER_SECRET })(fill, f.code);
    if (kept.kind !== 'ready') throw new Error(`kept answers not loaded: ${kept.problem}`);
    expect(kept.values.answers.description).toBe(LONG_AMHARIC);
    expect(kept.values.answers.page_url).toBe(String(validAnswers(f).page_url));
    expect(kept.values.contact).toEqual({ name: 'Selam Bekele', email: 'selam@' });

    // Nobody else: no secret or a wrong one is refused, another form's or an unknown fill is not found.
    const noSecret = await request(keptUrl(fill, f.code));
    expect(noSecret.status).toBe(401);
    expect(JSON.stringify(noSecret.body)).not.toContain(LONG_AMHARIC.slice(0, 20));
    expect((await request(keptUrl(fill, f.code), withSecret('not-the-secret'))).status).toBe(401);
    expect((await request(keptUrl(fill, 'wifi-outage'), withSecret(PUBLISHER_SECRET))).status).toBe(404);
    expect((await request(keptUrl('Z'.repeat(43), f.code), withSecret(PUBLISHER_SECRET))).status).toBe(404);
    expect((await request(keptUrl(fill, ''), withSecret(PUBLISHER_SECRET))).status).toBe(404);
    // Encrypted at rest: the uploads folder does not hold the answer readable.
    const valuesFile = ['data/private-uploads', 'dist/data/private-uploads'].map((dir) => path.resolve('cms', dir, 'staging', fill, 'values.json')).find((file) => fs.existsSync(file));
    if (!valuesFile) throw new Error('no kept answers on disk');
    const onDisk = fs.readFileSync(valuesFile, 'utf8');
    for (const typed of [LONG_AMHARIC.slice(0, 12), 'selam@', 'description']) expect(onDisk).not.toContain(typed);

    // Corrected and sent with the fill: stored whole, and the kept answers are gone.
    const fixed = await postForm(cms, formFields({ ...input, contact: CONTACT }, [['staged', fill]]));
    expect(fixed.status, fixed.text).toBe(303);
    expect(new URL(fixed.location ?? '').searchParams.get('reference')).toMatch(/^ALX-/);
    const [row] = await queryDatabase<{ answers: unknown }>(cms, 'SELECT answers FROM service_requests WHERE idempotency_key = ?', [input.idempotencyKey]);
    const stored = (typeof row?.answers === 'string' ? JSON.parse(row.answers) : row?.answers) as Record<string, unknown>;
    expect(stored.description).toBe(LONG_AMHARIC);
    expect((await request(keptUrl(fill, f.code), withSecret(PUBLISHER_SECRET))).status).toBe(404);
  });

  it('names the fill in the form of one page it sends back, so the corrected send leaves nothing kept', async () => {
    const f = form('website-problem');
    const input = { formCode: f.code, locale: 'en', answers: { ...validAnswers(f), description: LONG_AMHARIC }, contact: { name: 'Selam Bekele', email: 'selam@' }, idempotencyKey: newKey() };
    const refused = await postForm(cms, formFields(input));
    const location = new URL(refused.location ?? '');
    const fill = readFormFeedback(location.searchParams, (token) => openFormFeedback(token, PUBLISHER_SECRET))?.keptValues?.fill;
    if (!fill) throw new Error('the answers were not kept');
    const keptFolder = () => ['data/private-uploads', 'dist/data/private-uploads'].map((dir) => path.resolve('cms', dir, 'staging', fill)).filter((folder) => fs.existsSync(folder));
    expect(keptFolder()).toHaveLength(1);

    // The page as the publisher's server renders it for the resident (publisher/server/no-script.ts), from the form as built.
    const slug = location.pathname.split('/')[3] ?? '';
    const props: ServiceRequestIslandProps = { ...pageProps(f, 'en', slug), action: `${cms.url}/api/service-requests/submit`, graphqlUrl: `${cms.url}/graphql`, addressesUrl: `${cms.url}/api/addresses` };
    const { graphqlUrl: _graphqlUrl, addressesUrl: _addressesUrl, ...formProps } = props;
    const built = `<!doctype html><html lang="en"><head><title>${f.title}</title></head><body><main><div data-island="service-request">${renderToString(
      createElement(ServiceRequestForm, formProps),
    )}</div><script type="application/json" data-island-props="service-request">${JSON.stringify(props).replace(/</g, '\\u003c')}</script></main></body></html>`;
    const openKept = openKeptThroughCms({ cmsUrl: cms.url, secret: PUBLISHER_SECRET });
    const page = await personalizeFeedbackPage(location.pathname, location.searchParams, () => built, { now: () => Date.now(), newKey, secret: PUBLISHER_SECRET, openKept });
    const hidden = [...(page ?? '').matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)].map(([, name = '', value = '']) => [name, value] as [string, string]);
    expect(Object.fromEntries(hidden)).toMatchObject({ formCode: f.code, locale: 'en', staged: fill });

    // The resident corrects the email and sends: the page's hidden fields, the answers it shows, the honeypot left empty.
    const kept = await openKept(fill, f.code);
    if (kept.kind !== 'ready') throw new Error(`kept answers not loaded: ${kept.problem}`);
    const shown = formFields({ formCode: f.code, locale: 'en', answers: kept.values.answers, contact: CONTACT, idempotencyKey: '' }).filter(([name]) => /^(answers|contact)\[/.test(name));
    const sent = await postForm(cms, [...hidden, ['honeypot', ''], ...shown]);
    expect(sent.status, sent.text).toBe(303);
    expect(new URL(sent.location ?? '').searchParams.get('reference')).toMatch(/^ALX-/);
    const key = hidden.find(([name]) => name === 'idempotencyKey')?.[1];
    const [row] = await queryDatabase<{ answers: unknown }>(cms, 'SELECT answers FROM service_requests WHERE idempotency_key = ?', [key]);
    const stored = (typeof row?.answers === 'string' ? JSON.parse(row.answers) : row?.answers) as Record<string, unknown>;
    expect(stored.description).toBe(LONG_AMHARIC);
    // Stored: nothing is kept for the fill any more, not waiting for the day's purge.
    expect(keptFolder()).toEqual([]);
    expect(await openKept(fill, f.code)).toEqual({ kind: 'problem', problem: 'gone' });
  });

  it('drops the kept copy when a later refusal carries the answers itself again', async () => {
    const f = form('website-problem');
    const input = { formCode: f.code, locale: 'en', answers: { ...validAnswers(f), description: LONG_AMHARIC }, contact: { name: 'Selam Bekele', email: 'selam@' }, idempotencyKey: newKey() };
    const refused = await postForm(cms, formFields(input));
    const fill = readFormFeedback(new URL(refused.location ?? '').searchParams, (token) => openFormFeedback(token, PUBLISHER_SECRET))?.keptValues?.fill;
    if (!fill) throw new Error('the answers were not kept');
    const openKept = openKeptThroughCms({ cmsUrl: cms.url, secret: PUBLISHER_SECRET });
    expect((await openKept(fill, f.code)).kind).toBe('ready');

    // The resident shortens the description but the email is still wrong: the answers fit in the address again.
    const again = await postForm(cms, formFields({ ...input, answers: { ...input.answers, description: 'The street light is broken.' } }, [['staged', fill]]));
    const feedback = readFormFeedback(new URL(again.location ?? '').searchParams, (token) => openFormFeedback(token, PUBLISHER_SECRET));
    expect(Object.keys(feedback?.errors ?? {})).toEqual(['contact.email']);
    expect(feedback?.keptValues).toBeUndefined();
    expect(feedback?.values.answers.description).toBe('The street light is broken.');
    // The long answer is not kept a day for nothing.
    expect(await openKept(fill, f.code)).toEqual({ kind: 'problem', problem: 'gone' });
  });

  it('keeps short answers in the sealed feedback, as before', async () => {
    const f = form('website-problem');
    const input = { formCode: f.code, locale: 'en', answers: validAnswers(f), contact: { name: 'Selam Bekele', email: 'selam@' }, idempotencyKey: newKey() };
    const response = await postForm(cms, formFields(input));
    const feedback = readFormFeedback(new URL(response.location ?? '').searchParams, (token) => openFormFeedback(token, PUBLISHER_SECRET));
    expect(feedback?.keptValues).toBeUndefined();
    expect(feedback?.values.contact).toEqual({ name: 'Selam Bekele', email: 'selam@' });
  });
});

describe.runIf(databaseKind() === 'sqlite')('SQLite durability', () => {
  it('copies committed requests into the database file from its worker thread, well before the CMS connection would', async () => {
    // The CMS connection checkpoints only at 64 MB of log (config/database.ts); a few requests are
    // far from that, so a database file written to after them was written by the worker.
    const file = cms.env.DATABASE_FILENAME ?? '';
    const f = form('wifi-outage');
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const before = fs.statSync(file).mtimeMs;
    for (let i = 0; i < 5; i += 1) {
      const response = await submitGraphql(cms, { formCode: f.code, locale: 'en', answers: validAnswers(f), contact: CONTACT, idempotencyKey: newKey() });
      expect(response.body.data?.submitServiceRequest.reference).toBeTruthy();
    }
    await expect.poll(() => fs.statSync(file).mtimeMs, { timeout: 5_000 }).toBeGreaterThan(before);
  });
});

describe('the status look-up', () => {
  let reference = '';
  beforeAll(async () => {
    const f = form('wifi-outage');
    const response = await submitGraphql(cms, { formCode: f.code, locale: 'en', answers: validAnswers(f), contact: CONTACT, idempotencyKey: newKey() });
    reference = response.body.data?.submitServiceRequest.reference ?? '';
  });

  it('shows the status and timeline to whoever has the reference and the email, typed loosely', async () => {
    const loose = reference.toLowerCase().replace(/-/g, ' ');
    const response = await lookup(cms, loose, ` ${CONTACT.email.toUpperCase()} `, 'es');
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.serviceRequestStatus).toMatchObject({
      reference,
      status: 'submitted',
      statusLabel: 'Recibida',
      publicNotes: [],
      timeline: [{ status: 'submitted', statusLabel: 'Recibida', publicNote: null }],
    });
  });

  it('never offers contact details or internal notes', async () => {
    for (const field of ['contact { email }', 'email', 'internalNote', 'timeline { internalNote }', 'timeline { by }']) {
      const response = await graphql(cms.url, `query($r: String!, $e: String!) { serviceRequestStatus(reference: $r, email: $e) { ${field} } }`, { r: reference, e: CONTACT.email });
      expect(response.body.errors?.[0]?.extensions?.code, field).toBe('GRAPHQL_VALIDATION_FAILED');
    }
  });

  it('answers a wrong reference, a wrong email and a malformed reference identically, in comparable time', async () => {
    const otherReference = reference.replace(/.$/, (last) => (last === '2' ? '3' : '2'));
    const probes = {
      wrongReference: () => lookup(cms, otherReference, CONTACT.email),
      wrongEmail: () => lookup(cms, reference, 'someone.else@example.com'),
      malformed: () => lookup(cms, 'hello', CONTACT.email),
    };
    const answers = await Promise.all(Object.values(probes).map((probe) => probe()));
    for (const answer of answers) {
      expect(answer.status).toBe(answers[0]?.status);
      expect(answer.body).toEqual(answers[0]?.body);
    }
    expect(answers[0]?.body.errors?.[0]?.extensions?.code).toBe('STRAPI_NOT_FOUND_ERROR');

    const timings: Record<string, number[]> = { wrongReference: [], wrongEmail: [] };
    for (let round = 0; round < 15; round += 1) {
      for (const name of ['wrongReference', 'wrongEmail'] as const) {
        const started = performance.now();
        await probes[name]();
        timings[name]?.push(performance.now() - started);
      }
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
    expect(Math.abs(median(timings.wrongReference ?? []) - median(timings.wrongEmail ?? []))).toBeLessThan(25);
  });
});

describe('what the public can reach', () => {
  it('has no REST find, findOne or CRUD for requests or the outbox', async () => {
    for (const [method, path] of [
      ['GET', '/api/service-requests'],
      ['GET', '/api/service-requests/1'],
      ['POST', '/api/service-requests'],
      ['PUT', '/api/service-requests/1'],
      ['DELETE', '/api/service-requests/1'],
      ['GET', '/api/outbox-messages'],
    ] as const) {
      const response = await request(`${cms.url}${path}`, { method, headers: { 'content-type': 'application/json' }, body: method === 'GET' || method === 'DELETE' ? undefined : '{}' });
      expect([404, 405], `${method} ${path}`).toContain(response.status);
    }
  });

  it('has no GraphQL queries or mutations over requests other than the two', async () => {
    for (const query of ['{ serviceRequests { reference } }', '{ serviceRequest(documentId: "x") { reference } }', 'mutation { createServiceRequest(data: {}) { reference } }', '{ outboxMessages { recipient } }']) {
      const response = await graphql(cms.url, query);
      expect(response.body.errors?.[0]?.extensions?.code, query).toBe('GRAPHQL_VALIDATION_FAILED');
    }
  });

  it('answers only form bodies on the form endpoint (415 otherwise)', async () => {
    const json = await request(`${cms.url}/api/service-requests/submit`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(json.status).toBe(415);
    const text = await request(`${cms.url}/api/service-requests/submit`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hello' });
    expect(text.status).toBe(415);
  });
});

describe('published forms kept in memory', () => {
  const FORMS = '/content-manager/collection-types/api::service-form.service-form';
  const DEPARTMENTS = '/content-manager/collection-types/api::department.department';
  const field = (maxLength: number) => ({ __component: 'form-field.short-text', key: 'what', label: 'What happened', required: true, maxLength });

  it('submits against the form as last published: a changed form, a renamed department, an unpublished form', async () => {
    const token = await adminLogin(cms.url, cms.editor.email, cms.editor.password);
    const write = async (method: string, path: string, payload: unknown = {}) => {
      const response = await request<{ data?: { documentId: string }; error?: unknown }>(`${cms.url}${path}`, jsonInit(method, payload, token));
      expect(response.status, `${method} ${path}: ${JSON.stringify(response.body)}`).toBeLessThan(300);
      return response.body.data?.documentId ?? '';
    };
    const department = await write('POST', `${DEPARTMENTS}?locale=en`, { name: 'Cache Department', slug: 'cache-department', summary: 'For the form cache test.' });
    await write('POST', `${DEPARTMENTS}/${department}/actions/publish?locale=en`);
    const formId = await write('POST', `${FORMS}?locale=en`, {
      code: 'cache-check',
      title: 'Cache check, first version',
      fields: [field(50)],
      department: { connect: [{ documentId: department, locale: 'en' }] },
    });
    await write('POST', `${FORMS}/${formId}/actions/publish?locale=en`);

    const submit = (what: string) => submitGraphql(cms, { formCode: 'cache-check', locale: 'en', answers: { what }, contact: CONTACT, idempotencyKey: newKey() });
    const forty = 'x'.repeat(40);
    const first = (await submit(forty)).body.data?.submitServiceRequest;
    expect(first).toMatchObject({ formTitle: 'Cache check, first version', nextSteps: { departmentName: 'Cache Department' } });
    // Twice, so the second answer certainly came from memory.
    expect((await submit(forty)).body.data?.submitServiceRequest.formTitle).toBe('Cache check, first version');

    // A shorter limit and a new title: the next submission is checked against them.
    await write('PUT', `${FORMS}/${formId}?locale=en`, { title: 'Cache check, second version', fields: [field(20)] });
    expect((await submit(forty)).body.data?.submitServiceRequest.formTitle).toBe('Cache check, first version');
    await write('POST', `${FORMS}/${formId}/actions/publish?locale=en`);
    expect(fieldErrorsOf((await submit(forty)).body)).toEqual([{ field: 'what', message: expect.stringMatching(/20 characters or fewer/) }]);
    const second = (await submit('x'.repeat(20))).body.data?.submitServiceRequest;
    expect(second?.formTitle).toBe('Cache check, second version');
    const [stored] = await queryDatabase<{ form_snapshot: unknown }>(cms, 'SELECT form_snapshot FROM service_requests WHERE reference = ?', [second?.reference]);
    const snapshot = typeof stored?.form_snapshot === 'string' ? (JSON.parse(stored.form_snapshot) as { title: string }) : (stored?.form_snapshot as { title: string });
    expect(snapshot.title).toBe('Cache check, second version');

    // What the snapshot takes from the department follows the department's publication too.
    await write('PUT', `${DEPARTMENTS}/${department}?locale=en`, { name: 'Renamed Department' });
    await write('POST', `${DEPARTMENTS}/${department}/actions/publish?locale=en`);
    expect((await submit('short')).body.data?.submitServiceRequest.nextSteps.departmentName).toBe('Renamed Department');

    await write('POST', `${FORMS}/${formId}/actions/unpublish?locale=en`);
    expect(fieldErrorsOf((await submit('short')).body)).toEqual([{ field: 'formCode', message: expect.stringMatching(/not available/) }]);
  });
});
