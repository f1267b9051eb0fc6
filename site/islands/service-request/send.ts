// Sending a request to the CMS from the island. Every outcome the resident must hear about is a
// value, never a thrown error, so the form can say plainly what happened and keep every answer.
import { z } from 'zod';
import { fieldErrorSchema, type FieldError } from '@city/shared/forms';
import type { Locale } from '@city/shared/locales';
import { SubmitServiceRequestDocument } from '../../graphql/generated/graphql';
import type { GraphqlError, RunGraphql } from '../lib/graphql';
import type { ChosenFiles } from './model';

/** What the resident is told after sending; the CMS sends more, the island reads only this. */
export const receiptSchema = z.object({
  reference: z.string().min(1),
  statusLabel: z.string().nullish(),
  nextSteps: z
    .object({ confirmationText: z.string().nullish(), responseTime: z.string().nullish() })
    .nullish()
    .transform((value) => value ?? {}),
});
export type Receipt = z.infer<typeof receiptSchema>;

export interface Submission {
  formCode: string;
  locale: Locale;
  answers: Record<string, unknown>;
  contact: Record<string, string>;
  idempotencyKey: string;
  /** When the resident opened the form (ms since epoch); the CMS asks a post made too fast to confirm (bots). */
  startedAt: number;
  /** The form's hidden field, as the page holds it: people never fill it. */
  honeypot: string;
  /** The CMS's proof from a send it asked to confirm; sent again with the same key, it is stored. */
  confirmation?: string | undefined;
  /** The files for file fields; `answers` describes them, these carry the bytes. */
  files: ChosenFiles;
}

export type SendOutcome =
  | { kind: 'sent'; receipt: Receipt }
  /**
   * The CMS found problems (a file's real type, a form changed since the page was built), or asks
   * to confirm a send that looked automated (field `confirmation`, with the proof to send again).
   */
  | { kind: 'invalid'; errors: FieldError[]; confirmation?: string }
  /** No answer at all: offline, DNS, a dropped connection. Safe to retry with the same key. */
  | { kind: 'network' }
  | { kind: 'rate-limited' }
  /** The key was already used for different answers. */
  | { kind: 'conflict' }
  /** Anything else (5xx, a malformed answer). Also safe to retry with the same key. */
  | { kind: 'failed' };

export type SendRequest = (submission: Submission) => Promise<SendOutcome>;

const errorBodySchema = z.object({
  error: z.object({ details: z.object({ errors: z.array(fieldErrorSchema), confirmation: z.string() }).partial().nullish() }).nullish(),
});

/** An invalid outcome, with the CMS's proof when it asked to confirm. */
const invalid = (errors: FieldError[], confirmation: string | undefined): SendOutcome => ({ kind: 'invalid', errors, ...(confirmation ? { confirmation } : {}) });

/** The CMS's answer to a form post with `Accept: application/json`, as an outcome. */
export async function outcomeOfResponse(response: Response): Promise<SendOutcome> {
  const body: unknown = await response.json().catch(() => undefined);
  if (response.ok) {
    // Only a receipt is success: anything else is "failed", never shown as sent.
    const data = z.object({ data: receiptSchema }).safeParse(body);
    return data.success ? { kind: 'sent', receipt: data.data.data } : { kind: 'failed' };
  }
  if (response.status === 400) {
    const errors = errorBodySchema.safeParse(body);
    const details = errors.success ? errors.data.error?.details : undefined;
    const list = details?.errors ?? [];
    return list.length > 0 ? invalid(list, details?.confirmation) : { kind: 'failed' };
  }
  if (response.status === 429) return { kind: 'rate-limited' };
  if (response.status === 422) return { kind: 'conflict' };
  return { kind: 'failed' };
}

/** The multipart body the no-JavaScript form would post, with the files added. */
export function formDataOf(submission: Submission): FormData {
  const data = new FormData();
  data.set('formCode', submission.formCode);
  data.set('locale', submission.locale);
  data.set('idempotencyKey', submission.idempotencyKey);
  data.set('startedAt', String(submission.startedAt));
  data.set('honeypot', submission.honeypot);
  if (submission.confirmation) data.set('confirmation', submission.confirmation);
  for (const [key, value] of Object.entries(submission.answers)) {
    if (submission.files[key]) continue;
    for (const item of Array.isArray(value) ? value : [value]) data.append(`answers[${key}]`, String(item));
  }
  for (const [key, chosen] of Object.entries(submission.files)) for (const { file } of chosen) data.append(`answers[${key}]`, file, file.name);
  for (const [name, value] of Object.entries(submission.contact)) data.set(`contact[${name}]`, value);
  return data;
}

/** Posts to the form endpoint as the island: multipart, so files travel with the answers. */
export function sendAsFormPost(endpoint: string, fetchImpl: typeof fetch = fetch): SendRequest {
  return async (submission) => {
    let response: Response;
    try {
      response = await fetchImpl(endpoint, { method: 'POST', body: formDataOf(submission), headers: { accept: 'application/json' }, credentials: 'omit' });
    } catch {
      return { kind: 'network' };
    }
    return outcomeOfResponse(response);
  };
}

const fieldErrorsDetails = z.object({ errors: z.array(fieldErrorSchema).min(1), confirmation: z.string().optional() });

/** The outcome GraphQL errors stand for (codes from cms/src/api/service-request/graphql/service-request.ts). */
export function outcomeOfGraphqlErrors(errors: GraphqlError[]): SendOutcome {
  for (const error of errors) {
    if (error.code === 'BAD_USER_INPUT') {
      const details = fieldErrorsDetails.safeParse(error.details);
      if (details.success) return invalid(details.data.errors, details.data.confirmation);
    }
    if (error.code === 'STRAPI_RATE_LIMIT_ERROR') return { kind: 'rate-limited' };
    if (error.code === 'STRAPI_IDEMPOTENCY_CONFLICT_ERROR') return { kind: 'conflict' };
  }
  return { kind: 'failed' };
}

/**
 * Sends through the typed GraphQL mutation, which reaches the same intake; a request with files goes
 * as a multipart post to the form endpoint instead, since the mutation takes no files.
 */
export function sendThroughCms(runGraphql: RunGraphql, formEndpoint: string, fetchImpl?: typeof fetch): SendRequest {
  const postForm = sendAsFormPost(formEndpoint, fetchImpl);
  return async (submission) => {
    const hasFiles = Object.values(submission.files).some((chosen) => chosen.length > 0);
    if (hasFiles) return postForm(submission);
    const { formCode, locale, answers, contact, idempotencyKey, startedAt, honeypot, confirmation } = submission;
    const input = { formCode, locale, answers, contact, idempotencyKey, startedAt, honeypot, ...(confirmation ? { confirmation } : {}) };
    const outcome = await runGraphql(SubmitServiceRequestDocument, { input });
    if (outcome.kind === 'data') {
      const receipt = receiptSchema.safeParse(outcome.data.submitServiceRequest);
      return receipt.success ? { kind: 'sent', receipt: receipt.data } : { kind: 'failed' };
    }
    if (outcome.kind === 'errors') return outcomeOfGraphqlErrors(outcome.errors);
    return outcome.kind === 'network' ? { kind: 'network' } : { kind: 'failed' };
  };
}
