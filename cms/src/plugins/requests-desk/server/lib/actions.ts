import type { Core } from '@strapi/strapi';
import { namespaces, translator } from '@city/shared/i18n';
import type { BulkAction, BulkResult, DeskAction, DeskError } from '../../contract';
import { REQUEST_UID } from '../../../../lib/constants';
import type { StoredRequest } from '../../../../lib/stored-request';
import { recordChange } from '../../../../api/service-request/lib/status-history';
import { findRequest } from './detail';
import { inScope, type Scope } from './scope';
import { assignableStaff } from './staff';

type Refusal = DeskError['errors'][number];
const refuse = (field: string, code: string): { errors: Refusal[] } => ({ errors: [{ field, code }] });

const residentWords = translator<(typeof namespaces.desk)['en']>(namespaces.desk);

/** Where a closure leaves the request: fixed is resolved; the others are closed. */
const CLOSED_AS = { fixed: 'resolved', no_action: 'closed', referred: 'closed', duplicate: 'closed' } as const;

/**
 * Carries out one action on one request, recorded in its history with who and when (status-history.ts
 * writes the entry, sends the resident a public reply by email and keeps the response figures).
 * Nothing is ever deleted: closing, reassigning and marking a duplicate only add to the history.
 * Returns the refusal, or undefined when done. A request outside the user's divisions is "not
 * found", the same as one that does not exist.
 */
export async function act(strapi: Core.Strapi, scope: Scope, reference: string, action: DeskAction): Promise<{ errors: Refusal[] } | undefined> {
  const found = await findRequest(strapi, scope, reference);
  if (!found) return refuse('reference', 'notFound');
  const { request } = found;
  const documentId = request.documentId;
  switch (action.type) {
    case 'assign': {
      if (action.assigneeId === request.assigneeId) return refuse('assigneeId', 'nothingToDo');
      let detail = '';
      if (action.assigneeId !== null) {
        // Someone who can see this request: a supervisor, or staff of its division (not of any of the user's).
        const ofItsDivision: Scope = { ...scope, divisions: request.divisionKey ? [request.divisionKey] : [] };
        const person = (await assignableStaff(strapi, ofItsDivision)).find((candidate) => candidate.id === action.assigneeId);
        if (!person) return refuse('assigneeId', 'notAllowed');
        detail = person.name;
      }
      await recordChange(strapi, documentId, { data: { assigneeId: action.assigneeId }, facts: { kind: 'assignment', detail } });
      return undefined;
    }
    case 'status': {
      if (action.status === request.requestStatus && !action.publicNote && !action.internalNote) return refuse('status', 'nothingToDo');
      const reopening = !['resolved', 'closed', 'rejected'].includes(action.status) ? { closureReason: null, closureDetail: null, referralUrl: null, duplicateOf: null } : {};
      await recordChange(strapi, documentId, {
        data: { requestStatus: action.status, ...(request.closureReason ? reopening : {}) },
        publicNote: action.publicNote,
        internalNote: action.internalNote,
        facts: { kind: action.status === request.requestStatus ? 'note' : 'status' },
      });
      return undefined;
    }
    case 'note': {
      if (!action.publicNote && !action.internalNote) return refuse('internalNote', 'required');
      await recordChange(strapi, documentId, { data: {}, publicNote: action.publicNote, internalNote: action.internalNote, facts: { kind: 'note' } });
      return undefined;
    }
    case 'priority': {
      if (action.priority === request.priority) return refuse('priority', 'nothingToDo');
      await recordChange(strapi, documentId, { data: { priority: action.priority }, facts: { kind: 'priority', detail: action.priority } });
      return undefined;
    }
    case 'close': {
      if (action.reason !== 'fixed' && !action.detail) return refuse('detail', 'required');
      if (action.referralUrl && action.reason !== 'referred') return refuse('referralUrl', 'notAllowed');
      // The same closure sent again without a new reply is stored once, and the resident told once.
      const same =
        request.requestStatus === CLOSED_AS[action.reason] &&
        request.closureReason === action.reason &&
        request.closureDetail === (action.detail ?? null) &&
        request.referralUrl === (action.referralUrl ?? null);
      if (same && !action.publicNote) return refuse('reason', 'nothingToDo');
      await recordChange(strapi, documentId, {
        data: { requestStatus: CLOSED_AS[action.reason], closureReason: action.reason, closureDetail: action.detail ?? null, referralUrl: action.referralUrl ?? null, duplicateOf: null },
        publicNote: action.publicNote,
        facts: { kind: 'closure', detail: action.reason },
      });
      return undefined;
    }
    case 'duplicate':
      return markDuplicate(strapi, scope, request, action.of, action.publicNote);
  }
}

interface DuplicateRow {
  documentId: string;
  reference: string;
  duplicateOf: string | null;
  divisionKey: string | null;
}

/**
 * Closes `request` as a duplicate of `of` (or of the request at the end of the duplicates `of`
 * leads through, so the resident is pointed at one still followed) and writes it in both
 * histories. Unless staff wrote their own, the resident is told in their language which request
 * to follow. A request the user may not see is "not found" here too; one whose chain leads back to
 * `request` would make a cycle, and is refused as the same request.
 */
async function markDuplicate(strapi: Core.Strapi, scope: Scope, request: StoredRequest, of: string, publicNote: string | undefined) {
  const find = async (reference: string) =>
    (await strapi.db.query(REQUEST_UID).findOne({ where: { reference }, select: ['documentId', 'reference', 'duplicateOf', 'divisionKey'] })) as DuplicateRow | null;
  const target = await find(of);
  if (!target || !inScope(scope, target.divisionKey)) return refuse('of', 'notFound');
  let original = target;
  const seen = new Set([target.reference]);
  while (original.duplicateOf && !seen.has(original.duplicateOf) && original.reference !== request.reference) {
    seen.add(original.duplicateOf);
    const next = await find(original.duplicateOf);
    if (!next) break;
    original = next;
  }
  if (original.reference === request.reference || seen.has(request.reference)) return refuse('of', 'sameRequest');
  // Sent again (a second click, a repeated bulk): already linked, so neither history nor the resident hears it twice.
  if (request.duplicateOf === original.reference) return refuse('of', 'nothingToDo');
  const note = publicNote ?? residentWords(request.language, 'duplicateOf', { reference: original.reference });
  await recordChange(strapi, request.documentId, {
    data: { requestStatus: 'closed', closureReason: 'duplicate', closureDetail: null, referralUrl: null, duplicateOf: original.reference },
    publicNote: note,
    facts: { kind: 'duplicate', detail: original.reference },
  });
  // The original's history says which request repeats it (its own status does not change).
  await recordChange(strapi, original.documentId, { data: {}, facts: { kind: 'duplicated_by', detail: request.reference } });
  return undefined;
}

/** The same action on many requests; each succeeds or fails on its own. */
export async function actOnMany(strapi: Core.Strapi, scope: Scope, bulk: BulkAction): Promise<BulkResult> {
  const result: BulkResult = { done: [], failed: [] };
  for (const reference of [...new Set(bulk.references)]) {
    try {
      const refusal = await act(strapi, scope, reference, bulk.action);
      if (refusal) result.failed.push({ reference, error: refusal.errors[0]?.code ?? 'notAllowed' });
      else result.done.push(reference);
    } catch (error) {
      strapi.log.error(`Requests desk: bulk ${bulk.action.type} on ${reference} failed: ${error instanceof Error ? error.message : String(error)}`);
      result.failed.push({ reference, error: 'failed' });
    }
  }
  return result;
}
