import { z } from 'zod';

/**
 * The resources of Open311 GeoReport v2 (the frozen specification) as this portal serves them.
 * JSON and XML carry the same fields; `xml.ts` names the list items (`services` → `service`).
 * Absent optional values are `null` in JSON and empty elements in XML, as the specification's
 * examples show them.
 */

/** The datatypes the specification defines for a service attribute. */
export const OPEN311_DATATYPES = ['string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist'] as const;
export type Open311Datatype = (typeof OPEN311_DATATYPES)[number];

/** Open311 has two statuses; the portal's seven map onto them (see `status.ts`). */
export const OPEN311_STATUSES = ['open', 'closed'] as const;
export type Open311Status = (typeof OPEN311_STATUSES)[number];

/** The response formats, chosen by the path's extension. */
export const OPEN311_FORMATS = ['xml', 'json'] as const;
export type Open311Format = (typeof OPEN311_FORMATS)[number];

export const open311EndpointSchema = z.object({
  /** The specification this endpoint implements. */
  specification: z.string(),
  /** The base URL, ending in `/v2`. */
  url: z.string(),
  /** When this endpoint last changed (ISO 8601). */
  changeset: z.string(),
  /** `production`, `test` or `development`. */
  type: z.enum(['production', 'test', 'development']),
  /** MIME types served. */
  formats: z.array(z.string()),
});

export const open311DiscoverySchema = z.object({
  /** When the discovery document last changed (ISO 8601). */
  changeset: z.string(),
  /** Who to ask for help. */
  contact: z.string(),
  /** Where to get an API key. */
  key_service: z.string(),
  endpoints: z.array(open311EndpointSchema),
});

export const open311ServiceSchema = z.object({
  /** The service form's code. */
  service_code: z.string(),
  /** The form's title in the requested locale. */
  service_name: z.string(),
  description: z.string(),
  /** True when the service has attributes: fetch its definition before submitting. */
  metadata: z.boolean(),
  /** Always `realtime`: a request gets its id as soon as it is stored. */
  type: z.enum(['realtime', 'batch', 'blackbox']),
  /** Comma separated search words. */
  keywords: z.string(),
  /** A category grouping services (the service's topic). */
  group: z.string(),
});

export const open311ValueSchema = z.object({
  /** What the client sends. */
  key: z.string(),
  /** What a person reads. */
  name: z.string(),
});

export const open311AttributeSchema = z.object({
  /** True: the client asks the user (false would mean information only). */
  variable: z.boolean(),
  /** The attribute's code, sent back as `attribute[code]`: the form field's key. */
  code: z.string(),
  datatype: z.enum(OPEN311_DATATYPES),
  required: z.boolean(),
  /** How to write a value of this attribute, e.g. the accepted range. */
  datatype_description: z.string().nullable(),
  /** 1-based position. */
  order: z.number().int().positive(),
  /** The question, with its hint. */
  description: z.string(),
  /** The choices of list datatypes; absent for the others. */
  values: z.array(open311ValueSchema).optional(),
});

export const open311ServiceDefinitionSchema = z.object({
  service_code: z.string(),
  attributes: z.array(open311AttributeSchema),
});

export const open311ServiceRequestSchema = z.object({
  /** The request's reference, e.g. `ALX-7K4M-2Q9P`. */
  service_request_id: z.string(),
  status: z.enum(OPEN311_STATUSES),
  /** The latest public note staff wrote; never an internal note. */
  status_notes: z.string().nullable(),
  service_name: z.string(),
  service_code: z.string(),
  /** The description an Open311 client sent; null for requests from other channels (their answers stay private). */
  description: z.string().nullable(),
  /** The department (and division) handling it. */
  agency_responsible: z.string().nullable(),
  /** The form's usual response time. */
  service_notice: z.string().nullable(),
  requested_datetime: z.string(),
  updated_datetime: z.string().nullable(),
  expected_datetime: z.string().nullable(),
  address: z.string().nullable(),
  address_id: z.string().nullable(),
  zipcode: z.string().nullable(),
  lat: z.number().nullable(),
  long: z.number().nullable(),
  media_url: z.string().nullable(),
});

/** The answer to `POST requests`. */
export const open311CreatedRequestSchema = z.object({
  service_request_id: z.string(),
  /** For `GET tokens/{token}`: the same id is returned for it later. */
  token: z.string(),
  service_notice: z.string().nullable(),
  /** When the request is due (the form's service level on the city calendar); null when the service has no target. Not in GeoReport v2's POST answer, which allows extra fields. */
  expected_datetime: z.string().nullable(),
  account_id: z.string().nullable(),
});

/** The answer to `GET tokens/{token}`. */
export const open311TokenAnswerSchema = z.object({
  service_request_id: z.string(),
  token: z.string(),
});

export const open311ErrorSchema = z.object({
  /** The HTTP status of the answer. */
  code: z.number().int(),
  /** What went wrong, in the requested language where the portal has one. */
  description: z.string(),
});

export type Open311Discovery = z.infer<typeof open311DiscoverySchema>;
export type Open311Service = z.infer<typeof open311ServiceSchema>;
export type Open311Value = z.infer<typeof open311ValueSchema>;
export type Open311Attribute = z.infer<typeof open311AttributeSchema>;
export type Open311ServiceDefinition = z.infer<typeof open311ServiceDefinitionSchema>;
export type Open311ServiceRequest = z.infer<typeof open311ServiceRequestSchema>;
export type Open311CreatedRequest = z.infer<typeof open311CreatedRequestSchema>;
export type Open311TokenAnswer = z.infer<typeof open311TokenAnswerSchema>;
export type Open311Error = z.infer<typeof open311ErrorSchema>;
