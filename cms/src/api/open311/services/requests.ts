import crypto from 'node:crypto';
import type { Core, UID } from '@strapi/strapi';
import { z } from 'zod';
import { locationAnswerSchema, type LocationAnswer } from '@city/shared/forms';
import { addressField, locationField } from '../lib/attributes';
import type { Open311RequestQuery } from '../lib/query';
import type { Open311CreatedRequest, Open311ServiceRequest } from '../lib/spec';
import { open311Status, portalStatuses } from '../lib/status';
import { answersFromOpen311, open311DetailsSchema, open311ParameterOf, type Open311Details, type Open311ParameterError, type Open311Submission } from '../lib/submission';
import type { Locale } from '@city/shared/locales';
import { canonicalJson, sha256 } from '../../../lib/fingerprint';
import { IdempotencyConflictError, SubmissionInvalidError } from '../../../lib/errors';
import { requestDocuments, storedRequestSchema } from '../../../lib/stored-request';
import { intake } from '../../service-request/services/intake';
import { SUBMISSION_UID } from '../lib/constants';
import { publicServiceCodes } from '../lib/public-services';
import { open311Catalogue, type CatalogueEntry } from './catalogue';
import type { Open311Client } from './clients';

/**
 * Open311 requests on top of the portal's service requests. Submissions go through the one intake
 * service (same validation, idempotency, storage and confirmation email as the web form); what
 * Open311 adds (description, coordinates, address id, media link, the client) is kept beside the
 * request in an Open311 submission row keyed by the reference. Reads never load the contact, and
 * show only requests of services the city made public.
 */

/**
 * Only the columns Open311 may show, picked from the ticket backend's own schema (a renamed column
 * fails to compile here). The contact is never selected, so it can never leak.
 */
const publicRequestSchema = storedRequestSchema.pick({
  reference: true,
  requestStatus: true,
  formCode: true,
  formSnapshot: true,
  answers: true,
  statusHistory: true,
  dueAt: true,
  createdAt: true,
  updatedAt: true,
});
type PublicRequest = z.infer<typeof publicRequestSchema>;
const PUBLIC_FIELDS = (Object.keys(publicRequestSchema.shape) as (keyof PublicRequest)[]).filter((field) => field !== 'statusHistory');

const submissionRowSchema = z.object({
  reference: z.string(),
  token: z.string(),
  details: open311DetailsSchema,
  detailsHash: z.string(),
});

interface SubmissionQuery {
  findMany(params: { where: Record<string, unknown>; select: string[] }): Promise<unknown[]>;
  findOne(params: { where: Record<string, unknown>; select: string[] }): Promise<unknown>;
  create(params: { data: Record<string, unknown>; select: string[] }): Promise<unknown>;
}

export type SubmitOutcome =
  | { kind: 'created' | 'replayed'; answer: Open311CreatedRequest }
  | { kind: 'invalid'; errors: Open311ParameterError[] }
  | { kind: 'unknown-service' }
  | { kind: 'conflict' };

/**
 * The idempotency key stored for an Open311 submission: the client's own key (or a fresh one)
 * hashed with the client's id, so two clients can never collide or probe each other's keys. It is
 * also the `token` of `GET tokens/{token}`.
 */
export function storedIdempotencyKey(clientId: number, clientKey: string = crypto.randomUUID()): string {
  return `o311_${crypto.createHash('sha256').update(`${clientId}:${clientKey}`).digest('base64url')}`;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const submissionRows = () => strapi.db.query(SUBMISSION_UID as UID.Schema) as unknown as SubmissionQuery;

  async function submissionsFor(references: string[]): Promise<Map<string, Open311Details>> {
    if (references.length === 0) return new Map();
    const rows = await submissionRows().findMany({ where: { reference: { $in: references } }, select: ['reference', 'token', 'details', 'detailsHash'] });
    return new Map(rows.map((row) => submissionRowSchema.parse(row)).map((row) => [row.reference, row.details]));
  }

  function toOpen311(request: PublicRequest, details: Open311Details | undefined, entry: CatalogueEntry | undefined): Open311ServiceRequest {
    const snapshot = request.formSnapshot;
    const location = locationField(snapshot);
    // A location question left unanswered (it may be optional): the street address, as written, if any.
    const address = addressField(snapshot);
    const answered = (location ? request.answers[location.key] : undefined) ?? (address ? request.answers[address.key] : undefined);
    const publicNotes = request.statusHistory.filter((change) => change.publicNote);
    const lastChange = request.statusHistory.reduce((latest, change) => (change.at > latest ? change.at : latest), request.createdAt);
    const snapshotAgency = snapshot.departmentName ? [snapshot.departmentName, snapshot.divisionName].filter(Boolean).join(', ') : null;
    return {
      service_request_id: request.reference,
      status: open311Status(request.requestStatus),
      status_notes: publicNotes.at(-1)?.publicNote ?? null,
      service_name: entry?.form.title ?? snapshot.title,
      service_code: request.formCode,
      description: details?.description ?? null,
      agency_responsible: entry?.agency ?? snapshotAgency,
      service_notice: entry?.form.responseTime ?? snapshot.responseTime ?? null,
      requested_datetime: request.createdAt,
      updated_datetime: lastChange,
      // The due time from the form's service level (lib/service-levels.ts); null when it has none.
      expected_datetime: request.dueAt,
      address: details?.address_string ?? (typeof answered === 'string' ? answered : isLocationAnswer(answered) ? answered.address : null),
      address_id: details?.address_id ?? null,
      zipcode: null,
      lat: details?.lat ?? (isLocationAnswer(answered) ? answered.lat : null),
      long: details?.long ?? (isLocationAnswer(answered) ? answered.long : null),
      media_url: details?.media_url ?? null,
    };
  }

  /** Every read goes through here: only requests of services whose requests are public (lib/public-services.ts). */
  async function findPublic(filters: Record<string, unknown>, limit: number, locale: Locale): Promise<Open311ServiceRequest[]> {
    const codes = await publicServiceCodes(strapi);
    if (codes.length === 0) return [];
    const rows = await requestDocuments(strapi).findMany({
      filters: { $and: [filters, { formCode: { $in: codes } }] },
      fields: PUBLIC_FIELDS,
      populate: { statusHistory: true },
      sort: 'createdAt:desc',
      limit,
    });
    const requests: PublicRequest[] = [];
    for (const row of rows) {
      const parsed = publicRequestSchema.safeParse(row);
      // One unreadable row (say, from before a migration) must not hide every other request.
      if (parsed.success) requests.push(parsed.data);
      else strapi.log.warn(`Open311: request ${String((row as { reference?: unknown }).reference)} skipped: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`);
    }
    const [details, catalogue] = await Promise.all([submissionsFor(requests.map((request) => request.reference)), open311Catalogue(strapi).list(locale)]);
    const byCode = new Map(catalogue.map((entry) => [entry.form.code, entry]));
    return requests.map((request) => toOpen311(request, details.get(request.reference), byCode.get(request.formCode)));
  }

  /** Makes sure the Open311 row of a stored request exists and says the same as this submission. */
  async function recordDetails(reference: string, token: string, details: Open311Details, client: Open311Client): Promise<'recorded' | 'conflict'> {
    const detailsHash = sha256(canonicalJson(details));
    const existing = async () => {
      const row = await submissionRows().findOne({ where: { reference }, select: ['reference', 'token', 'details', 'detailsHash'] });
      return row ? submissionRowSchema.parse(row) : undefined;
    };
    const before = await existing();
    if (before) return before.detailsHash === detailsHash ? 'recorded' : 'conflict';
    try {
      // Straight to the table, like the request itself (see insertRequest): the unique indexes on
      // reference and token (bootstrap/open311.ts) guard what the Document Service would read first.
      // One transaction: the row and its link to the client commit together.
      await strapi.db.transaction(() =>
        submissionRows().create({
          data: { reference, token, details: { ...details, client: client.name }, detailsHash, client: client.id, publishedAt: new Date() },
          select: ['id'],
        }),
      );
      return 'recorded';
    } catch (error) {
      // A concurrent retry with the same key inserted first: the unique reference decided.
      const winner = await existing();
      if (!winner) throw error;
      return winner.detailsHash === detailsHash ? 'recorded' : 'conflict';
    }
  }

  return {
    /** `GET requests`: by ids, or a search; newest first. */
    async list(query: Open311RequestQuery, locale: Locale): Promise<Open311ServiceRequest[]> {
      if (query.kind === 'ids') return findPublic({ reference: { $in: query.ids } }, query.ids.length, locale);
      const filters: Record<string, unknown> = { createdAt: { $gte: query.start.toISOString(), $lte: query.end.toISOString() } };
      if (query.serviceCodes) filters.formCode = { $in: query.serviceCodes };
      if (query.statuses) filters.requestStatus = { $in: query.statuses.flatMap(portalStatuses) };
      return findPublic(filters, query.limit, locale);
    },

    /** `GET requests/{id}`: one request, or undefined. */
    async get(reference: string, locale: Locale): Promise<Open311ServiceRequest | undefined> {
      const [request] = await findPublic({ reference }, 1, locale);
      return request;
    },

    /** `GET tokens/{token}`: the id of the request a token was given for. */
    async byToken(token: string): Promise<{ service_request_id: string; token: string } | undefined> {
      if (!/^o311_[A-Za-z0-9_-]{43}$/.test(token)) return undefined;
      const row = await submissionRows().findOne({ where: { token }, select: ['reference', 'token', 'details', 'detailsHash'] });
      if (!row) return undefined;
      const { reference } = submissionRowSchema.parse(row);
      return { service_request_id: reference, token };
    },

    /**
     * `POST requests`: maps the Open311 parameters onto the form, then submits through the intake
     * service. `clientKey` is the client's Idempotency-Key, when it sent one.
     */
    async submit(submission: Open311Submission, client: Open311Client, clientKey?: string): Promise<SubmitOutcome> {
      const entry = await open311Catalogue(strapi).find(submission.serviceCode, submission.locale);
      if (!entry) return { kind: 'unknown-service' };
      const mapped = answersFromOpen311(entry.form, submission);
      if (!mapped.success) return { kind: 'invalid', errors: mapped.errors };
      const token = storedIdempotencyKey(client.id, clientKey);
      try {
        const receipt = await intake(strapi).submit(
          { formCode: entry.form.code, locale: submission.locale, answers: mapped.answers, contact: submission.contact, idempotencyKey: token },
          { channel: 'open311', requester: { open311Client: String(client.id) } },
        );
        const recorded = await recordDetails(receipt.reference, token, submission.details, client);
        if (recorded === 'conflict') return { kind: 'conflict' };
        return {
          kind: receipt.replayed ? 'replayed' : 'created',
          answer: { service_request_id: receipt.reference, token, service_notice: receipt.nextSteps.responseTime ?? null, expected_datetime: receipt.dueAt ?? null, account_id: null },
        };
      } catch (error) {
        if (error instanceof SubmissionInvalidError) {
          return { kind: 'invalid', errors: error.fieldErrors.map((fieldError) => ({ field: open311ParameterOf(entry.form, fieldError.field, submission.details, submission.attributes), message: fieldError.message })) };
        }
        if (error instanceof IdempotencyConflictError) return { kind: 'conflict' };
        throw error;
      }
    },
  };
};

const isLocationAnswer = (value: unknown): value is LocationAnswer => locationAnswerSchema.safeParse(value).success;

export type RequestsService = ReturnType<typeof import('./requests').default>;
export const open311Requests = (strapi: Core.Strapi): RequestsService => strapi.service('api::open311.requests') as unknown as RequestsService;
