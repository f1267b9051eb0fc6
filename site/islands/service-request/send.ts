// Sending a request to the CMS from the island. Every outcome the resident must hear about is a
// value, never a thrown error, so the form can say plainly what happened and keep every answer.
import { z } from 'zod';
import { fieldErrorSchema, locationAnswerSchema, type FieldError, type LocationAnswer } from '@city/shared/forms';
import type { Locale } from '@city/shared/locales';
import { SubmitServiceRequestDocument } from '../../graphql/generated/graphql';
import type { GraphqlError, RunGraphql } from '../lib/graphql';
import { isChosenHere, type ChosenFiles } from './model';

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
  /** A solved proof-of-work challenge (shared/challenge), when the CMS asked for one. */
  challenge?: string | undefined;
  /** The token of saved answers ("Save and come back later") this request continues: sending uses them up. */
  resumeToken?: string | undefined;
  /** The files for file fields; `answers` describes them, these carry the bytes (kept ones go by `staged`). */
  files: ChosenFiles;
  /** The id of the files the CMS keeps for this fill from pages posted without JavaScript. */
  staged?: string | undefined;
}

export type SendOutcome =
  | { kind: 'sent'; receipt: Receipt }
  /**
   * The CMS found problems (a file's real type, a form changed since the page was built), or asks
   * to confirm a send that looked automated (field `confirmation`, with the proof to send again).
   */
  | { kind: 'invalid'; errors: FieldError[]; confirmation?: string }
  /**
   * Many requests came from this connection: the CMS stores this one once the browser solves the
   * challenge and sends it again with the same key (the form does, without asking the resident).
   */
  | { kind: 'challenge'; challenge: ChallengeOffer }
  /** No answer at all: offline, DNS, a dropped connection. Safe to retry with the same key. */
  | { kind: 'network' }
  | { kind: 'rate-limited' }
  /** The key was already used for different answers. */
  | { kind: 'conflict' }
  /** Anything else (5xx, a malformed answer). Also safe to retry with the same key. */
  | { kind: 'failed' };

export type SendRequest = (submission: Submission) => Promise<SendOutcome>;

/**
 * A challenge as the CMS sent it (details.challenge), unread: the solver checks its shape, so the
 * schema loads with the solver rather than with the page.
 */
export type ChallengeOffer = Record<string, unknown>;

/** Solves a challenge the CMS asked for; the payload to send as `challenge`, or undefined when it could not. */
export type SolveChallenge = (challenge: ChallengeOffer) => Promise<string | undefined>;

/**
 * The browser's solver, loaded only when a challenge is asked for (a dynamic import: the page's
 * initial JavaScript stays the same). Web Crypto only, no third party.
 */
export const solveInBrowser: SolveChallenge = async (challenge) => {
  try {
    const { solveToPayload } = await import('@city/shared/challenge-solver');
    return await solveToPayload(challenge);
  } catch {
    // The module could not load (offline, a new deployment) or Web Crypto refused: the form offers a retry.
    return undefined;
  }
};

const errorBodySchema = z.object({
  error: z.object({ details: z.object({ errors: z.array(fieldErrorSchema), confirmation: z.string(), challenge: z.unknown() }).partial().nullish() }).nullish(),
});

/**
 * The outcome of field errors: a challenge to solve when the CMS sent one, otherwise invalid, with
 * the CMS's proof when it asked to confirm.
 */
function invalid(errors: FieldError[], confirmation: string | undefined, challenge: unknown): SendOutcome {
  const offered = z.record(z.unknown()).safeParse(challenge);
  if (offered.success && errors.some((error) => error.field === 'challenge')) return { kind: 'challenge', challenge: offered.data };
  return { kind: 'invalid', errors, ...(confirmation ? { confirmation } : {}) };
}

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
    return list.length > 0 ? invalid(list, details?.confirmation, details?.challenge) : { kind: 'failed' };
  }
  if (response.status === 429) return { kind: 'rate-limited' };
  if (response.status === 422) return { kind: 'conflict' };
  return { kind: 'failed' };
}

const isLocation = (value: unknown): value is LocationAnswer => locationAnswerSchema.safeParse(value).success;

/** The multipart body the no-JavaScript form would post, with the files added. */
export function formDataOf(submission: Submission): FormData {
  const data = new FormData();
  data.set('formCode', submission.formCode);
  data.set('locale', submission.locale);
  data.set('idempotencyKey', submission.idempotencyKey);
  data.set('startedAt', String(submission.startedAt));
  data.set('honeypot', submission.honeypot);
  if (submission.confirmation) data.set('confirmation', submission.confirmation);
  if (submission.challenge) data.set('challenge', submission.challenge);
  if (submission.resumeToken) data.set('resumeToken', submission.resumeToken);
  if (submission.staged) data.set('staged', submission.staged);
  for (const [key, value] of Object.entries(submission.answers)) {
    if (submission.files[key]) continue;
    // A location goes as its address (or `lat, long`), which the CMS resolves as it does the no-JS form's.
    if (isLocation(value)) data.append(`answers[${key}]`, value.address);
    else for (const item of Array.isArray(value) ? value : [value]) data.append(`answers[${key}]`, String(item));
  }
  // A file the CMS keeps for the fill is not posted again: `staged` names it.
  for (const [key, chosen] of Object.entries(submission.files)) for (const item of chosen) if (isChosenHere(item)) data.append(`answers[${key}]`, item.file, item.file.name);
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

const fieldErrorsDetails = z.object({ errors: z.array(fieldErrorSchema).min(1), confirmation: z.string().optional(), challenge: z.unknown() });

/** The outcome GraphQL errors stand for (codes from cms/src/api/service-request/graphql/service-request.ts). */
export function outcomeOfGraphqlErrors(errors: GraphqlError[]): SendOutcome {
  for (const error of errors) {
    if (error.code === 'BAD_USER_INPUT') {
      const details = fieldErrorsDetails.safeParse(error.details);
      if (details.success) return invalid(details.data.errors, details.data.confirmation, details.data.challenge);
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
    // Kept files (`staged`) are joined to the request by the form endpoint too.
    const hasFiles = Object.values(submission.files).some((chosen) => chosen.length > 0);
    if (hasFiles || submission.staged) return postForm(submission);
    const { formCode, locale, answers, contact, idempotencyKey, startedAt, honeypot, confirmation, challenge, resumeToken } = submission;
    const input = {
      formCode,
      locale,
      answers,
      contact,
      idempotencyKey,
      startedAt,
      honeypot,
      ...(confirmation ? { confirmation } : {}),
      ...(challenge ? { challenge } : {}),
      ...(resumeToken ? { resumeToken } : {}),
    };
    const outcome = await runGraphql(SubmitServiceRequestDocument, { input });
    if (outcome.kind === 'data') {
      const receipt = receiptSchema.safeParse(outcome.data.submitServiceRequest);
      return receipt.success ? { kind: 'sent', receipt: receipt.data } : { kind: 'failed' };
    }
    if (outcome.kind === 'errors') return outcomeOfGraphqlErrors(outcome.errors);
    return outcome.kind === 'network' ? { kind: 'network' } : { kind: 'failed' };
  };
}
