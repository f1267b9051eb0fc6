import type { Core } from '@strapi/strapi';
import {
  formatMessage,
  generateReference,
  normalizeReference,
  statusLabel,
  validateEnvelope,
  validateSubmission,
  visibleFields,
  type Answers,
  type RequestChannel,
  type RequestStatus,
  type SubmissionEnvelope,
} from '@city/shared/forms';
import { admit, checkBotSignals, countAccepted, requireSolvedChallenge, type Requester } from '../lib/abuse';
import { prepareFile, removeAttachments, storeAttachments, type IncomingFile, type PreparedFile } from '../lib/attachments';
import { referencePrefix } from '../../../lib/constants';
import { cityNameIn, confirmationEmail } from '../lib/emails';
import { IdempotencyConflictError, SubmissionInvalidError } from '../../../lib/errors';
import { sha256, submissionFingerprint } from '../../../lib/fingerprint';
import { loadPublishedForm } from '../lib/forms';
import { enqueueEmail } from '../../outbox-message/lib/outbox';
import { useUpSave } from '../../form-save/lib/saves';
import { findPublicRequest, findRequest, findRequestHead, insertRequest, type NewRequest, type RequestHead } from '../lib/requests';
import { changeStatus, publicTimeline, type PublicEvent } from '../lib/status-history';
import { cityCalendar } from '../../../lib/city-calendar';
import { dueAt } from '../../../lib/service-levels';
import type { FormSnapshot, StoredRequest } from '../../../lib/stored-request';
import { resolveTypedLocations, type LocatePoints } from '../../address-point/lib/typed-locations';
import { countSubmitted } from '../../../lib/form-metrics';

/**
 * The one way a service request enters the system. GraphQL, the no-JavaScript form POST and any
 * later channel (Open311, staff) call `submit`; it runs every abuse check (rate limit and, past the
 * allowance, the proof-of-work challenge; honeypot, fill time: lib/abuse.ts) for the channel,
 * validates against the published form with the same shared code the browser runs, stores exactly
 * one request per idempotency key, and queues the confirmation email.
 */

/** What the resident is told after submitting. */
export interface SubmissionReceipt {
  reference: string;
  status: RequestStatus;
  statusLabel: string;
  submittedAt: string;
  /** When the request should be answered (ISO 8601, UTC); absent when the form has no service level. */
  dueAt?: string;
  /** True when this key had already been used with the same submission: nothing new was stored. */
  replayed: boolean;
  formCode: string;
  formTitle: string;
  locale: string;
  serviceSlug?: string;
  nextSteps: { confirmationText?: string; responseTime?: string; divisionName?: string; departmentName?: string };
}

/** What the status look-up shows: never the contact details, never internal notes. */
export interface StatusView {
  reference: string;
  status: RequestStatus;
  statusLabel: string;
  formTitle: string;
  submittedAt: string;
  updatedAt: string;
  publicNotes: string[];
  /** Superseded by `events`; kept for the clients that read it. The same steps, with labels. */
  timeline: { status: RequestStatus; statusLabel: string; publicNote?: string; at: string }[];
  /** The public timeline, oldest first (lib/status-history.ts `publicTimeline`). */
  events: PublicEvent[];
}

export interface SubmitOptions {
  channel: RequestChannel;
  /** Who the rate limit counts: a visitor's address (rateLimitAddress) or an Open311 client. */
  requester: Requester;
  /** Files from a multipart form post, by field key. */
  files?: IncomingFile[];
  /** How typed addresses are looked up, when the caller has looked them up already for the same post. */
  locate?: LocatePoints;
}

const MAX_REFERENCE_ATTEMPTS = 5;

function receiptOf(request: Omit<RequestHead, 'idempotencyKey'> & { formSnapshot: FormSnapshot }, replayed: boolean): SubmissionReceipt {
  const form = request.formSnapshot;
  return {
    reference: request.reference,
    status: request.requestStatus,
    statusLabel: statusLabel(request.requestStatus, request.language),
    submittedAt: request.createdAt,
    dueAt: request.dueAt ?? undefined,
    replayed,
    formCode: request.formCode,
    formTitle: form.title,
    locale: request.language,
    serviceSlug: form.serviceSlug,
    nextSteps: { confirmationText: form.confirmationText, responseTime: form.responseTime, divisionName: form.divisionName, departmentName: form.departmentName },
  };
}

/** The look-up key of a contact email: wrong reference and wrong email then cost the same query. */
export const emailHash = (email: string) => sha256(email.trim().toLowerCase());

/** A submission as received: its envelope, and the files of the multipart post by question. */
export interface Attempt {
  envelope: SubmissionEnvelope;
  filesByField: Map<string, PreparedFile[]>;
}

export function groupByField(files: PreparedFile[]): Map<string, PreparedFile[]> {
  const filesByField = new Map<string, PreparedFile[]>();
  for (const file of files) filesByField.set(file.field, [...(filesByField.get(file.field) ?? []), file]);
  return filesByField;
}

/**
 * Validates against a form version and fingerprints the normalized result, so the same
 * answers give the same fingerprint whether they came as JSON or as form-encoded text.
 * File fields are answered by the files actually received, described by their bytes; a
 * client cannot claim a file it did not send. The demo backlog's seed checks its requests here too.
 */
export function checkAnswers({ envelope, filesByField }: Attempt, form: FormSnapshot, language: string) {
  const fileFields = form.fields.filter((field) => field.__component === 'form-field.file-upload').map((field) => field.key);
  const answers: Record<string, unknown> = { ...envelope.answers };
  for (const key of fileFields) answers[key] = (filesByField.get(key) ?? []).map((file) => file.answer);
  const result = validateSubmission(form, language, { answers, contact: envelope.contact });
  if (!result.success) return { ...result, fileFields };
  // Files sent for a question the answers do not ask (its condition failed) are neither stored nor kept.
  const asked = new Set(visibleFields({ fields: form.fields, steps: form.steps ?? [] }, result.data.answers).map((field) => field.key));
  const keptFileFields = fileFields.filter((key) => asked.has(key));
  // Sorted: the multipart parser lists a field's files in the order they finish writing to disk,
  // so a retry of the same files may list them differently and must still be the same answers.
  const digests = Object.fromEntries(keptFileFields.map((key) => [key, (filesByField.get(key) ?? []).map((file) => file.digest).sort()]));
  const fingerprint = submissionFingerprint({ formCode: envelope.formCode, locale: language, answers: result.data.answers, contact: result.data.contact, files: digests });
  return { ...result, fileFields: keptFileFields, fingerprint };
}

/** A repeat of a stored key: the same submission gets the same receipt, a different one a 422. */
function replay(attempt: Attempt, request: StoredRequest): SubmissionReceipt {
  const again = checkAnswers(attempt, request.formSnapshot, request.language);
  if (!again.success || again.fingerprint !== request.fingerprint || request.formCode !== attempt.envelope.formCode || request.language !== attempt.envelope.locale) {
    throw new IdempotencyConflictError();
  }
  return receiptOf(request, true);
}

/** The validated answers, each file question answered by its stored files (ids in the order they were stored). */
export function withStoredFiles(answers: Answers, fileFields: string[], filesByField: Map<string, PreparedFile[]>, attachmentIds: number[]): Answers {
  const stored: Answers = { ...answers };
  let next = 0;
  for (const key of fileFields) {
    const list = filesByField.get(key) ?? [];
    if (list.length > 0) stored[key] = list.map((file) => ({ ...file.answer, fileId: attachmentIds[next++] }));
  }
  return stored;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** The attempt with addresses typed for location questions replaced by their points (address-point/lib). */
  async function withTypedLocations(attempt: Attempt, form: Pick<FormSnapshot, 'fields'>, locate?: LocatePoints): Promise<Attempt> {
    const answers = await resolveTypedLocations(strapi, form.fields, attempt.envelope.answers, locate);
    return answers === attempt.envelope.answers ? attempt : { ...attempt, envelope: { ...attempt.envelope, answers } };
  }

  /** A stored request with this key, as its receipt; undefined for a first attempt. */
  async function storedReplay(attempt: Attempt, locate?: LocatePoints): Promise<SubmissionReceipt | undefined> {
    // Fast path for a retry of a stored request: one indexed query, the full row only on a hit.
    // Correctness does not rest on it: the unique index decides when two first attempts race (storeRequest).
    if (!(await findRequestHead(strapi, { idempotencyKey: attempt.envelope.idempotencyKey }))) return undefined;
    const earlier = await findRequest(strapi, { idempotencyKey: attempt.envelope.idempotencyKey });
    return earlier ? replay(await withTypedLocations(attempt, earlier.formSnapshot, locate), earlier) : undefined;
  }

  /**
   * The request and its confirmation email, committed together (one commit, and never a stored
   * request whose email was lost); the worker is woken once both are visible.
   */
  async function insertWithConfirmation(request: Omit<NewRequest, 'reference'>, reference: string, form: FormSnapshot): Promise<void> {
    const signature = await cityNameIn(strapi, request.language);
    await strapi.db.transaction(async () => {
      const created = await insertRequest(strapi, { ...request, reference });
      // Form metrics: counted with the request it counts, so a replay (nothing stored) counts nothing;
      // only the site's form (with or without JavaScript), whose fills the metrics see start.
      if (request.channel === 'web' || request.channel === 'web_nojs') await countSubmitted(strapi, request.formCode);
      await enqueueEmail(strapi, {
        kind: 'request_confirmation',
        recipient: request.contact.email,
        requestReference: reference,
        ...confirmationEmail({
          locale: request.language,
          name: request.contact.name,
          reference,
          formTitle: form.title,
          submittedAt: created.createdAt,
          confirmationText: form.confirmationText,
          responseTime: form.responseTime,
          cityName: signature,
        }),
      });
    });
  }

  /**
   * Stores the request under a fresh reference, read back before it is acknowledged; or, when a
   * concurrent twin with the same key won, that twin's receipt.
   */
  async function storeRequest(attempt: Attempt, request: Omit<NewRequest, 'reference'>, form: FormSnapshot): Promise<{ stored: RequestHead } | { replayed: SubmissionReceipt }> {
    for (let attempts = 1; ; attempts += 1) {
      const reference = generateReference(referencePrefix());
      try {
        await insertWithConfirmation(request, reference, form);
      } catch (error) {
        // Insert first, then look: a unique violation on the key means a concurrent twin won.
        const winner = await findRequest(strapi, { idempotencyKey: request.idempotencyKey });
        if (winner) {
          await removeAttachments(strapi, request.attachments);
          return { replayed: replay(attempt, winner) };
        }
        const referenceTaken = await findRequestHead(strapi, { reference });
        if (referenceTaken && attempts < MAX_REFERENCE_ATTEMPTS) continue;
        await removeAttachments(strapi, request.attachments);
        throw error;
      }
      // Strapi reports a transaction whose COMMIT failed (the database went away at that moment) as
      // a success: knex rejects only a promise nobody awaits. Read the request back outside the
      // transaction (on PostgreSQL, from the pool) before telling the resident it is stored; if it
      // is not there, fail, and the client's retry with the same key stores it
      // (cms/tests/reliability/crashes.reliability.test.ts).
      const stored = await findRequestHead(strapi, { reference });
      if (!stored || stored.idempotencyKey !== request.idempotencyKey) {
        throw new Error(`Request ${reference} was not confirmed by the database (its commit failed); not acknowledged`);
      }
      return { stored };
    }
  }

  /**
   * When a request received now is due: the form's service level counted on the city's calendar.
   * None without a target, or without a usable calendar (an error is logged then: city-calendar.ts).
   */
  async function dueTime(form: FormSnapshot, receivedAt: Date): Promise<string | null> {
    if (!form.serviceLevel) return null;
    const calendar = await cityCalendar(strapi);
    return calendar ? dueAt(receivedAt, form.serviceLevel, calendar).toISOString() : null;
  }

  return {
    async submit(input: unknown, options: SubmitOptions): Promise<SubmissionReceipt> {
      const envelope = validateEnvelope(input);
      if (!envelope.success) throw new SubmissionInvalidError(envelope.errors, 'The request is malformed.');
      const { formCode, locale, idempotencyKey } = envelope.data;
      const received: Attempt = { envelope: envelope.data, filesByField: groupByField(await Promise.all((options.files ?? []).map(prepareFile))) };

      const replayed = await storedReplay(received, options.locate);
      if (replayed) return replayed;

      // Before the form is loaded and the answers checked; counted only once the request is stored.
      // After the replay: a retry of a stored request gets its reference even when the budget is spent.
      const admission = await admit(strapi, options.requester, options.channel);

      const form = await loadPublishedForm(strapi, formCode, locale);
      if (!form) throw new SubmissionInvalidError([{ field: 'formCode', message: formatMessage(locale, 'form.unavailable') }]);
      const attempt = await withTypedLocations(received, form, options.locate);
      const result = checkAnswers(attempt, form, locale);
      if (!result.success) throw new SubmissionInvalidError(result.errors);
      // After validation, so a resident with a mistake hears about the mistake first.
      checkBotSignals({ channel: options.channel, idempotencyKey, locale, startedAt: envelope.data.startedAt, honeypot: envelope.data.honeypot, confirmation: envelope.data.confirmation });
      // Last of the checks, so a solution is spent only on a submission that is otherwise ready to store.
      if (admission === 'challenge') await requireSolvedChallenge(strapi, envelope.data.challenge, locale);
      const { fileFields, fingerprint } = result;

      // One instant for the history's first entry and the due time, so the two always agree; before
      // the files are stored, so a calendar that cannot be read leaves no orphaned attachment.
      const receivedAt = new Date();
      const due = await dueTime(form, receivedAt);

      const attachmentIds = await storeAttachments(strapi, fileFields.flatMap((key) => attempt.filesByField.get(key) ?? []));
      const resident = result.data.contact;
      const outcome = await storeRequest(
        attempt,
        {
          formCode,
          formDocumentId: form.documentId,
          divisionKey: form.divisionKey ?? null,
          formSnapshot: form,
          answers: withStoredFiles(result.data.answers, fileFields, attempt.filesByField, attachmentIds),
          attachments: attachmentIds,
          contact: resident,
          language: locale,
          channel: options.channel,
          statusHistory: [{ status: 'submitted', at: receivedAt.toISOString(), by: `resident (${options.channel})` }],
          dueAt: due,
          idempotencyKey,
          fingerprint,
          contactEmailHash: emailHash(resident.email),
        },
        form,
      );
      if ('replayed' in outcome) return outcome.replayed;
      await countAccepted(strapi, options.requester);
      // Sent from saved answers: they are deleted now, and the link says it was used.
      if (envelope.data.resumeToken) {
        await useUpSave(strapi, envelope.data.resumeToken).catch((error: unknown) => strapi.log.error(`Saved answers of request ${outcome.stored.reference} were not marked used: ${String(error)}`));
      }
      return receiptOf({ ...outcome.stored, formSnapshot: form }, false);
    },

    /**
     * Changes a request's status from code (Open311, staff tools, automations). Like a change in
     * the admin, it appends to the history (naming `by`) and emails the resident a public note.
     */
    async changeStatus(reference: string, change: { status: RequestStatus; publicNote?: string; internalNote?: string; by: string }): Promise<boolean> {
      const request = await findRequest(strapi, { reference });
      if (!request) return false;
      await changeStatus(strapi, request.documentId, change);
      return true;
    },

    /**
     * The status of a request for whoever knows its reference and email. A wrong reference and a
     * wrong email give the same answer (undefined) after the same work: one query, one comparison.
     */
    async lookup(referenceInput: string, email: string, locale?: string): Promise<StatusView | undefined> {
      const reference = normalizeReference(referenceInput, referencePrefix()) ?? 'INVALID';
      // One indexed query on both keys: a wrong reference and a wrong email both find no row, with
      // the same work, so timing does not tell which references exist.
      const request = await findPublicRequest(strapi, { reference, contactEmailHash: emailHash(email) });
      if (!request) return undefined;
      const language = locale ?? request.language;
      const events = publicTimeline(request.statusHistory, request.createdAt);
      const timeline = events.map((event) => ({ status: event.status, statusLabel: statusLabel(event.status, language), publicNote: event.publicNote, at: event.at }));
      return {
        reference: request.reference,
        status: request.requestStatus,
        statusLabel: statusLabel(request.requestStatus, language),
        formTitle: request.formSnapshot.title,
        submittedAt: request.createdAt,
        updatedAt: request.updatedAt,
        publicNotes: events.flatMap((event) => (event.publicNote ? [event.publicNote] : [])),
        timeline,
        events,
      };
    },
  };
};

export type IntakeService = ReturnType<typeof import('./intake').default>;
/** The intake service, typed. */
export const intake = (strapi: Core.Strapi): IntakeService => strapi.service('api::service-request.intake') as unknown as IntakeService;
