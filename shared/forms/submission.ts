import { z } from 'zod';
import { CHALLENGE_PAYLOAD_MAX } from '../challenge/limits.js';
import { LOCALES } from '../locales/index.js';
import { fieldErrors, isPhoneNumber, validateAnswers, type Answers, type AnswersForm, type FieldError, type ValidationResult } from './answers.js';
import { formatMessage, messageLocale } from './messages.js';

/** Contact fields come last on every form, after the form's own questions. */
export const CONTACT_FIELDS = ['name', 'email', 'phone'] as const;
export const CONTACT_NAME_MAX = 120;

const trimmed = (value: unknown): unknown => {
  if (typeof value !== 'string') return value ?? undefined;
  const text = value.trim();
  return text === '' ? undefined : text;
};

/** The resident's contact details, with messages in their language. */
export function contactSchema(locale: string) {
  const lang = messageLocale(locale);
  let schema = contactSchemas.get(lang);
  if (!schema) contactSchemas.set(lang, (schema = buildContactSchema(lang)));
  return schema;
}

function buildContactSchema(locale: string) {
  const say = (key: Parameters<typeof formatMessage>[1], max?: number) => formatMessage(locale, key, { max });
  return z.object({
    /** How staff address the resident. */
    name: z.preprocess(
      trimmed,
      z.string({ required_error: say('contact.name.required'), invalid_type_error: say('contact.name.required') }).max(CONTACT_NAME_MAX, say('contact.name.tooLong', CONTACT_NAME_MAX)),
    ),
    /** Where the confirmation and status messages go; also the key of the status look-up. */
    email: z.preprocess(
      trimmed,
      z.string({ required_error: say('contact.email.required'), invalid_type_error: say('contact.email.invalid') }).max(254, say('contact.email.invalid')).email(say('contact.email.invalid')),
    ),
    /** Optional: for staff who prefer to call. */
    phone: z.preprocess(trimmed, z.string({ invalid_type_error: say('contact.phone.invalid') }).max(40, say('contact.phone.invalid')).refine(isPhoneNumber, say('contact.phone.invalid')).optional()),
  });
}
/** One per locale: the schema depends on nothing else. */
const contactSchemas = new Map<string, ReturnType<typeof buildContactSchema>>();
export type Contact = z.infer<ReturnType<typeof contactSchema>>;

/** A client-chosen key that makes retries safe: the same key always means the same request. */
export const idempotencyKeySchema = z
  .string({ required_error: 'idempotencyKey is required' })
  .regex(/^[A-Za-z0-9_-]{16,128}$/, 'idempotencyKey must be 16 to 128 letters, digits, "-" or "_" (a UUID works)');

/** Deeper than any answer nests (a list of files, a location): past it the answers' own check refuses the value. */
const NUL_STRIP_DEPTH = 4;

/**
 * What was typed, without NUL characters: nobody types one, and PostgreSQL cannot store one in
 * text (the insert failed, a 500). Strings in arrays and in objects (a location's address) too, to
 * the depth answers have; anything nested deeper is left for validation to refuse, never recursed.
 */
function withoutNul(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return value.includes('\u0000') ? value.replace(/\u0000/g, '') : value;
  if (depth >= NUL_STRIP_DEPTH) return value;
  if (Array.isArray(value)) return value.map((item) => withoutNul(item, depth + 1));
  if (value !== null && typeof value === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(value))) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withoutNul(item, depth + 1)]));
  }
  return value;
}

/**
 * What a client sends to submit a request, checked before the form is even loaded. Answers and
 * contact are checked against the published form afterwards, with messages in `locale`.
 */
export const submissionEnvelopeSchema = z.object({
  /** The service form's code, e.g. `website-problem`. */
  formCode: z.string({ required_error: 'formCode is required' }).regex(/^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$/, 'formCode is not a form code').max(60, 'formCode is not a form code'),
  /** The language the resident used; messages and emails use it too. */
  locale: z.enum(LOCALES, { errorMap: () => ({ message: `locale must be one of ${LOCALES.join(', ')}` }) }),
  /** Answers keyed by field key. */
  answers: z.preprocess((value) => withoutNul(value), z.record(z.unknown(), { errorMap: () => ({ message: 'answers must be an object keyed by field key' }) })),
  /** name, email and optional phone. */
  contact: z.preprocess((value) => withoutNul(value), z.record(z.unknown(), { errorMap: () => ({ message: 'contact must be an object with name, email and phone' }) })),
  idempotencyKey: idempotencyKeySchema,
  /**
   * When the resident opened the form (ms since epoch), as the client states it. Robot checks in
   * the CMS's intake (cms/src/api/service-request/lib/abuse.ts); absent means not measured.
   */
  startedAt: z.number({ invalid_type_error: 'startedAt must be a time in ms since epoch' }).int('startedAt must be a time in ms since epoch').nonnegative('startedAt must be a time in ms since epoch').optional(),
  /** The form's hidden field that people never see: anything in it marks a robot. */
  honeypot: z.string({ invalid_type_error: 'honeypot must be text' }).max(1000, 'honeypot must be text').optional(),
  /** The CMS's proof that it asked this submission to be confirmed (abuse.ts); sent with the second press of Send. */
  confirmation: z.string({ invalid_type_error: 'confirmation must be text' }).max(200, 'confirmation must be text').optional(),
  /**
   * A solved proof-of-work challenge (shared/challenge), asked for once the sender's address has used
   * its normal allowance of submissions (cms/src/api/service-request/lib/abuse.ts).
   */
  challenge: z.string({ invalid_type_error: 'challenge must be text' }).max(CHALLENGE_PAYLOAD_MAX, 'challenge must be text').optional(),
  /** The token of the saved answers this request was continued from (shared/forms/save.ts): the saved copy is then used up. */
  resumeToken: z.string({ invalid_type_error: 'resumeToken must be text' }).max(100, 'resumeToken must be text').optional(),
});
export type SubmissionEnvelope = z.infer<typeof submissionEnvelopeSchema>;

/** Checks the envelope; errors name the envelope's own fields (developer mistakes, in English). */
export function validateEnvelope(input: unknown): ValidationResult<SubmissionEnvelope> {
  const result = submissionEnvelopeSchema.safeParse(input);
  if (result.success) return { success: true, data: result.data };
  return { success: false, errors: fieldErrors(result.error, ['formCode', 'locale', 'answers', 'contact', 'idempotencyKey', 'startedAt', 'honeypot', 'confirmation', 'challenge'], '') };
}

export interface ValidSubmission {
  answers: Answers;
  contact: Contact;
}

/**
 * Validates the answers and the contact of a submission against a published form. Errors come
 * in the order the resident sees the fields: the form's questions, then the contact details.
 */
export function validateSubmission(form: AnswersForm, locale: string, input: { answers: unknown; contact: unknown }): ValidationResult<ValidSubmission> {
  const answers = validateAnswers(form, locale, input.answers);
  const contact = contactSchema(locale).safeParse(input.contact ?? {});
  const errors: FieldError[] = [
    ...(answers.success ? [] : answers.errors),
    ...(contact.success ? [] : fieldErrors(contact.error, CONTACT_FIELDS.map((name) => `contact.${name}`), 'contact.')),
  ];
  if (errors.length > 0 || !answers.success || !contact.success) return { success: false, errors };
  return { success: true, data: { answers: answers.data, contact: contact.data } };
}
