import { z } from 'zod';
import { DEFAULT_MAX_LENGTH, coordinatesText, idempotencyKeySchema, type FieldError, type ServiceForm } from '@city/shared/forms';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@city/shared/locales';
import { addressField, attributeFields, locationField, needsLocation } from './attributes';
import { open311Message, type Open311MessageKey } from './messages';

/**
 * `POST requests`: reading the form-encoded parameters of GeoReport v2 and turning them into the
 * submission the portal's one intake service validates (answers keyed by field key, and the
 * contact). Only the Open311-specific parameters are checked here (location, description,
 * media_url, unknown attributes); every answer and the contact are validated by the intake service
 * with the same shared code as the web form, and its field errors are named back in Open311 terms
 * by `open311ParameterOf`.
 */

/** The most characters `description` may have (GeoReport v2). */
export const OPEN311_DESCRIPTION_MAX = 4000;
export const OPEN311_MEDIA_URL_MAX = 2000;
/** The most ids one `GET requests` may list, and the most results it returns (a narrower date range finds older ones). */
export const OPEN311_MAX_RESULTS = 100;

/** One parameter's problem, named as the client sent it (`attribute[page_url]`, `lat`, `email`). */
export type Open311ParameterError = FieldError;

/** Attribute values as sent: `attribute[code]=v` or `attribute[code][]=v1&attribute[code][]=v2`. */
export type AttributeValues = Record<string, string | string[]>;

/** Where the request is: what the client sent, checked. */
export const open311LocationSchema = z.object({
  lat: z.number().min(-90).max(90).optional(),
  long: z.number().min(-180).max(180).optional(),
  address_string: z.string().optional(),
  address_id: z.string().optional(),
});
export type Open311Location = z.infer<typeof open311LocationSchema>;

/**
 * What an Open311 submission carries beyond the form's answers and the contact. The intake service
 * stores it with the request (private to staff, except what `GET requests` shows: description,
 * address, lat, long, media_url).
 */
export const open311DetailsSchema = open311LocationSchema.extend({
  /** The client's free-text description: plain text, at most 4,000 characters. */
  description: z.string().max(OPEN311_DESCRIPTION_MAX).optional(),
  /** A link to a photo or document the client hosts; stored as a link, never fetched. */
  media_url: z.string().max(OPEN311_MEDIA_URL_MAX).optional(),
  /** The name of the API client that sent it (never its key). */
  client: z.string().optional(),
});
export type Open311Details = z.infer<typeof open311DetailsSchema>;

/** A parsed, checked `POST requests`. */
export interface Open311Submission {
  serviceCode: string;
  locale: Locale;
  details: Open311Details;
  contact: { name?: string; email?: string; phone?: string };
  attributes: AttributeValues;
}

const ATTRIBUTE_KEY = /^attribute\[([^\]]*)\](\[\])?$/;
/** Markup: a tag, a comment or a declaration. A lone "<" in "x < 3" is plain text. */
const HTML = /<\s*[a-z!/?]/i;
const ADDRESS_ID = /^[A-Za-z0-9._-]{1,100}$/;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** A string parameter; a repeated one is refused, a blank one is absent. */
function single(value: unknown): string | undefined | Error {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') return new Error('repeated');
  const text = value.trim();
  return text === '' ? undefined : text;
}

/** The `locale` parameter: a language of shared/i18n (en, es, ar, am), English when absent. */
export function open311Locale(value: unknown): Locale | undefined {
  const text = single(value);
  if (text === undefined) return DEFAULT_LOCALE;
  return isLocale(text) ? text : undefined;
}

/**
 * The attributes of a form-encoded body, whether the body parser nested them
 * (`{ attribute: { code: 'v' } }`, as Koa's qs does) or left the bracketed keys flat.
 */
export function collectAttributes(body: Record<string, unknown>): AttributeValues | Error {
  const values: AttributeValues = {};
  const add = (code: string, value: unknown): Error | undefined => {
    if (typeof value === 'string') {
      const before = values[code];
      values[code] = before === undefined ? value : [...(Array.isArray(before) ? before : [before]), value];
      return undefined;
    }
    if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
      const before = values[code];
      values[code] = [...(before === undefined ? [] : Array.isArray(before) ? before : [before]), ...(value as string[])];
      return undefined;
    }
    return new Error(`attribute[${code}]`);
  };
  for (const [key, value] of Object.entries(body)) {
    if (key === 'attribute') {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return new Error('attribute');
      for (const [code, inner] of Object.entries(value)) {
        const problem = add(code, inner);
        if (problem) return problem;
      }
      continue;
    }
    const match = ATTRIBUTE_KEY.exec(key);
    if (match) {
      const problem = add(match[1] ?? '', value);
      if (problem) return problem;
    }
  }
  return values;
}

/**
 * Reads and checks the Open311 parameters of `POST requests` (everything but `api_key`, which the
 * API-key policy checks first). Errors are in `locale`.
 */
export function readOpen311Submission(body: Record<string, unknown>, locale: Locale): { success: true; data: Open311Submission } | { success: false; errors: Open311ParameterError[] } {
  const errors: Open311ParameterError[] = [];
  const say = (key: Open311MessageKey, params: Parameters<typeof open311Message>[2] = {}) => open311Message(locale, key, params);
  const read = (name: string): string | undefined => {
    const value = single(body[name]);
    if (value instanceof Error) {
      errors.push({ field: name, message: say('param.repeated', { value: name }) });
      return undefined;
    }
    return value;
  };

  const serviceCode = read('service_code');
  if (serviceCode === undefined && !errors.some((error) => error.field === 'service_code')) errors.push({ field: 'service_code', message: say('service_code.required') });

  const details: Open311Details = {};
  const latText = read('lat');
  const longText = read('long');
  if (latText !== undefined || longText !== undefined) {
    const lat = latText !== undefined && NUMBER.test(latText) ? Number(latText) : NaN;
    const long = longText !== undefined && NUMBER.test(longText) ? Number(longText) : NaN;
    if (Number.isFinite(lat) && Number.isFinite(long) && Math.abs(lat) <= 90 && Math.abs(long) <= 180) {
      details.lat = lat;
      details.long = long;
    } else {
      errors.push({ field: Number.isFinite(lat) && Math.abs(lat) <= 90 ? 'long' : 'lat', message: say('location.latlong') });
    }
  }
  const addressString = read('address_string');
  if (addressString !== undefined) {
    if (addressString.length > DEFAULT_MAX_LENGTH.address) errors.push({ field: 'address_string', message: say('address.tooLong', { max: DEFAULT_MAX_LENGTH.address }) });
    else details.address_string = addressString;
  }
  const addressId = read('address_id');
  if (addressId !== undefined) {
    if (!ADDRESS_ID.test(addressId)) errors.push({ field: 'address_id', message: say('address_id.invalid') });
    else details.address_id = addressId;
  }

  const description = read('description');
  if (description !== undefined) {
    if (description.length > OPEN311_DESCRIPTION_MAX) errors.push({ field: 'description', message: say('description.tooLong', { max: OPEN311_DESCRIPTION_MAX }) });
    else if (HTML.test(description)) errors.push({ field: 'description', message: say('description.html') });
    else details.description = description.replace(/\r\n?/g, '\n');
  }
  const mediaUrl = read('media_url');
  if (mediaUrl !== undefined) {
    if (!isWebUrl(mediaUrl)) errors.push({ field: 'media_url', message: say('media_url.invalid') });
    else details.media_url = mediaUrl;
  }

  const firstName = read('first_name');
  const lastName = read('last_name');
  for (const [field, value] of [['first_name', firstName], ['last_name', lastName]] as const) {
    if (value !== undefined && value.length > DEFAULT_MAX_LENGTH.short) errors.push({ field, message: say('text.tooLong', { value: field, max: DEFAULT_MAX_LENGTH.short }) });
  }
  const name = [firstName, lastName].filter((part): part is string => part !== undefined).join(' ') || undefined;
  const contact = { name, email: read('email'), phone: read('phone') };

  const attributes = collectAttributes(body);
  if (attributes instanceof Error) errors.push({ field: attributes.message, message: say('attribute.shape') });

  if (errors.length > 0 || serviceCode === undefined || attributes instanceof Error) return { success: false, errors };
  return { success: true, data: { serviceCode, locale, details, contact, attributes } };
}

function isWebUrl(text: string): boolean {
  if (text.length > OPEN311_MEDIA_URL_MAX) return false;
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** `2025-03-01T09:30:00-05:00` → `2025-03-01`: the date as written, in the writer's own time zone. */
const DATETIME_WITH_ZONE = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/** The text the location field stores: the address as given, else the coordinates, else the address id. */
export function locationText(details: Open311Location): string | undefined {
  if (details.address_string) return details.address_string;
  if (details.lat !== undefined && details.long !== undefined) return `${details.lat.toFixed(6)}, ${details.long.toFixed(6)}`;
  if (details.address_id) return `address_id ${details.address_id}`;
  return undefined;
}

/**
 * A location question's answer: the coordinates with the address given (or written out), or the
 * address alone, which the intake looks up among the city's address points. An `address_id`
 * alone does not answer it: the id would have to be the city's own, which clients rarely know.
 */
function locationAnswer(details: Open311Location): { address: string; lat: number; long: number } | string | undefined {
  if (details.lat !== undefined && details.long !== undefined) {
    return { address: details.address_string ?? coordinatesText({ lat: details.lat, long: details.long }), lat: details.lat, long: details.long };
  }
  return details.address_string;
}

/**
 * The answers object the intake service validates, from an Open311 submission against the form:
 * attributes by code, the location into the form's (first) address field, and the top-level
 * `description` into a text field keyed `description` when the client did not answer it as an
 * attribute. Unknown attribute codes and a missing required location are errors here; everything
 * else is left to the shared validation.
 */
export function answersFromOpen311(
  form: Pick<ServiceForm, 'fields'>,
  submission: Pick<Open311Submission, 'attributes' | 'details' | 'locale'>,
): { success: true; answers: Record<string, unknown> } | { success: false; errors: Open311ParameterError[] } {
  const errors: Open311ParameterError[] = [];
  const fields = attributeFields(form);
  const byKey = new Map(fields.map((field) => [field.key, field]));
  const answers: Record<string, unknown> = {};
  for (const [code, value] of Object.entries(submission.attributes)) {
    const field = byKey.get(code);
    if (!field) {
      errors.push({ field: `attribute[${code}]`, message: open311Message(submission.locale, 'attribute.unknown', { value: code }) });
      continue;
    }
    if (field.__component === 'form-field.date' && typeof value === 'string') {
      const match = DATETIME_WITH_ZONE.exec(value.trim());
      answers[code] = match ? match[1] : value;
    } else if (field.__component === 'form-field.multiple-choice' && typeof value === 'string') {
      answers[code] = [value];
    } else {
      answers[code] = value;
    }
  }
  const location = locationField(form);
  const where = locationText(submission.details);
  if (location?.__component === 'form-field.location') {
    const answer = locationAnswer(submission.details);
    if (answer !== undefined) answers[location.key] = answer;
    // The address as written also answers the form's street address question, when the client left it out.
    const address = addressField(form);
    if (address && answers[address.key] === undefined && submission.details.address_string !== undefined) answers[address.key] = submission.details.address_string;
  } else if (location && where !== undefined) answers[location.key] = where;
  if (needsLocation(form) && where === undefined) errors.push({ field: 'address_string', message: open311Message(submission.locale, 'location.required') });

  const descriptionField = fields.find((field) => field.key === 'description' && (field.__component === 'form-field.long-text' || field.__component === 'form-field.short-text'));
  if (descriptionField && answers.description === undefined && submission.details.description !== undefined) answers.description = submission.details.description;

  return errors.length > 0 ? { success: false, errors } : { success: true, answers };
}

/**
 * The Open311 parameter an intake field error is about: `attribute[key]` for a question, the
 * location parameters for the location field, and the contact parameters for the contact.
 */
export function open311ParameterOf(form: Pick<ServiceForm, 'fields'>, field: string, sent: Open311Location & Pick<Open311Details, 'description'> = {}, attributes: AttributeValues = {}): string {
  if (field === 'contact.name') return 'first_name';
  if (field === 'contact.email') return 'email';
  if (field === 'contact.phone') return 'phone';
  if (field === 'formCode') return 'service_code';
  if (field === 'idempotencyKey') return 'Idempotency-Key';
  if (field === 'locale') return 'locale';
  const location = locationField(form);
  // A point outside the city is about the coordinates when the client sent them.
  if (location?.key === field) return location.__component === 'form-field.location' && sent.lat !== undefined ? 'lat' : 'address_string';
  // The form's description question answered by the top-level `description` (answersFromOpen311) is named as sent.
  if (field === 'description' && attributes.description === undefined && sent.description !== undefined) return 'description';
  if (form.fields.some((candidate) => candidate.key === field)) return `attribute[${field}]`;
  return field;
}

/** The client's `Idempotency-Key`, checked with the web path's own rule; absent is fine. */
export function readIdempotencyKey(header: unknown, locale: Locale): { success: true; key?: string } | { success: false; error: Open311ParameterError } {
  if (header === undefined || header === null || header === '') return { success: true };
  const parsed = idempotencyKeySchema.safeParse(header);
  return parsed.success ? { success: true, key: parsed.data } : { success: false, error: { field: 'Idempotency-Key', message: open311Message(locale, 'idempotency.invalid') } };
}
