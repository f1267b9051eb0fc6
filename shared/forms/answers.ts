import { z } from 'zod';
import type { FieldOf, FormField, ServiceForm } from './definition.js';
import { isShown, reachedExit } from './conditions.js';
import { acceptedMimes, fileTypeNames } from './files.js';
import { formatDate, formatMessage, messageLocale, type MessageKey, type MessageParams } from './messages.js';
import { locationAnswerSchema, locationInput, locationProblem, type LocationAnswer } from './location/answer.js';

/**
 * Builds the validation of a submission's answers from a published form definition. The browser
 * (the island) and the CMS run this same code, so they can never disagree about what is valid.
 * Answers arrive as JSON (GraphQL) or as form-encoded strings (the no-JavaScript form); each field
 * accepts both and normalizes to one stored shape.
 */

/** A file the resident attached, described by name, type (as sniffed from its bytes on the server) and size in bytes. */
export const fileAnswerSchema = z.object({
  name: z.string().min(1).max(255),
  type: z.string().max(100),
  size: z.number().int().nonnegative(),
  /** Set by the CMS once stored: the upload plugin's file id. Clients never send it. */
  fileId: z.number().int().optional(),
});

/** What an answer can be once validated. */
export const answerValueSchema = z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.array(fileAnswerSchema), locationAnswerSchema]);
/** Validated answers keyed by field key; unanswered optional fields are absent. */
export const answersRecordSchema = z.record(answerValueSchema);

export type FileAnswer = z.infer<typeof fileAnswerSchema>;
export type AnswerValue = z.infer<typeof answerValueSchema>;
export type Answers = z.infer<typeof answersRecordSchema>;

/** One problem with one field, in the submitter's language. `field` is the answer key or `contact.<name>`. */
export const fieldErrorSchema = z.object({ field: z.string(), message: z.string() });
export type FieldError = z.infer<typeof fieldErrorSchema>;

export type ValidationResult<T> = { success: true; data: T } | { success: false; errors: FieldError[] };

/** Caps for fields whose editor set no maximum, so one answer cannot fill the database. */
export const DEFAULT_MAX_LENGTH = { short: 500, long: 10_000, address: 500 } as const;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
/** Digits with spaces, dots, dashes, brackets, an optional leading + and an optional extension. */
const PHONE = /^\+?[\d\s().-]+(\s*(x|ext\.?)\s*\d{1,6})?$/i;

export function isPhoneNumber(value: string): boolean {
  if (!PHONE.test(value)) return false;
  const digits = value.replace(/(x|ext\.?)\s*\d+$/i, '').replace(/\D/g, '').length;
  return digits >= 7 && digits <= 15;
}

export function isRealDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Trims text, turns the CRLF a form post sends into the LF a textarea shows, and maps blank to absent. */
function cleanText(value: unknown): unknown {
  if (typeof value !== 'string') return value ?? undefined;
  const text = value.replace(/\r\n?/g, '\n').trim();
  return text === '' ? undefined : text;
}

/** What validating answers needs of a form: its questions, and the steps and exit pages that decide which are asked. */
export type AnswersForm = Pick<ServiceForm, 'fields'> & Partial<Pick<ServiceForm, 'steps' | 'exitPages'>>;

type Say = (key: MessageKey, params?: MessageParams) => string;

function textSchema(field: FieldOf<'form-field.short-text'> | FieldOf<'form-field.long-text'>, say: Say) {
  const max = field.maxLength ?? (field.__component === 'form-field.short-text' ? DEFAULT_MAX_LENGTH.short : DEFAULT_MAX_LENGTH.long);
  let schema = z.string({ required_error: say('text.required'), invalid_type_error: say('text.type') }).max(max, say('text.tooLong', { max }));
  if (field.minLength !== undefined && field.minLength > 0) schema = schema.min(field.minLength, say('text.tooShort', { min: field.minLength }));
  if (field.__component === 'form-field.short-text' && field.pattern) {
    const pattern = safeRegExp(field.pattern);
    if (pattern) schema = schema.regex(pattern, field.patternDescription ?? say('text.pattern'));
  }
  return z.preprocess(cleanText, field.required ? schema : schema.optional());
}

/** An editor's pattern that does not compile is ignored rather than refusing every answer. */
function safeRegExp(pattern: string): RegExp | undefined {
  try {
    return new RegExp(pattern);
  } catch {
    return undefined;
  }
}

function emailSchema(field: FieldOf<'form-field.email'>, say: Say) {
  const schema = z
    .string({ required_error: say('email.required'), invalid_type_error: say('email.invalid') })
    .max(254, say('email.invalid'))
    .email(say('email.invalid'));
  return z.preprocess(cleanText, field.required ? schema : schema.optional());
}

function phoneSchema(field: FieldOf<'form-field.phone'>, say: Say) {
  const schema = z
    .string({ required_error: say('phone.required'), invalid_type_error: say('phone.invalid') })
    .max(40, say('phone.invalid'))
    .refine(isPhoneNumber, say('phone.invalid'));
  return z.preprocess(cleanText, field.required ? schema : schema.optional());
}

function numberSchema(field: FieldOf<'form-field.number'>, say: Say) {
  let schema = z.number({ required_error: say('number.required'), invalid_type_error: say('number.invalid') }).finite(say('number.invalid'));
  if (field.integer) schema = schema.int(say('number.integer'));
  if (field.min !== undefined) schema = schema.gte(field.min, say('number.min', { min: field.min }));
  if (field.max !== undefined) schema = schema.lte(field.max, say('number.max', { max: field.max }));
  const parse = (value: unknown): unknown => {
    const text = cleanText(value);
    return typeof text === 'string' && PLAIN_NUMBER.test(text) ? Number(text) : text;
  };
  return z.preprocess(parse, field.required ? schema : schema.optional());
}

function dateSchema(field: FieldOf<'form-field.date'>, say: Say, locale: string) {
  const schema = z.string({ required_error: say('date.required'), invalid_type_error: say('date.invalid') }).superRefine((value, ctx) => {
    // ISO dates compare correctly as strings.
    if (!isRealDate(value)) ctx.addIssue({ code: z.ZodIssueCode.custom, message: say('date.invalid') });
    else if (field.minDate && value < field.minDate) ctx.addIssue({ code: z.ZodIssueCode.custom, message: say('date.min', { min: formatDate(locale, field.minDate) }) });
    else if (field.maxDate && value > field.maxDate) ctx.addIssue({ code: z.ZodIssueCode.custom, message: say('date.max', { max: formatDate(locale, field.maxDate) }) });
  });
  return z.preprocess(cleanText, field.required ? schema : schema.optional());
}

function singleChoiceSchema(field: FieldOf<'form-field.single-choice'>, say: Say) {
  const values = field.options.map((option) => option.value);
  const schema = z
    .string({ required_error: say('choice.required'), invalid_type_error: say('choice.invalid') })
    .refine((value) => values.includes(value), say('choice.invalid'));
  return z.preprocess(cleanText, field.required ? schema : schema.optional());
}

/** One value or many; blanks dropped, duplicates removed (a form may repeat a checkbox name). */
function selection(value: unknown): unknown {
  if (value === undefined || value === null) return undefined;
  const list = Array.isArray(value) ? value : [value];
  if (!list.every((item) => typeof item === 'string')) return value;
  const chosen = [...new Set(list.map((item) => item.trim()).filter((item) => item !== ''))];
  return chosen.length === 0 ? undefined : chosen;
}

function multipleChoiceSchema(field: FieldOf<'form-field.multiple-choice'>, say: Say) {
  const values = field.options.map((option) => option.value);
  const schema = z
    // The items' own type error too, or a list of numbers would get zod's English default.
    .array(z.string({ invalid_type_error: say('multiple.invalid') }), { required_error: say('multiple.required'), invalid_type_error: say('multiple.invalid') })
    .superRefine((chosen, ctx) => {
      if (!chosen.every((value) => values.includes(value))) ctx.addIssue({ code: z.ZodIssueCode.custom, message: say('multiple.invalid') });
      else if (field.minSelected !== undefined && chosen.length < field.minSelected) ctx.addIssue({ code: z.ZodIssueCode.custom, message: say('multiple.min', { min: field.minSelected }) });
      else if (field.maxSelected !== undefined && chosen.length > field.maxSelected) ctx.addIssue({ code: z.ZodIssueCode.custom, message: say('multiple.max', { max: field.maxSelected }) });
    });
  return z.preprocess(selection, field.required ? schema : schema.optional());
}

/** An unticked HTML checkbox is not sent at all, so absent means false. */
function checkboxValue(value: unknown): unknown {
  if (value === undefined || value === null) return false;
  if (typeof value !== 'string') return value;
  const text = value.trim().toLowerCase();
  if (['true', 'on', 'yes', '1'].includes(text)) return true;
  if (['false', 'off', 'no', '0', ''].includes(text)) return false;
  return value;
}

function checkboxSchema(field: FieldOf<'form-field.checkbox'>, say: Say) {
  const schema = z.boolean({ invalid_type_error: say('checkbox.invalid') });
  return z.preprocess(checkboxValue, field.required ? schema.refine((ticked) => ticked, say('checkbox.required')) : schema);
}

function addressSchema(field: FieldOf<'form-field.address'>, say: Say) {
  const max = DEFAULT_MAX_LENGTH.address;
  const schema = z.string({ required_error: say('address.required'), invalid_type_error: say('text.type') }).max(max, say('address.tooLong', { max }));
  return z.preprocess(cleanText, field.required ? schema : schema.optional());
}

function locationSchema(field: FieldOf<'form-field.location'>, say: Say) {
  const schema = z.unknown().transform((value, ctx): LocationAnswer | undefined => {
    if (value === undefined) {
      if (field.required) ctx.addIssue({ code: z.ZodIssueCode.custom, message: say('location.required') });
      return undefined;
    }
    const problem = locationProblem(value);
    if (problem === undefined) return locationAnswerSchema.parse(value);
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: say(problem, problem === 'location.tooLong' ? { max: DEFAULT_MAX_LENGTH.address } : {}) });
    return z.NEVER;
  });
  return z.preprocess(locationInput, schema);
}

function fileSchema(field: FieldOf<'form-field.file-upload'>, say: Say, locale: string) {
  const mimes = acceptedMimes(field.accept);
  const types = new Intl.ListFormat(messageLocale(locale), { type: 'disjunction' }).format(fileTypeNames(mimes));
  const maxBytes = field.maxSizeMb * 1024 * 1024;
  const file = z.unknown().transform((value, ctx) => {
    const parsed = fileAnswerSchema.safeParse(value);
    if (parsed.success) return parsed.data;
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: say('file.invalid') });
    return z.NEVER;
  });
  const schema = z.array(file, { required_error: say('file.required'), invalid_type_error: say('file.invalid') }).superRefine((files, ctx) => {
    if (files.length > field.maxFiles) ctx.addIssue({ code: z.ZodIssueCode.custom, message: say('file.count', { max: field.maxFiles }) });
    else if (files.some((attached) => !(mimes as string[]).includes(attached.type))) ctx.addIssue({ code: z.ZodIssueCode.custom, message: say('file.type', { types }) });
    else if (files.some((attached) => attached.size > maxBytes)) ctx.addIssue({ code: z.ZodIssueCode.custom, message: say('file.size', { max: field.maxSizeMb }) });
  });
  const list = (value: unknown): unknown => {
    if (value === undefined || value === null || value === '') return undefined;
    const files = Array.isArray(value) ? value : [value];
    return files.length === 0 ? undefined : files;
  };
  return z.preprocess(list, field.required ? schema : schema.optional());
}

/** The schema of one field's answer, with messages in the given locale naming the field's label. */
export function fieldSchema(field: FormField, locale: string): z.ZodType<AnswerValue | undefined, z.ZodTypeDef, unknown> {
  const say: Say = (key, params = {}) => formatMessage(locale, key, { label: field.label, ...params });
  switch (field.__component) {
    case 'form-field.short-text':
    case 'form-field.long-text':
      return textSchema(field, say);
    case 'form-field.email':
      return emailSchema(field, say);
    case 'form-field.phone':
      return phoneSchema(field, say);
    case 'form-field.number':
      return numberSchema(field, say);
    case 'form-field.date':
      return dateSchema(field, say, locale);
    case 'form-field.single-choice':
      return singleChoiceSchema(field, say);
    case 'form-field.multiple-choice':
      return multipleChoiceSchema(field, say);
    case 'form-field.checkbox':
      return checkboxSchema(field, say);
    case 'form-field.address':
      return addressSchema(field, say);
    case 'form-field.file-upload':
      return fileSchema(field, say, locale);
    case 'form-field.location':
      return locationSchema(field, say);
  }
}

/** A form's questions checked in order: the answers kept and the problems found. */
interface Walked {
  answers: Answers;
  issues: { path: (string | number)[]; message: string }[];
}

interface CompiledForm {
  walk(input: Record<string, unknown>): Walked;
  schema: z.ZodType<Answers, z.ZodTypeDef, unknown>;
}

/**
 * A form compiled for a locale, built once per form object and locale (the CMS keeps published
 * forms in memory, the island validates on every change): form definitions are never modified once
 * loaded. Callers may pass the same questions with or without their steps and exit pages (`{ fields }`).
 */
function compiled(form: AnswersForm, locale: string): CompiledForm {
  let byLocale = compiledForms.get(form.fields);
  if (!byLocale) compiledForms.set(form.fields, (byLocale = new Map()));
  const lang = messageLocale(locale);
  const key = `${lang} ${JSON.stringify([form.steps ?? [], form.exitPages ?? []])}`;
  let found = byLocale.get(key);
  if (!found) byLocale.set(key, (found = compile(form, lang)));
  return found;
}

const compiledForms = new WeakMap<readonly FormField[], Map<string, CompiledForm>>();

function compile(form: AnswersForm, locale: string): CompiledForm {
  const schemas = new Map(form.fields.map((field) => [field.key, fieldSchema(field, locale)]));
  const flow = flowOf(form);
  // One pass in the form's order: a condition names only earlier questions (definition.ts), so by
  // the time a question is reached the answers that decide whether it is asked are validated. A
  // question not asked is neither validated nor kept, whatever was sent for it.
  const walk = (input: Record<string, unknown>): Walked => {
    const answers: Answers = {};
    const issues: Walked['issues'] = [];
    for (const field of form.fields) {
      if (!isShown(flow, field, answers)) continue;
      // Own keys only: a question keyed `constructor` left blank must not read Object.prototype's.
      const result = schemas.get(field.key)!.safeParse(Object.hasOwn(input, field.key) ? input[field.key] : undefined);
      if (!result.success) result.error.issues.forEach((issue) => issues.push({ path: [field.key, ...issue.path], message: issue.message }));
      else if (result.data !== undefined) answers[field.key] = result.data;
    }
    const exit = reachedExit(flow, answers);
    if (exit) {
      const field = form.fields.find((candidate) => candidate.key === exit.showWhen.question);
      issues.push({ path: [exit.showWhen.question], message: formatMessage(locale, 'form.exit', { label: field?.label ?? '', title: exit.title }) });
    }
    return { answers, issues };
  };
  const schema = z.record(z.unknown()).transform((input, ctx) => {
    const walked = walk(input);
    walked.issues.forEach((issue) => ctx.addIssue({ code: z.ZodIssueCode.custom, ...issue }));
    return walked.answers;
  });
  return { walk, schema };
}

/**
 * The validation of a submission's answers for a published form, in the submitter's locale.
 * Keys the form does not ask for are dropped; unanswered optional fields are left out.
 */
export function answersSchema(form: AnswersForm, locale: string): z.ZodType<Answers, z.ZodTypeDef, unknown> {
  return compiled(form, locale).schema;
}

/**
 * The valid answers among those given so far, the questions not asked left out: what conditions
 * read while a resident is still filling the form in (an invalid answer counts as unanswered).
 */
export function answersSoFar(form: AnswersForm, locale: string, input: Record<string, unknown>): Answers {
  return compiled(form, locale).walk(input).answers;
}

/** Forms stored before steps and exit pages existed (request snapshots) have neither. */
function flowOf(form: AnswersForm): Pick<ServiceForm, 'fields' | 'steps' | 'exitPages'> {
  return { fields: form.fields, steps: form.steps ?? [], exitPages: form.exitPages ?? [] };
}

/** Turns zod issues into one error per field, in the order given (the form's field order). */
export function fieldErrors(error: z.ZodError, order: readonly string[], prefix = ''): FieldError[] {
  const byField = new Map<string, string>();
  for (const issue of error.issues) {
    const field = issue.path.length > 0 ? `${prefix}${String(issue.path[0])}` : prefix.replace(/\.$/, '') || 'answers';
    if (!byField.has(field)) byField.set(field, issue.message);
  }
  const rank = (field: string) => {
    const index = order.indexOf(field);
    return index === -1 ? order.length : index;
  };
  return [...byField.entries()].sort((a, b) => rank(a[0]) - rank(b[0])).map(([field, message]) => ({ field, message }));
}

/** Validates answers against a form: the data to store, or the field-level errors in the locale. */
export function validateAnswers(form: AnswersForm, locale: string, answers: unknown): ValidationResult<Answers> {
  const result = answersSchema(form, locale).safeParse(answers ?? {});
  if (result.success) return { success: true, data: result.data };
  return { success: false, errors: fieldErrors(result.error, form.fields.map((field) => field.key)) };
}
