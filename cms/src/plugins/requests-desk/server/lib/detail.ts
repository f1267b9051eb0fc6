import path from 'node:path';
import type { Core, UID } from '@strapi/strapi';
import { visibleFields, type FileAnswer, type FormField } from '@city/shared/forms';
import type { RequestDetail, ReplyTemplate, TimelineEntry } from '../../contract';
import { REQUEST_UID } from '../../../../lib/constants';
import { storedRequestSchema } from '../../../../lib/stored-request';
import { signedAttachmentPath } from '../../../../api/service-request/lib/attachments';
import { loadPublishedForm } from '../../../../api/service-request/lib/forms';
import { answerText, type StoredFile } from './answers';
import { nameOf, namesFor } from './names';
import { isOverdue } from './queue';
import { inScope, type Scope } from './scope';
import { personById } from './staff';

interface Media {
  id: number;
  name: string;
  size: number;
  mime: string;
  url: string;
}
interface Documents {
  findFirst(params: Record<string, unknown>): Promise<unknown>;
  findMany(params: Record<string, unknown>): Promise<unknown[]>;
}
const documents = (strapi: Core.Strapi, uid: string) => strapi.documents(uid as UID.ContentType) as unknown as Documents;

/** The stored request a reference names, if the scope may see it; with its files. */
/**
 * The history stores who acted as text: `resident`, `resident (web)` (the channel of the first
 * entry), `system`, or a staff member as "First Last <email>" (status-history.ts). Staff read a
 * name, never the stored form; the channel is on the request's summary.
 */
export function actorOf(stored: string | null | undefined): Pick<TimelineEntry, 'actor' | 'by'> {
  if (!stored || stored === 'system') return { actor: 'system', by: null };
  if (stored === 'resident' || stored.startsWith('resident (')) return { actor: 'resident', by: null };
  const name = stored.replace(/\s*<[^>]*>\s*$/, '').trim();
  return { actor: 'staff', by: name || stored.replace(/^<|>$/g, '') };
}

export async function findRequest(strapi: Core.Strapi, scope: Scope, reference: string) {
  const raw = (await documents(strapi, REQUEST_UID).findFirst({
    filters: { reference: reference.toUpperCase() },
    populate: { contact: true, statusHistory: true, attachments: true },
  })) as (Record<string, unknown> & { attachments?: Media[] | null }) | null;
  if (!raw) return undefined;
  const parsed = storedRequestSchema.safeParse(raw);
  if (!parsed.success) {
    strapi.log.error(`Request ${reference} does not read back: ${parsed.error.issues.slice(0, 3).map((issue) => issue.path.join('.')).join(', ')}`);
    return undefined;
  }
  if (!inScope(scope, parsed.data.divisionKey)) return undefined;
  return { request: parsed.data, files: raw.attachments ?? [] };
}

/**
 * A private file's signed, short-lived link. The upload plugin signs private files' URLs as the
 * Document Service reads them (lib/attachments.ts makes our storage private), so `url` usually is
 * one already; an unsigned private URL is signed here.
 */
const signed = (media: Media): string =>
  media.url.startsWith('/private-uploads/') ? signedAttachmentPath(path.posix.basename(media.url)) : media.url;

async function templatesFor(strapi: Core.Strapi, formCode: string, language: string): Promise<ReplyTemplate[]> {
  const rows = (await documents(strapi, 'api::reply-template.reply-template').findMany({
    locale: language,
    fields: ['title', 'body'],
    populate: { serviceForms: { fields: ['code'] } },
    sort: 'title:asc',
    limit: 200,
  })) as { documentId: string; title: string; body: string; serviceForms?: { code?: string }[] }[];
  // A template linked to no form fits every service.
  return rows
    .filter((row) => !row.serviceForms?.length || row.serviceForms.some((form) => form.code === formCode))
    .map((row) => ({ id: row.documentId, title: row.title, body: row.body }));
}

export async function requestDetail(strapi: Core.Strapi, scope: Scope, reference: string, now = new Date()): Promise<RequestDetail | undefined> {
  const found = await findRequest(strapi, scope, reference);
  if (!found) return undefined;
  const { request, files } = found;
  const [names, assignee, staffForm, templates, duplicates] = await Promise.all([
    namesFor(strapi, scope.language),
    personById(strapi, request.assigneeId),
    request.language === scope.language ? undefined : loadPublishedForm(strapi, request.formCode, scope.language),
    templatesFor(strapi, request.formCode, request.language),
    strapi.db.query(REQUEST_UID).findMany({ where: { duplicateOf: request.reference }, select: ['reference'], orderBy: { createdAt: 'asc' } }) as Promise<{ reference: string }[]>,
  ]);

  // Each answered file is matched with one stored file of the same name, in order.
  const unused = [...files];
  const fileOf = (answer: FileAnswer): StoredFile => {
    const index = unused.findIndex((media) => media.name === answer.name);
    const media = index >= 0 ? unused.splice(index, 1)[0] : undefined;
    return { name: answer.name, size: answer.size, type: answer.type, url: media ? signed(media) : null };
  };
  const staffFields = new Map<string, FormField>((staffForm?.fields ?? []).map((field) => [field.key, field]));
  // Only the questions the resident was asked: one a condition hid is not "not answered".
  const answers = visibleFields(request.formSnapshot, request.answers).map((field) => answerText(field, request.answers[field.key], scope.language, fileOf, staffFields.get(field.key)));
  const languageName = new Intl.DisplayNames([scope.language], { type: 'language' }).of(request.language) ?? request.language;
  strapi.log.info(`Requests desk: ${scope.user.email ?? scope.user.id} opened ${request.reference} (${files.length} file links signed)`);

  return {
    reference: request.reference,
    status: request.requestStatus,
    priority: request.priority as RequestDetail['priority'],
    channel: request.channel,
    languageName,
    receivedAt: request.createdAt,
    dueAt: request.dueAt,
    overdue: isOverdue(request.requestStatus, request.dueAt, now),
    serviceTitle: nameOf(names.services, request.formCode, staffForm?.title ?? request.formSnapshot.title),
    divisionName: nameOf(names.divisions, request.divisionKey, request.formSnapshot.divisionName ?? request.divisionKey ?? '—'),
    assignee,
    contact: { name: request.contact.name, email: request.contact.email, phone: request.contact.phone ?? null },
    answers,
    closure: request.closureReason ? { reason: request.closureReason, detail: request.closureDetail, referralUrl: request.referralUrl } : null,
    duplicateOf: request.duplicateOf,
    duplicates: duplicates.map((row) => row.reference),
    timeline: request.statusHistory
      .map((entry) => ({
        kind: entry.kind,
        status: entry.status,
        at: entry.at,
        ...actorOf(entry.by),
        publicNote: entry.publicNote ?? null,
        internalNote: entry.internalNote ?? null,
        // A division by its name, never its key.
        detail: entry.kind === 'division' && entry.detail ? nameOf(names.divisions, entry.detail, entry.detail) : (entry.detail ?? null),
      }))
      .sort((a, b) => Date.parse(a.at) - Date.parse(b.at)),
    templates,
    otherFiles: unused.map((media) => ({ name: media.name, size: Math.round(media.size * 1024), type: media.mime, url: signed(media) })),
  };
}
