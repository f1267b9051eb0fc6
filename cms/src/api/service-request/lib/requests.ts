import type { Core, UID } from '@strapi/strapi';
import { z } from 'zod';
import { REQUEST_CHANNELS } from '@city/shared/forms';
import { FORM_UID, REQUEST_UID } from '../../../lib/constants';
import { formSnapshotSchema, isoDate, REQUEST_POPULATE, requestDocuments, statusChangeSchema, storedRequestSchema, type StoredRequest } from '../../../lib/stored-request';

export async function findRequest(strapi: Core.Strapi, filters: Record<string, unknown>): Promise<StoredRequest | undefined> {
  const raw = await requestDocuments(strapi).findFirst({ filters, populate: REQUEST_POPULATE });
  return raw ? storedRequestSchema.parse(raw) : undefined;
}

/** What a receipt needs of a stored request. */
export const requestHeadSchema = storedRequestSchema.pick({ reference: true, requestStatus: true, formCode: true, language: true, idempotencyKey: true, createdAt: true, dueAt: true });
export type RequestHead = z.infer<typeof requestHeadSchema>;
const HEAD_COLUMNS = Object.keys(requestHeadSchema.shape);

interface RequestRows {
  findOne(params: { where: Record<string, unknown>; select: string[] }): Promise<unknown>;
}

/**
 * The receipt columns of one request, in one query straight to the table (no components, no
 * transaction of its own): for the idempotency check before a submission, and the read-back after it.
 */
export async function findRequestHead(strapi: Core.Strapi, where: { idempotencyKey: string } | { reference: string }): Promise<RequestHead | undefined> {
  const rows = strapi.db.query(REQUEST_UID as UID.Schema) as unknown as RequestRows;
  const raw = await rows.findOne({ where, select: HEAD_COLUMNS });
  return raw ? requestHeadSchema.parse(raw) : undefined;
}

/**
 * What the status look-up reads of a request: the public columns only. The history's internal
 * notes, who made each change and the contact details are never read for it, so no later change to
 * the view can leak them. An entry's `detail` is read for the kinds the resident sees (a closure's
 * reason, a duplicate's reference, a reply's file names); `publicTimeline` drops every other kind's.
 */
const publicRequestSchema = storedRequestSchema.pick({ reference: true, requestStatus: true, language: true, createdAt: true, updatedAt: true }).extend({
  formSnapshot: formSnapshotSchema.pick({ title: true }),
  statusHistory: z
    .array(statusChangeSchema.pick({ kind: true, status: true, publicNote: true, at: true, detail: true }))
    .nullish()
    .transform((value) => value ?? []),
});
export type PublicRequest = z.infer<typeof publicRequestSchema>;
const PUBLIC_COLUMNS = ['reference', 'requestStatus', 'language', 'createdAt', 'updatedAt', 'formSnapshot'];
const PUBLIC_HISTORY_COLUMNS = ['kind', 'status', 'publicNote', 'at', 'detail'];

interface PublicRows {
  findOne(params: { where: Record<string, unknown>; select: string[]; populate: { statusHistory: { select: string[] } } }): Promise<unknown>;
}

/**
 * One request found by reference and contact email hash, for the status look-up: one call to the
 * query engine (the request row, then its history rows by the component link), no Document Service
 * layers, no contact component.
 */
export async function findPublicRequest(strapi: Core.Strapi, where: { reference: string; contactEmailHash: string }): Promise<PublicRequest | undefined> {
  const rows = strapi.db.query(REQUEST_UID as UID.Schema) as unknown as PublicRows;
  const raw = await rows.findOne({ where, select: PUBLIC_COLUMNS, populate: { statusHistory: { select: PUBLIC_HISTORY_COLUMNS } } });
  return raw ? publicRequestSchema.parse(raw) : undefined;
}

/** A new request as the intake builds it. */
export interface NewRequest {
  reference: string;
  formCode: string;
  /** The published form answered, in `language`: the request is linked to its document. */
  formDocumentId: string;
  divisionKey: string | null;
  formSnapshot: z.input<typeof formSnapshotSchema>;
  answers: Record<string, unknown>;
  attachments: number[];
  contact: { name: string; email: string; phone?: string };
  language: string;
  channel: (typeof REQUEST_CHANNELS)[number];
  statusHistory: { status: string; at: string; by: string }[];
  /** ISO instant the request is due, or null when the form has no service level. */
  dueAt: string | null;
  idempotencyKey: string;
  fingerprint: string;
  contactEmailHash: string;
}

interface Rows {
  create(params: { data: Record<string, unknown>; select: string[] }): Promise<unknown>;
  findMany(params: { where: Record<string, unknown>; select: string[] }): Promise<unknown[]>;
}
const idRow = z.object({ id: z.number() });
const createdRow = z.object({ id: z.number(), createdAt: isoDate });
const rows = (strapi: Core.Strapi, uid: string) => strapi.db.query(uid as UID.Schema) as unknown as Rows;
const CONTACT_COMPONENT = 'request.contact';
const STATUS_COMPONENT = 'request.status-change';

/**
 * Stores a new request with the rows the Document Service would write for it (the contact and
 * history components and their links, the link to the form's draft and published versions, the
 * attachments), so the admin and the Document Service read and update it like any other. What the
 * Document Service would add is left out: a validation pass over data this code built and checked,
 * uniqueness reads that the unique indexes make redundant, a re-read, and a fully populated read
 * for its entry.create event (whose only listener, the publish webhook, ignores requests). Call it
 * in a transaction: the rows are written one after another.
 */
export async function insertRequest(strapi: Core.Strapi, request: NewRequest): Promise<{ id: number; createdAt: string }> {
  const { formDocumentId, contact, statusHistory, attachments, ...columns } = request;
  const contactRow = idRow.parse(await rows(strapi, CONTACT_COMPONENT).create({ data: contact, select: ['id'] }));
  const historyRows: { id: number }[] = [];
  for (const change of statusHistory) historyRows.push(idRow.parse(await rows(strapi, STATUS_COMPONENT).create({ data: change, select: ['id'] })));
  const formRows = z.array(idRow).parse(await rows(strapi, FORM_UID).findMany({ where: { documentId: formDocumentId, locale: request.language }, select: ['id'] }));
  const created = await rows(strapi, REQUEST_UID).create({
    data: {
      ...columns,
      requestStatus: 'submitted',
      priority: 'normal',
      // What the Document Service sets on a type without draft & publish.
      publishedAt: new Date(),
      contact: { id: contactRow.id, __pivot: { field: 'contact', component_type: CONTACT_COMPONENT } },
      statusHistory: historyRows.map(({ id }) => ({ id, __pivot: { field: 'statusHistory', component_type: STATUS_COMPONENT } })),
      serviceForm: formRows.map(({ id }) => id),
      attachments,
    },
    select: ['id', 'createdAt'],
  });
  return createdRow.parse(created);
}

/**
 * Strapi's `unique` is checked by a read before the write, which two simultaneous submissions both
 * pass. These indexes make the database refuse the second one; the intake service catches that
 * and returns the winner. Same SQL on SQLite and PostgreSQL; recreated if a schema sync drops them.
 */
export async function ensureUniqueIndexes(strapi: Core.Strapi): Promise<void> {
  const indexes = [
    ['service_requests_idempotency_key_uq', 'idempotency_key'],
    ['service_requests_reference_uq', 'reference'],
  ];
  for (const [name, column] of indexes) {
    await strapi.db.connection.raw(`CREATE UNIQUE INDEX IF NOT EXISTS ${name} ON service_requests (${column})`);
  }
}
