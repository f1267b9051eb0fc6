/** Helpers shared by the service-request API tests: forms, submissions, direct database reads. */
import crypto from 'node:crypto';
import { serviceFormSchema, type FormField, type ServiceForm } from '@city/shared/forms';
import type { RunningCms } from './harness/cms';
import { countRows, queryRows } from './harness/database';
import { adminLogin, graphql, jsonInit, request, type GraphqlBody, type JsonResponse } from './harness/http';

export const SUBMIT = /* GraphQL */ `
  mutation Submit($input: SubmitServiceRequestInput!) {
    submitServiceRequest(input: $input) {
      reference
      status
      statusLabel
      submittedAt
      replayed
      formCode
      formTitle
      serviceSlug
      nextSteps { confirmationText responseTime divisionName departmentName }
    }
  }
`;

export const STATUS = /* GraphQL */ `
  query Status($reference: String!, $email: String!, $locale: String) {
    serviceRequestStatus(reference: $reference, email: $email, locale: $locale) {
      reference
      status
      statusLabel
      formTitle
      submittedAt
      updatedAt
      publicNotes
      timeline { status statusLabel publicNote at }
    }
  }
`;

export interface Receipt {
  reference: string;
  status: string;
  statusLabel: string;
  submittedAt: string;
  replayed: boolean;
  formCode: string;
  formTitle: string;
  serviceSlug: string | null;
  nextSteps: { confirmationText: string | null; responseTime: string | null; divisionName: string | null; departmentName: string | null };
}
export interface StatusViewBody {
  reference: string;
  status: string;
  statusLabel: string;
  formTitle: string;
  publicNotes: string[];
  timeline: { status: string; statusLabel: string; publicNote: string | null; at: string }[];
}
export interface FieldErrorBody {
  field: string;
  message: string;
}
export type GraphqlError = NonNullable<GraphqlBody<unknown>['errors']>[number] & {
  extensions?: { code?: string; error?: { details?: { errors?: FieldErrorBody[] } } };
};

export const newKey = (): string => crypto.randomUUID();

export interface SubmissionInput {
  formCode: string;
  locale: string;
  answers: Record<string, unknown>;
  contact: Record<string, unknown>;
  idempotencyKey: string;
  /** Saved answers this request continues ("Save and come back later"). */
  resumeToken?: string;
}

export async function submitGraphql(cms: RunningCms, input: SubmissionInput): Promise<JsonResponse<GraphqlBody<{ submitServiceRequest: Receipt }>>> {
  return graphql<{ submitServiceRequest: Receipt }>(cms.url, SUBMIT, { input });
}

export async function lookup(cms: RunningCms, reference: string, email: string, locale?: string) {
  return graphql<{ serviceRequestStatus: StatusViewBody }>(cms.url, STATUS, { reference, email, locale });
}

/** The field errors of a GraphQL response that refused a submission. */
export function fieldErrorsOf(body: GraphqlBody<unknown>): FieldErrorBody[] {
  const error = body.errors?.[0] as GraphqlError | undefined;
  return error?.extensions?.error?.details?.errors ?? [];
}

/** The published forms of a locale, parsed with the same schema the CMS uses. */
export async function publishedForms(cms: RunningCms, locale: string): Promise<Map<string, ServiceForm>> {
  const response = await request<{ data: unknown[] }>(`${cms.url}/api/service-forms?locale=${locale}&pagination[pageSize]=100`);
  if (response.status !== 200) throw new Error(`service forms: ${response.status}`);
  return new Map(response.body.data.map((raw) => serviceFormSchema.parse(raw)).map((form) => [form.code, form]));
}

const DAY_MS = 86_400_000;
export const shiftDate = (iso: string, days: number): string => new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** A value each field accepts, derived from its published constraints (file fields excluded). */
export function validValue(field: FormField): unknown {
  switch (field.__component) {
    case 'form-field.short-text': {
      if (field.pattern) {
        const sample = 'https://www.example.gov/page';
        if (!new RegExp(field.pattern).test(sample)) throw new Error(`no sample for pattern ${field.pattern}`);
        return sample;
      }
      return 'A'.repeat(Math.min(Math.max(field.minLength ?? 0, 8), field.maxLength ?? 8));
    }
    case 'form-field.long-text':
      return 'The problem happens every morning at the library. '.repeat(3).slice(0, Math.max(field.minLength ?? 0, Math.min(field.maxLength ?? 150, 150)));
    case 'form-field.email':
      return 'someone@example.com';
    case 'form-field.phone':
      return '703 555 0123';
    case 'form-field.number':
      return field.min ?? 1;
    case 'form-field.date':
      return field.minDate ?? field.maxDate ?? '2026-06-01';
    case 'form-field.single-choice':
      return field.options[0]?.value;
    case 'form-field.multiple-choice':
      return field.options.slice(0, Math.max(1, field.minSelected ?? 1)).map((option) => option.value);
    case 'form-field.checkbox':
      return true;
    case 'form-field.address':
      return '301 King Street, Alexandria, VA 22314';
    case 'form-field.location':
      return { address: '301 King St', lat: 38.8048, long: -77.0432 };
    case 'form-field.file-upload':
      return undefined;
  }
}

/**
 * Valid answers to every question of a form that is not a file field, chosen so that every question
 * with a condition (its own or its step's) is asked: a hidden question's answer would be dropped and
 * its checks never run. Exit pages' conditions are left alone (the first options never end a demo form).
 */
export function validAnswers(form: ServiceForm): Record<string, unknown> {
  const answers: Record<string, unknown> = Object.fromEntries(form.fields.filter((field) => field.__component !== 'form-field.file-upload').map((field) => [field.key, validValue(field)]));
  const conditions = [...form.steps.map((step) => step.showWhen), ...form.fields.map((field) => field.showWhen)].filter((condition) => condition !== undefined);
  for (const condition of conditions) {
    const question = form.fields.find((field) => field.key === condition.question);
    if (!question || condition.operator === 'answered') continue;
    const [first = ''] = condition.values;
    if (question.__component === 'form-field.multiple-choice') answers[question.key] = condition.operator === 'one_of' ? [first] : condition.values;
    else if (question.__component === 'form-field.checkbox') answers[question.key] = first === 'true';
    else answers[question.key] = condition.operator === 'includes' ? condition.values.join(' ') : first;
  }
  return answers;
}

export const CONTACT = { name: 'Ana Resident', email: 'ana.resident@example.com', phone: '+1 703 555 0100' };

/** Posts the no-JavaScript form as the browser would; never follows the redirect. */
export async function postForm(cms: RunningCms, fields: [string, string | Blob, string?][], options: { multipart?: boolean; json?: boolean } = {}) {
  let body: FormData | URLSearchParams;
  if (options.multipart) {
    const form = new FormData();
    for (const [name, value, filename] of fields) {
      if (typeof value === 'string') form.append(name, value);
      else form.append(name, value, filename);
    }
    body = form;
  } else {
    body = new URLSearchParams(fields.map(([name, value]) => [name, String(value)]));
  }
  const response = await fetch(`${cms.url}/api/service-requests/submit`, {
    method: 'POST',
    body,
    redirect: 'manual',
    headers: options.json ? { accept: 'application/json' } : { accept: 'text/html' },
  });
  const text = await response.text();
  return { status: response.status, location: response.headers.get('location'), headers: response.headers, text };
}

/** Form fields for a submission, the way an HTML form names them. */
export function formFields(input: SubmissionInput, extra: [string, string][] = []): [string, string][] {
  const fields: [string, string][] = [
    ['formCode', input.formCode],
    ['locale', input.locale],
    ['idempotencyKey', input.idempotencyKey],
    ['startedAt', String(Date.now() - 60_000)],
  ];
  for (const [key, value] of Object.entries(input.answers)) {
    if (value === undefined) continue;
    // A location travels in a form as its address, which the CMS finds among the address points.
    if (typeof value === 'object' && value !== null && 'address' in value) {
      fields.push([`answers[${key}]`, String(value.address)]);
      continue;
    }
    for (const item of Array.isArray(value) ? value : [value]) fields.push([`answers[${key}]`, String(item)]);
  }
  for (const [key, value] of Object.entries(input.contact)) fields.push([`contact[${key}]`, String(value)]);
  return [...fields, ...extra];
}

/** Runs a read-only query against the CMS's own database (to count what was really stored). */
export function queryDatabase<T = Record<string, unknown>>(cms: RunningCms, sql: string, params: unknown[] = []): Promise<T[]> {
  return queryRows<T>(cms.env, sql, params);
}

export function countRequests(cms: RunningCms, where = '1=1', params: unknown[] = []): Promise<number> {
  return countRows(cms.env, 'service_requests', where, params);
}

/** Bytes that start like each file type (enough for the magic-number check). */
export const FILE_BYTES = {
  pdf: () => new Blob([Buffer.from('%PDF-1.7\n% resident attachment\n')], { type: 'application/pdf' }),
  png: () => new Blob([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0])], { type: 'image/png' }),
  /** A Windows executable that claims to be a PDF. */
  exeAsPdf: () => new Blob([Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00])], { type: 'application/pdf' }),
};

export async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs = 20_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** A demo form asked one question a page (or not) in one language, saved and published as an editor does. */
export async function setOnePerPage(cms: RunningCms, formCode: string, locale: string, onePerPage: boolean): Promise<void> {
  const FORMS = '/content-manager/collection-types/api::service-form.service-form';
  const token = await adminLogin(cms.url, cms.editor.email, cms.editor.password);
  const [row] = await queryDatabase<{ document_id: string }>(cms, 'SELECT document_id FROM service_forms WHERE code = ?', [formCode]);
  const documentId = row?.document_id ?? '';
  for (const [method, path, payload] of [
    ['PUT', `${FORMS}/${documentId}?locale=${locale}`, { onePerPage }],
    ['POST', `${FORMS}/${documentId}/actions/publish?locale=${locale}`, {}],
  ] as const) {
    const response = await request(`${cms.url}${path}`, jsonInit(method, payload, token));
    if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(response.body)}`);
  }
}
