import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core } from '@strapi/strapi';
import { REFERENCE_PATTERN, type RequestStatus } from '@city/shared/forms';
import { REQUEST_UID } from '../../../lib/constants';
import { cityNameIn, statusChangeEmail } from './emails';
import { enqueueEmail } from '../../outbox-message/lib/outbox';
import { CLOSURE_REASONS, requestDocuments, storedRequestSchema, REQUEST_POPULATE, type ClosureReason, type HistoryKind, type StatusChange } from '../../../lib/stored-request';

/**
 * Every status change appends to the request's history, whoever makes it: staff in the admin
 * (the content-manager updates through the Document Service) or code (`changeStatus`). Staff write
 * the notes for the next change in `nextPublicNote` / `nextInternalNote`; this middleware moves
 * them into the history entry with the time and the person, clears them, and queues an email to
 * the resident when there is a public note.
 */
const actor = new AsyncLocalStorage<string>();

/** What the desk says about the change it is making: the kind of entry, and what `kind` needs. */
export interface EntryFacts {
  kind: HistoryKind;
  detail?: string;
}
const facts = new AsyncLocalStorage<EntryFacts>();

const CLOSING: readonly RequestStatus[] = ['resolved', 'closed', 'rejected'];

interface AdminUser {
  firstname?: string | null;
  lastname?: string | null;
  email?: string;
}
interface RequestState {
  state?: { user?: AdminUser; auth?: { strategy?: { name?: string } } };
}

function whoIsActing(strapi: Core.Strapi): string {
  const named = actor.getStore();
  if (named) return named;
  const ctx = strapi.requestContext.get() as RequestState | undefined;
  const user = ctx?.state?.user;
  if (ctx?.state?.auth?.strategy?.name === 'admin' && user) {
    return [[user.firstname, user.lastname].filter(Boolean).join(' '), user.email && `<${user.email}>`].filter(Boolean).join(' ');
  }
  return 'system';
}

interface DocumentContext {
  uid: string;
  action: string;
  params: { documentId?: string; data?: Record<string, unknown>; populate?: unknown; fields?: unknown };
}

export function registerStatusHistory(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const { uid, action, params } = context as unknown as DocumentContext;
    if (uid !== REQUEST_UID || action !== 'update' || !params.documentId) return next();
    const documentId = params.documentId;
    const before = (await strapi.db.query(REQUEST_UID).findOne({ where: { documentId }, select: ['requestStatus', 'priority', 'divisionKey'] })) as {
      requestStatus: RequestStatus;
      priority: string | null;
      divisionKey: string | null;
    } | null;
    const result = await next();
    const raw = await requestDocuments(strapi).findOne({ documentId, populate: REQUEST_POPULATE });
    const after = raw ? storedRequestSchema.safeParse(raw) : undefined;
    if (!before || !after?.success) return result;
    const request = after.data;
    const publicNote = request.nextPublicNote?.trim() || undefined;
    const internalNote = request.nextInternalNote?.trim() || undefined;
    const declared = facts.getStore();
    const statusChanged = before.requestStatus !== request.requestStatus;
    // The desk declares what it changes; the content manager changes priority and division without a word.
    const priorityChanged = !declared && (before.priority ?? null) !== (request.priority ?? null);
    const divisionChanged = !declared && (before.divisionKey ?? null) !== (request.divisionKey ?? null);
    const worded = Boolean(declared || statusChanged || publicNote || internalNote);
    if (!worded && !priorityChanged && !divisionChanged) return result;

    const at = new Date().toISOString();
    const by = whoIsActing(strapi);
    const kind: HistoryKind = declared?.kind ?? (statusChanged ? 'status' : 'note');
    const entries = [
      ...(worded ? [{ kind, status: request.requestStatus, publicNote, internalNote, at, by, detail: declared?.detail }] : []),
      ...(priorityChanged ? [{ kind: 'priority' as const, status: request.requestStatus, at, by, detail: request.priority ?? undefined }] : []),
      ...(divisionChanged ? [{ kind: 'division' as const, status: request.requestStatus, at, by, detail: request.divisionKey ?? undefined }] : []),
    ];
    // The figures staff are measured by: the first time the city answered the resident (a public
    // reply or a change of status by staff), and when the request was last closed.
    const byStaff = by !== 'system' && by !== 'resident';
    const firstResponse = !request.firstResponseAt && byStaff && (publicNote || statusChanged) ? { firstResponseAt: at } : {};
    const closes = statusChanged && CLOSING.includes(request.requestStatus);
    const reopens = statusChanged && !closes && request.closedAt !== null;
    const closing = closes ? { closedAt: at } : reopens ? { closedAt: null } : {};
    // Writing the history is itself an update: it re-enters this middleware, outside `facts`, and
    // stops above (same status, notes cleared).
    const updated = await facts.exit(() =>
      requestDocuments(strapi).update({
        documentId,
        data: { statusHistory: [...request.statusHistory, ...entries], nextPublicNote: null, nextInternalNote: null, ...firstResponse, ...closing },
        populate: params.populate,
        fields: params.fields,
      }),
    );
    if (publicNote && !request.updatesOptOut) {
      try {
        await enqueueEmail(strapi, {
          kind: 'status_change',
          recipient: request.contact.email,
          requestReference: request.reference,
          ...statusChangeEmail({
            locale: request.language,
            name: request.contact.name,
            reference: request.reference,
            formTitle: request.formSnapshot.title,
            status: request.requestStatus,
            publicNote,
            cityName: await cityNameIn(strapi, request.language),
          }),
        });
      } catch (error) {
        strapi.log.error(`Could not queue the status email of ${request.reference}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    // The admin shows what the update returns: give it the history with the new entry.
    return (updated ?? result) as typeof result;
  });
}

/** Changes a request's status from code; the history names `by`. */
export async function changeStatus(
  strapi: Core.Strapi,
  documentId: string,
  change: { status: RequestStatus; publicNote?: string; internalNote?: string; by: string },
): Promise<void> {
  await actor.run(change.by, () =>
    requestDocuments(strapi).update({ documentId, data: { requestStatus: change.status, nextPublicNote: change.publicNote ?? null, nextInternalNote: change.internalNote ?? null } }),
  );
}

/**
 * Makes a change to a request and records it as one history entry of the given kind, whatever the
 * change (an assignment or a priority changes no status and writes no note, and is still recorded).
 * `by` names who acts when the change does not come from a signed-in admin user.
 */
export async function recordChange(
  strapi: Core.Strapi,
  documentId: string,
  change: { data: Record<string, unknown>; publicNote?: string; internalNote?: string; facts: EntryFacts; by?: string },
): Promise<void> {
  const write = () =>
    facts.run(change.facts, () =>
      requestDocuments(strapi).update({
        documentId,
        data: { ...change.data, nextPublicNote: change.publicNote ?? null, nextInternalNote: change.internalNote ?? null },
      }),
    );
  await (change.by ? actor.run(change.by, write) : write());
}

/** One step of the timeline a resident reads: what happened and when, and what staff wrote to them. */
export interface PublicEvent {
  /**
   * received: the City got the request; status: staff changed the status or wrote to the resident;
   * resident_reply: the resident answered (their words in `publicNote`, their files' names in
   * `detail`); closure: closed, `detail` the reason (CLOSURE_REASONS); duplicate: `detail` the
   * reference of the request to follow instead.
   */
  kind: 'received' | 'status' | 'resident_reply' | 'closure' | 'duplicate';
  status: RequestStatus;
  /** ISO 8601. */
  at: string;
  /** What staff wrote to the resident with this change, or the resident's reply, as written. */
  publicNote?: string;
  detail?: string;
}

/** The columns of a history entry meant for the resident: never `internalNote` nor `by`. */
export type PublicStatusChange = Pick<StatusChange, 'status' | 'publicNote' | 'at'> & Partial<Pick<StatusChange, 'kind' | 'detail'>>;

const isClosureReason = (detail: string | undefined): detail is ClosureReason => (CLOSURE_REASONS as readonly string[]).includes(detail ?? '');

/** The event an entry shows the resident, or undefined for one that is staff's business only. */
function publicEvent(entry: PublicStatusChange, current: RequestStatus): PublicEvent | undefined {
  const note = entry.publicNote ? { publicNote: entry.publicNote } : {};
  switch (entry.kind ?? 'status') {
    case 'resident_reply':
      return { kind: 'resident_reply', status: entry.status, at: entry.at, ...note, ...(entry.detail ? { detail: entry.detail } : {}) };
    case 'closure':
      // Only a known reason is shown (as its translated name); anything else reads as the status.
      if (isClosureReason(entry.detail)) return { kind: 'closure', status: entry.status, at: entry.at, ...note, detail: entry.detail };
      break;
    case 'duplicate':
      if (entry.detail && REFERENCE_PATTERN.test(entry.detail)) return { kind: 'duplicate', status: entry.status, at: entry.at, ...note, detail: entry.detail };
      break;
    case 'assignment':
    case 'priority':
    case 'division':
      // Who works on it and how urgent it is are staff's; a public note there still reaches the resident.
      if (!entry.publicNote) return undefined;
      break;
    default:
      break;
  }
  if (entry.status === current && !entry.publicNote) return undefined;
  return { kind: 'status', status: entry.status, at: entry.at, ...note };
}

/**
 * The public timeline of a request from its stored history: "received", then each change of status,
 * each public reply and each answer of the resident, oldest first. Staff may write a note without
 * changing the status; an entry with only an internal note is left out, so the resident cannot even
 * tell that staff wrote one; so are assignments and priority changes. The intake writes the first
 * entry ("submitted"): that is "received", dated `receivedAt` (the request's creation, which the
 * result also shows as "sent on"; the entry's own time is taken a few milliseconds before the row is
 * written).
 */
export function publicTimeline(history: readonly PublicStatusChange[], receivedAt: string): PublicEvent[] {
  // Entries are appended in time order; sorting (stably) by time keeps the order right even if the
  // component rows come back in another order.
  const entries = [...history].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const intakeEntry = entries[0]?.status === 'submitted' && (entries[0].kind ?? 'status') === 'status' ? entries.shift() : undefined;
  const received: PublicEvent = { kind: 'received', status: 'submitted', at: receivedAt };
  if (intakeEntry?.publicNote) received.publicNote = intakeEntry.publicNote;
  const events: PublicEvent[] = [received];
  let current: RequestStatus = 'submitted';
  for (const entry of entries) {
    const event = publicEvent(entry, current);
    if (!event) continue;
    current = entry.status;
    events.push(event);
  }
  return events;
}
