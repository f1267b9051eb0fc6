import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { messageLocale, normalizeReference, replyForm, validateAnswers, type FieldError } from '@city/shared/forms';
import { resources } from '@city/shared/i18n';
import { REQUEST_UID, referencePrefix } from '../../../lib/constants';
import { SubmissionInvalidError } from '../../../lib/errors';
import { rateLimiter } from '../../../lib/rate-limit';
import { requestDocuments, type StatusChange } from '../../../lib/stored-request';
import { prepareFile, removeAttachments, storeAttachments, type IncomingFile } from './attachments';
import { findRequest } from './requests';
import { emailHash, intake, type StatusView } from '../services/intake';

/**
 * A resident's answer to a request that waits for them ("waiting for you"), from the track page:
 * with JavaScript and without, one function. The same reference + email check as the status
 * look-up (one "not found" for a wrong email and an unknown reference) and the same rate limit; the
 * message and files checked with the request forms' rules (shared/forms/reply.ts); the files stored
 * like the intake's, privately. Stored, the request goes back to staff's queue (in review) with a
 * history entry of kind `resident_reply`.
 *
 * Posting the same reply twice (a double click, a refreshed post without JavaScript) stores it
 * once: the status moves from waiting_for_resident to in_review with a compare-and-set, so only one
 * of two concurrent posts can store; the other, and any later repeat, finds the same words and files
 * as the last reply since the City last asked, and gets the same answer.
 */

export const REPLY_NOT_FOUND_MESSAGE = 'No request matches this reference and email address.';

export interface ReplyInput {
  reference: unknown;
  email: unknown;
  message: unknown;
  locale: unknown;
  files: IncomingFile[];
}

export interface ReplyResult {
  /** True when this reply was already stored: nothing new was. */
  replayed: boolean;
  /** The request as the resident now reads it, the reply in its timeline. */
  view: StatusView;
}

/** The form-level error of a reply to a request that is not waiting for one. */
export const REPLY_FORM_FIELD = 'reply';

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The reply the City is waiting for: its words, and the names of its files as the history lists them. */
interface Reply {
  message: string;
  fileNames: string;
}

/** The last reply since the City last asked for one, when it says the same: then this post is a repeat. */
function isRepeat(history: StatusChange[], reply: Reply): boolean {
  const ordered = [...history].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const lastIndex = (matches: (entry: StatusChange) => boolean) => ordered.reduce((last, entry, index) => (matches(entry) ? index : last), -1);
  const lastAsked = lastIndex((entry) => entry.kind !== 'resident_reply' && entry.status === 'waiting_for_resident');
  const lastReply = lastIndex((entry) => entry.kind === 'resident_reply');
  const found = ordered[lastReply];
  return lastReply > lastAsked && found !== undefined && (found.publicNote ?? '') === reply.message && (found.detail ?? '') === reply.fileNames;
}

interface RequestRows {
  updateMany(params: { where: Record<string, unknown>; data: Record<string, unknown> }): Promise<{ count: number }>;
  findOne(params: { where: Record<string, unknown>; select: string[]; populate: { attachments: { select: string[] } } }): Promise<{ attachments?: { id: number }[] | null } | null>;
}

interface StaffNotices {
  residentReplied(reference: string): Promise<number>;
}
/** The desk's notices (plugins/requests-desk); absent when the desk plugin is not enabled. */
const staffNotices = (strapi: Core.Strapi): StaffNotices | undefined => strapi.plugin('requests-desk')?.service('notices') as StaffNotices | undefined;

export async function replyAsResident(strapi: Core.Strapi, input: ReplyInput, requester: { address: string }): Promise<ReplyResult> {
  const locale = messageLocale(text(input.locale));
  // As the look-up: every attempt counts, so guessing emails costs the same here as there.
  const decision = await rateLimiter(strapi).hit('lookup', requester.address);
  if (!decision.allowed) throw new errors.RateLimitError('Too many requests. Try again later.', { retryAfterSeconds: decision.retryAfterS });

  const words = resources[locale].statusLookup;
  const prepared = await Promise.all(input.files.map(prepareFile));
  const checked = validateAnswers(replyForm({ message: words.reply.messageLabel, files: words.reply.filesLabel }), locale, {
    // No one types a NUL character, and PostgreSQL cannot store one (the reply was a 500).
    message: text(input.message).replace(/\u0000/g, ''),
    files: prepared.map((file) => file.answer),
  });
  if (!checked.success) throw new SubmissionInvalidError(checked.errors);
  const reply: Reply = { message: String(checked.data.message ?? ''), fileNames: prepared.map((file) => file.answer.name).join(', ') };

  const reference = normalizeReference(text(input.reference), referencePrefix()) ?? 'INVALID';
  const email = text(input.email);
  const where = { reference, contactEmailHash: emailHash(email) };
  const found = await findRequest(strapi, where);
  if (!found) throw new errors.NotFoundError(REPLY_NOT_FOUND_MESSAGE);
  const view = async () => {
    const current = await intake(strapi).lookup(reference, email, locale);
    if (!current) throw new errors.NotFoundError(REPLY_NOT_FOUND_MESSAGE);
    return current;
  };
  const notWaiting = (): never => {
    const fieldErrors: FieldError[] = [{ field: REPLY_FORM_FIELD, message: words.reply.notWaiting }];
    throw new SubmissionInvalidError(fieldErrors, 'This request is not waiting for a reply.');
  };
  if (isRepeat(found.statusHistory, reply)) return { replayed: true, view: await view() };
  if (found.requestStatus !== 'waiting_for_resident') notWaiting();

  const attachmentIds = await storeAttachments(strapi, prepared);
  const rows = strapi.db.query(REQUEST_UID as UID.Schema) as unknown as RequestRows;
  let stored = false;
  try {
    stored = await strapi.db.transaction(async () => {
      // The compare-and-set: of two posts at once, one moves the status; the other's count is 0.
      // Status and history then commit together. The history middleware (status-history.ts) sees no
      // change of status in the update below (it is already in_review) and adds no entry of its own.
      const { count } = await rows.updateMany({ where: { documentId: found.documentId, requestStatus: 'waiting_for_resident' }, data: { requestStatus: 'in_review' } });
      if (count === 0) return false;
      const request = await findRequest(strapi, { documentId: found.documentId });
      const row = await rows.findOne({ where: { documentId: found.documentId }, select: ['id'], populate: { attachments: { select: ['id'] } } });
      if (!request) return false;
      const entry = { kind: 'resident_reply', status: 'in_review', publicNote: reply.message, at: new Date().toISOString(), by: 'resident', detail: reply.fileNames || null };
      await requestDocuments(strapi).update({
        documentId: found.documentId,
        data: {
          requestStatus: 'in_review',
          statusHistory: [...request.statusHistory, entry],
          attachments: [...(row?.attachments ?? []).map((file) => file.id), ...attachmentIds],
        },
      });
      await staffNotices(strapi)?.residentReplied(reference);
      return true;
    });
  } catch (error) {
    await removeAttachments(strapi, attachmentIds);
    throw error;
  }
  if (stored) return { replayed: false, view: await view() };
  // A concurrent twin stored first (then this is the same reply), or staff moved the request on.
  await removeAttachments(strapi, attachmentIds);
  const now = await findRequest(strapi, where);
  if (now && isRepeat(now.statusHistory, reply)) return { replayed: true, view: await view() };
  return notWaiting();
}
