import fc from 'fast-check';
import { acceptedMimes, CONTACT_NAME_MAX, DEFAULT_MAX_LENGTH, stepOf, type Condition, type FieldComponent, type FormField, type ServiceForm } from '@city/shared/forms';
import { attributeFields, locationField, needsLocation } from '../../../src/api/open311/lib/attributes';
import { OPEN311_DESCRIPTION_MAX } from '../../../src/api/open311/lib/submission';

/**
 * Generated malformed submissions. Each case starts from a valid submission to a published form
 * and breaks at least one constraint, so no case may ever be stored. A case records what it broke
 * as expectations: the field the answer must name, at which stage of the entry point's checks it
 * is caught (a server stops at the first stage that fails), and in which language it must speak.
 *
 * Values are what the server should end up seeing. The character RAW (U+E000) stands for a byte
 * that is not valid UTF-8: the encoders write it as a raw 0xFF byte into the body.
 */
export const RAW = '\uE000';

export type Entry = 'graphql' | 'form-urlencoded' | 'form-multipart' | 'open311';
export const ENTRIES: readonly Entry[] = ['graphql', 'form-urlencoded', 'form-multipart', 'open311'];
export type Locale = 'en' | 'es';

/** What a GraphQL variable, an answer or a form parameter can hold. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** A form's two language versions; keys, order and constraints are the same in both. */
export interface FormPair {
  code: string;
  en: ServiceForm;
  es: ServiceForm;
  /** Offered through Open311 (no required file field). */
  open311: boolean;
}

export interface FilePart {
  field: string;
  filename: string;
  contentType: string;
  bytes: Buffer;
}

/** Where in the field set an expectation lies, for the coverage table. */
export type Target = FieldComponent | 'contact' | 'envelope' | 'transport' | 'open311-parameter' | 'graphql-schema';

export interface Expectation {
  /** The field the answer must name, as the entry point names it (`page_url`, `contact.email`, `attribute[page_url]`, `api_key`); '' when none can be named. */
  field: string;
  /** Order of the entry point's checks: only the lowest stage a case breaks is answered. */
  stage: number;
  /** The language of the message: the submitter's locale, English (developer-facing checks), or none (the body could not be read). */
  language: 'locale' | 'en' | 'none';
  target: Target;
  kind: string;
}

/** Replaces the whole request with something the transport layer must refuse. */
export interface TransportBreak {
  kind: string;
  contentType?: string;
  /** The body as sent; RAW characters become 0xFF bytes. */
  body: string | Buffer;
  /** Leave out Content-Length (sends the body chunked). */
  chunked?: boolean;
  method?: 'GET' | 'POST' | 'PUT';
}

export interface BadCase {
  entry: Entry;
  /** How the answer is asked for: form posts as a browser (`html`) or as the island (`json`); Open311 by extension. */
  reply: 'html' | 'json' | 'xml';
  form: FormPair;
  /** The language the submission asks for (its messages must come in it). */
  locale: Locale;
  /** Envelope values; `undefined` leaves the parameter out. */
  formCode: Json | undefined;
  localeParam: Json | undefined;
  idempotencyKey: Json | undefined;
  /** Answers by key (GraphQL may hold a non-object here, to break the envelope). */
  answers: Record<string, Json> | Json | undefined;
  contact: Record<string, Json> | Json | undefined;
  files: FilePart[];
  /** Parameters no entry point knows; ignored by form posts, refused by GraphQL's schema. */
  extras: [string, Json][];
  /** Open311 only. */
  open311: { apiKey: string | undefined; idempotencyHeader: string | undefined; params: [string, string][] };
  transport: TransportBreak | undefined;
  expectations: Expectation[];
  /** Short names of the hostile ingredients used (control characters, invalid UTF-8, deep JSON…). */
  ingredients: string[];
}

/** The expectations the answer must meet: those of the lowest stage broken. */
export function answeredExpectations(testCase: Pick<BadCase, 'expectations'>): Expectation[] {
  const lowest = Math.min(...testCase.expectations.map((expectation) => expectation.stage));
  return testCase.expectations.filter((expectation) => expectation.stage === lowest);
}

/** Stages of each entry point, in the order its code checks them. */
export const STAGE = {
  transport: 0,
  graphqlSchema: 1,
  envelope: 2,
  unknownForm: 3,
  fields: 4,
  open311: { apiKey: 1, locale: 2, params: 3, idempotency: 4, service: 5, mapping: 6, fields: 7 },
} as const;

const fieldStage = (entry: Entry) => (entry === 'open311' ? STAGE.open311.fields : STAGE.fields);

// ---------------------------------------------------------------------------------------------
// Hostile ingredients

/** Control characters that are not whitespace (trimming keeps them), and the invalid-byte marker. */
const CONTROL = ['\u0000', '\u0001', '\u0007', '\u0008', '\u000e', '\u001b', '\u001f', '\u007f', '\u0085', RAW, '\ud800', '\ufffe'];
const controlArb = fc.constantFrom(...CONTROL);

/** Inserts one to three hostile characters inside a text (never at its ends, so trimming cannot remove them). */
function withNoise(text: string): fc.Arbitrary<string> {
  if (text.length < 2) return fc.constant(text);
  return fc.tuple(fc.array(fc.tuple(fc.integer({ min: 1, max: text.length - 1 }), controlArb), { minLength: 1, maxLength: 3 })).map(([insertions]) => {
    let result = text;
    for (const [at, char] of insertions.sort((a, b) => b[0] - a[0])) result = `${result.slice(0, at)}${char}${result.slice(at)}`;
    return result;
  });
}

/** A text of `length` characters with hostile characters mixed in (for over-long values). */
const longText = (length: number): fc.Arbitrary<string> =>
  fc.tuple(fc.constantFrom('x', 'ñ', '字', '🙂', ' a', '<b>', "'; DROP TABLE service_requests; --"), fc.option(controlArb, { nil: undefined })).map(([unit, control]) => {
    // Letters at both ends: trimming must not bring it back under a limit.
    const base = `x${unit.repeat(Math.ceil(length / unit.length) + 1).slice(0, Math.max(0, length - 2))}x`.slice(0, length);
    return control ? `${base.slice(0, 1)}${control}${base.slice(1)}` : base;
  });

/** A value nested `depth` levels deep: deep JSON. */
function deep(depth: number, leaf: Json, asArray: boolean): Json {
  let value: Json = leaf;
  for (let level = 0; level < depth; level += 1) value = asArray ? [value] : { a: value };
  return value;
}
const deepArb = fc.tuple(fc.integer({ min: 20, max: 4000 }), fc.boolean()).map(([depth, asArray]) => deep(depth, 'x', asArray));

// ---------------------------------------------------------------------------------------------
// Valid values, the starting point of every case

/** The longest generated value (one per case): 9 bytes a character percent-encoded still fits a 256 KB body. */
const HUGE_CHARS = 20_000;
/** Longer than this, a value counts as the case's one huge value. */
const HUGE_FROM = 1000;

const SAMPLE_URL = 'https://www.alexandriava.gov/parking';

/** A value the field accepts, written as text (what every entry point can carry). */
export function validValue(field: FormField, entry: Entry): Json | undefined {
  switch (field.__component) {
    case 'form-field.short-text': {
      if (field.pattern) {
        const candidates = [SAMPLE_URL, 'ABC-123', '12345', 'abc'];
        const found = candidates.find((candidate) => new RegExp(field.pattern ?? '').test(candidate));
        if (!found) throw new Error(`no valid sample for the pattern ${field.pattern} of ${field.key}`);
        return found;
      }
      return 'Sample answer text'.padEnd(Math.max(field.minLength ?? 0, 18), '.').slice(0, field.maxLength ?? DEFAULT_MAX_LENGTH.short);
    }
    case 'form-field.long-text':
      return 'The problem happens every morning at the main library. '.repeat(4).slice(0, Math.max(field.minLength ?? 0, Math.min(field.maxLength ?? 200, 200))).trim();
    case 'form-field.email':
      return 'account.holder@example.com';
    case 'form-field.phone':
      return '703 555 0123';
    case 'form-field.number':
      return String(field.min ?? 1);
    case 'form-field.date':
      return field.minDate ?? field.maxDate ?? '2026-06-01';
    case 'form-field.single-choice':
      return field.options[0]?.value;
    case 'form-field.multiple-choice':
      return field.options.slice(0, Math.max(1, field.minSelected ?? 1)).map((option) => option.value);
    case 'form-field.checkbox':
      return entry === 'open311' ? 'true' : 'on';
    case 'form-field.address':
      return '301 King Street, Alexandria, VA 22314';
    // JSON carries the point; a form post or Open311 the address, found among the demo's address points.
    case 'form-field.location':
      return entry === 'graphql' ? { address: '301 King St', lat: 38.8048, long: -77.0432 } : '301 King Street';
    case 'form-field.file-upload':
      return undefined;
  }
}

/** The conditions that decide whether a question is asked: its step's and its own. */
function conditionsOf(form: FormPair['en'], field: FormField): Condition[] {
  return [stepOf(form, field.key)?.showWhen, field.showWhen].filter((condition): condition is Condition => condition !== undefined);
}

/**
 * Answers the questions that conditions read so that every conditional question (its own condition
 * or its step's) is asked: a question not asked is neither validated nor kept, so breaking it would
 * break nothing. Exit pages' conditions are left alone (the first options never end a demo form).
 */
function askEveryQuestion(form: FormPair['en'], answers: Record<string, Json>, entry: Entry): void {
  const conditions = [...form.steps.map((step) => step.showWhen), ...form.fields.map((field) => field.showWhen)].filter((condition) => condition !== undefined);
  for (const condition of conditions) {
    const question = form.fields.find((field) => field.key === condition.question);
    if (!question || condition.operator === 'answered' || !(question.key in answers)) continue;
    const [first = ''] = condition.values;
    if (question.__component === 'form-field.multiple-choice') answers[question.key] = condition.operator === 'one_of' ? [first] : condition.values;
    else if (question.__component === 'form-field.checkbox') {
      if (first === 'true') answers[question.key] = entry === 'open311' ? 'true' : 'on';
      else delete answers[question.key];
    } else answers[question.key] = condition.operator === 'includes' ? condition.values.join(' ') : first;
  }
}

/** Bytes that start like each accepted file type. */
const FILE_BYTES: Record<string, Buffer> = {
  'application/pdf': Buffer.from('%PDF-1.7\n% attachment\n'),
  'image/png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
  'image/jpeg': Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]),
  'image/gif': Buffer.from('GIF89a\x01\x00\x01\x00'),
};

export function validFile(field: Extract<FormField, { __component: 'form-field.file-upload' }>): FilePart {
  const mime = acceptedMimes(field.accept)[0] ?? 'application/pdf';
  return { field: field.key, filename: `evidence.${mime.split('/')[1]}`, contentType: mime, bytes: FILE_BYTES[mime] ?? FILE_BYTES['application/pdf'] };
}

// ---------------------------------------------------------------------------------------------
// Broken answers, per field type

/** A broken answer: the value (undefined leaves it out) and what was done. */
interface BrokenValue {
  value: Json | undefined;
  kind: string;
}

type FieldOf<C extends FieldComponent> = Extract<FormField, { __component: C }>;

/**
 * Text values that break a field whatever entry point carries them. `huge` allows a value up to
 * HUGE_CHARS; otherwise a too-long value is only a little too long, so that several broken fields
 * of one case stay under the body size limit together.
 */
function brokenText(field: FormField, entry: Entry, huge: boolean): fc.Arbitrary<BrokenValue>[] {
  const options: fc.Arbitrary<BrokenValue>[] = [];
  const noisy = (kind: string, text: string) => withNoise(text).map((value) => ({ value, kind: value === text ? kind : `${kind} + control/invalid bytes` }));
  if (field.required) {
    options.push(fc.constant({ value: undefined, kind: 'missing' }));
    if (field.__component !== 'form-field.checkbox') options.push(fc.constantFrom('', '   ', '\t\r\n', '\u00a0\u2003').map((value) => ({ value, kind: 'blank' })));
  }
  switch (field.__component) {
    case 'form-field.short-text':
    case 'form-field.long-text': {
      const max = field.maxLength ?? (field.__component === 'form-field.short-text' ? DEFAULT_MAX_LENGTH.short : DEFAULT_MAX_LENGTH.long);
      // Huge values, kept under the 256 KB body limits even percent-encoded (larger bodies are transport cases).
      options.push(fc.integer({ min: max + 1, max: huge ? Math.max(max + 1, HUGE_CHARS) : max + 200 }).chain((length) => longText(length)).map((value) => ({ value, kind: 'too long' })));
      if ((field.minLength ?? 0) >= 6) options.push(fc.constantFrom('x', 'abc').chain((text) => noisy('too short', text)));
      if (field.__component === 'form-field.short-text' && field.pattern) options.push(fc.constantFrom('not a web address', 'javascript:alert(1)', 'ftp://x y').chain((text) => noisy('pattern', text)));
      break;
    }
    case 'form-field.email':
      options.push(fc.constantFrom('no-at-sign.example.com', 'a@', '@example.com', 'two@@example.com', 'a b@example.com').chain((text) => noisy('format', text)));
      options.push(longText(260).map((text) => ({ value: `${text}@example.com`, kind: 'too long' })));
      break;
    case 'form-field.phone':
      options.push(fc.constantFrom('call me', '12', '1234567890123456789', 'phone: 555').chain((text) => noisy('format', text)));
      break;
    case 'form-field.number': {
      const candidates = ['twelve', '1e3', 'NaN', 'Infinity', '0x10', '--5', '1,000'];
      if (field.integer) candidates.push('2.5');
      if (field.min !== undefined) candidates.push(String(field.min - 1));
      if (field.max !== undefined) candidates.push(String(field.max + 1));
      options.push(fc.constantFrom(...candidates).chain((text) => noisy('not a number or out of range', text)));
      break;
    }
    case 'form-field.date': {
      const candidates = ['2026-02-30', '31/12/2026', '2026-13-01', 'tomorrow', '20260601'];
      if (field.minDate) candidates.push(shiftDay(field.minDate, -1));
      if (field.maxDate) candidates.push(shiftDay(field.maxDate, 1));
      options.push(fc.constantFrom(...candidates).chain((text) => noisy('not a date or out of range', text)));
      break;
    }
    case 'form-field.single-choice': {
      const option = field.options[0]?.value ?? 'x';
      options.push(fc.constantFrom('not-an-option', option.toUpperCase() === option ? `${option}x` : option.toUpperCase(), `${option}-x`).chain((text) => noisy('not an option', text)));
      // Two values for a question that takes one.
      if (entry !== 'graphql') options.push(fc.constant({ value: [option, field.options[1]?.value ?? option], kind: 'repeated' }));
      break;
    }
    case 'form-field.multiple-choice': {
      const first = field.options[0]?.value ?? 'x';
      options.push(fc.constantFrom('not-an-option', `${first}-x`).map((text) => ({ value: [first, text], kind: 'not an option' })));
      if (field.maxSelected !== undefined && field.options.length > field.maxSelected) {
        options.push(fc.constant({ value: field.options.slice(0, field.maxSelected + 1).map((option) => option.value), kind: 'too many chosen' }));
      }
      break;
    }
    case 'form-field.checkbox':
      options.push(fc.constantFrom('maybe', 'yes please', 'ticked', '2').chain((text) => noisy('not a tick', text)));
      if (field.required) options.push(fc.constantFrom('false', 'off', 'no', '0').map((value) => ({ value, kind: 'required unticked' })));
      break;
    case 'form-field.address':
      options.push(fc.integer({ min: DEFAULT_MAX_LENGTH.address + 1, max: 5000 }).chain((length) => longText(length)).map((value) => ({ value, kind: 'too long' })));
      break;
    case 'form-field.location':
      options.push(fc.constantFrom('1 Nowhere Lane', '1600 Pennsylvania Avenue').map((value) => ({ value, kind: 'address not found' })));
      break;
    case 'form-field.file-upload':
      break;
  }
  return options;
}

/** Values of the wrong JSON type, deep JSON included (GraphQL answers are JSON). */
function brokenJson(field: FormField): fc.Arbitrary<BrokenValue>[] {
  const options: fc.Arbitrary<BrokenValue>[] = [fc.constant({ value: { nested: 'object' }, kind: 'wrong type: object' }), deepArb.map((value) => ({ value, kind: 'wrong type: deep JSON' }))];
  if (field.required) options.push(fc.constant({ value: null, kind: 'null' }));
  switch (field.__component) {
    case 'form-field.number':
      options.push(fc.constantFrom<Json>(true, [1], '12 apples').map((value) => ({ value, kind: 'wrong type' })));
      if (field.max !== undefined) options.push(fc.double({ min: field.max + 1, max: 1e300, noNaN: true }).map((value) => ({ value, kind: 'too large' })));
      if (field.integer) options.push(fc.constant({ value: 1.5 + (field.min ?? 0), kind: 'not whole' }));
      break;
    case 'form-field.multiple-choice':
      options.push(fc.constantFrom<Json>([1, 2], [true], 'not-an-option').map((value) => ({ value, kind: 'wrong type' })));
      break;
    case 'form-field.checkbox':
      options.push(fc.constantFrom<Json>(1, 'maybe', ['on']).map((value) => ({ value, kind: 'wrong type' })));
      break;
    default:
      options.push(fc.constantFrom<Json>(42, true, ['a', 'b'], -0.5).map((value) => ({ value, kind: 'wrong type' })));
  }
  return options;
}

function shiftDay(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------------------------
// The case generator

const EXTRA_NAMES = ['utm_source', 'submit', '__proto__', 'constructor', 'answers[unknown_question]', 'answers[__proto__]', 'contact[nickname]', 'contact[__proto__]', 'a[b][c][d][e][f][g]', `x${RAW}y`, 'x\u0000y'];

const idempotencyKey = (n: number) => `reliability-bad-input-${n.toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

interface Draft {
  testCase: BadCase;
  /** Keys already broken (so two breaks never land on one field). */
  used: Set<string>;
  /** Whether the case already has its one huge value. */
  hugeUsed: boolean;
}

/**
 * Batches of malformed submissions over the given forms, `size` at a time (a property run sends
 * one batch at once). The batch is drawn inside one generator: fc.array over an fc.gen() arbitrary
 * would repeat one case `size` times. `serial` makes idempotency keys unique across a run.
 */
export function badCaseBatches(forms: readonly FormPair[], size: number): fc.Arbitrary<BadCase[]> {
  const makeCase = caseMaker(forms);
  return fc.gen().map((g) => Array.from({ length: size }, () => makeCase(g)));
}

function caseMaker(forms: readonly FormPair[]): (g: Gen) => BadCase {
  let serial = 0;
  const entryArb = fc.constantFrom<Entry>(...ENTRIES);
  const typesByEntry = (entry: Entry): FieldComponent[] => {
    const types = new Set<FieldComponent>();
    for (const form of forms) {
      if (entry === 'open311' && !form.open311) continue;
      for (const field of form.en.fields) types.add(field.__component);
    }
    // Files travel only in the multipart form (and Open311 refuses them as attributes).
    if (entry === 'graphql' || entry === 'form-urlencoded') types.delete('form-field.file-upload');
    return [...types];
  };

  return (g) => {
    const entry = g(() => entryArb);
    const locale = g(() => fc.constantFrom<Locale>('en', 'es'));
    const reply = entry === 'graphql' ? 'json' : entry === 'open311' ? g(() => fc.constantFrom<'json' | 'xml'>('json', 'xml')) : g(() => fc.constantFrom<'html' | 'json'>('html', 'json'));
    // Choose the field type first, so every type is broken about as often as any other.
    const targetKind = g(() => fc.constantFrom('field', 'field', 'field', 'field', 'field', 'contact', 'envelope', 'transport'));
    const fieldType = g(() => fc.constantFrom(...typesByEntry(entry)));
    const candidates = forms.filter((form) => (entry !== 'open311' || form.open311) && form.en.fields.some((field) => field.__component === fieldType));
    const form = g(() => fc.constantFrom(...candidates));
    const draft = baseDraft(form, entry, reply, locale, idempotencyKey(serial++));

    if (targetKind === 'transport') breakTransport(g, draft);
    else if (targetKind === 'envelope') breakEnvelope(g, draft);
    else if (targetKind === 'contact') breakContact(g, draft);
    else breakField(g, draft, fieldType);
    // Sometimes more than one thing is wrong at once.
    const more = g(() => fc.integer({ min: 0, max: 2 }));
    for (let index = 0; index < more; index += 1) {
      const extraType = g(() => fc.constantFrom(...form.en.fields.map((field) => field.__component)));
      breakField(g, draft, extraType);
    }
    // Harmless extra parameters with hostile names (GraphQL's schema refuses any unknown field, so they are a break there).
    if (entry !== 'open311' && g(() => fc.boolean())) {
      const name = g(() => fc.constantFrom(...EXTRA_NAMES));
      const value = g(() => fc.oneof(fc.constant('1'), longText(40)));
      if (entry === 'graphql') {
        if (name === '__proto__') {
          // The JSON parser refuses any "__proto__" key outright (prototype pollution guard).
          if (isRecord(draft.testCase.answers)) {
            Object.defineProperty(draft.testCase.answers, name, { value, enumerable: true, configurable: true, writable: true });
            draft.testCase.expectations.push({ field: '', stage: STAGE.transport, language: 'none', target: 'transport', kind: 'JSON with a __proto__ key' });
          }
        } else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && name !== 'constructor') {
          draft.testCase.extras.push([name, value]);
          draft.testCase.expectations.push({ field: name, stage: STAGE.graphqlSchema, language: 'en', target: 'graphql-schema', kind: 'unknown input field' });
        } else if (isRecord(draft.testCase.answers)) {
          // Unknown answer keys are dropped, whatever their name (`__proto__` included).
          Object.defineProperty(draft.testCase.answers, name, { value, enumerable: true, configurable: true, writable: true });
        }
      } else {
        draft.testCase.extras.push([name, value]);
      }
      draft.testCase.ingredients.push('extra parameter');
    }
    if (draft.testCase.expectations.length === 0) throw new Error('a generated case broke nothing');
    return draft.testCase;
  };
}

export const isRecord = (value: unknown): value is Record<string, Json> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A valid submission (no expectations) to a form, ready for `encode`: the starting point of every bad case. */
export function validCase(form: FormPair, entry: Entry, reply: BadCase['reply'], locale: Locale, key: string): BadCase {
  const { testCase } = baseDraft(form, entry, reply, locale, key);
  if (testCase.expectations.length > 0) throw new Error(`${form.code} cannot be answered validly through ${entry}`);
  return testCase;
}

function baseDraft(form: FormPair, entry: Entry, reply: BadCase['reply'], locale: Locale, key: string): Draft {
  const version = form[locale];
  const answers: Record<string, Json> = {};
  const files: FilePart[] = [];
  const expectations: Expectation[] = [];
  const location = entry === 'open311' ? locationField(version) : undefined;
  for (const field of version.fields) {
    if (field.__component === 'form-field.file-upload') {
      if (entry === 'form-multipart') files.push(validFile(field));
      else if (field.required) expectations.push({ field: field.key, stage: STAGE.fields, language: 'locale', target: 'form-field.file-upload', kind: 'required file not sent' });
      continue;
    }
    if (field === location) continue;
    const value = validValue(field, entry);
    if (value !== undefined) answers[field.key] = value;
  }
  askEveryQuestion(version, answers, entry);
  const testCase: BadCase = {
    entry,
    reply,
    form,
    locale,
    formCode: form.code,
    localeParam: locale,
    idempotencyKey: key,
    answers,
    contact: { name: 'Ana Resident', email: 'ana.resident@example.com', phone: '+1 703 555 0100' },
    files,
    extras: [],
    open311: { apiKey: undefined, idempotencyHeader: key, params: location ? [['address_string', '301 King Street, Alexandria, VA 22314']] : [] },
    transport: undefined,
    expectations,
    ingredients: [],
  };
  return { testCase, used: new Set(), hugeUsed: false };
}

type Gen = fc.GeneratorValue;

function expect(draft: Draft, expectation: Expectation, ingredient?: string): void {
  draft.testCase.expectations.push(expectation);
  if (ingredient) draft.testCase.ingredients.push(ingredient);
}

function ingredientsOf(kind: string): string | undefined {
  if (/control/.test(kind)) return 'control characters / invalid UTF-8';
  if (/deep JSON/.test(kind)) return 'deep JSON';
  if (/wrong type|null/.test(kind)) return 'wrong type';
  if (/too long/.test(kind)) return 'huge value';
  if (/missing|blank/.test(kind)) return 'missing or empty';
  return undefined;
}

function breakField(g: Gen, draft: Draft, fieldType: FieldComponent): void {
  const { testCase } = draft;
  const version = testCase.form[testCase.locale];
  // Never the answer a broken question's condition reads: broken, it could hide that question, whose error would not come.
  const readByBroken = (key: string) => version.fields.some((other) => draft.used.has(other.key) && conditionsOf(version, other).some((condition) => condition.question === key));
  const field = version.fields.find((candidate) => candidate.__component === fieldType && !draft.used.has(candidate.key) && !readByBroken(candidate.key));
  if (!field) return;
  draft.used.add(field.key);
  // A question asked only for some answers to this one may no longer be asked: breaking it too would break nothing.
  for (const other of version.fields) if (conditionsOf(version, other).some((condition) => condition.question === field.key)) draft.used.add(other.key);
  const answers = testCase.answers;
  if (!isRecord(answers)) return;

  if (field.__component === 'form-field.file-upload') return breakFile(g, draft, field);

  if (testCase.entry === 'open311') {
    const location = locationField(version);
    if (field === location) return breakLocation(g, draft, field);
    const broken = g(() => fc.oneof(...brokenText(field, 'open311', !draft.hugeUsed)));
    noteHuge(draft, broken.value);
    setAnswer(answers, field.key, broken.value);
    // A checkbox left out is unticked, which only a required one refuses.
    expect(draft, { field: `attribute[${field.key}]`, stage: STAGE.open311.fields, language: 'locale', target: field.__component, kind: broken.kind }, ingredientsOf(broken.kind));
    return;
  }

  const pool = [...brokenText(field, testCase.entry, !draft.hugeUsed), ...(testCase.entry === 'graphql' ? brokenJson(field) : [])];
  const broken = g(() => fc.oneof(...pool));
  noteHuge(draft, broken.value);
  setAnswer(answers, field.key, broken.value);
  expect(draft, { field: field.key, stage: fieldStage(testCase.entry), language: 'locale', target: field.__component, kind: broken.kind }, ingredientsOf(broken.kind));
}

function noteHuge(draft: Draft, value: Json | undefined): void {
  if (typeof value === 'string' && value.length > HUGE_FROM) draft.hugeUsed = true;
}

function setAnswer(answers: Record<string, Json>, key: string, value: Json | undefined): void {
  if (value === undefined) delete answers[key];
  else answers[key] = value;
}

function breakFile(g: Gen, draft: Draft, field: Extract<FormField, { __component: 'form-field.file-upload' }>): void {
  const { testCase } = draft;
  if (testCase.entry === 'open311') {
    // Open311 has no file parameter: the field is not an attribute at all.
    testCase.open311.params.push([`attribute[${field.key}]`, 'evidence.png']);
    // Named by its code (the message is about the parameter, not the question).
    expect(draft, { field: `attribute[${field.key}]`, stage: STAGE.open311.mapping, language: 'locale', target: 'open311-parameter', kind: 'file field as an attribute' });
    return;
  }
  // Files travel only in the multipart form; elsewhere a required one is already expected missing.
  if (testCase.entry !== 'form-multipart') return;
  const kind = g(() => fc.constantFrom('wrong bytes', 'too many', ...(field.required ? ['missing'] : [])));
  testCase.files = testCase.files.filter((file) => file.field !== field.key);
  if (kind === 'wrong bytes') {
    const bytes = g(() =>
      fc.constantFrom(
        Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00]), // a Windows executable
        Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
        Buffer.from('<html><script>alert(1)</script></html>'),
        Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x02]),
      ),
    );
    testCase.files.push({ field: field.key, filename: g(() => fc.constantFrom('scan.pdf', 'photo.png', '../../etc/passwd', `x${RAW}.png`)), contentType: 'application/pdf', bytes });
  } else if (kind === 'too many') {
    for (let index = 0; index <= field.maxFiles; index += 1) testCase.files.push({ ...validFile(field), filename: `page-${index}.png` });
  }
  expect(draft, { field: field.key, stage: STAGE.fields, language: 'locale', target: 'form-field.file-upload', kind: `file ${kind}` });
}

function breakLocation(g: Gen, draft: Draft, field: FieldOf<'form-field.address'> | FieldOf<'form-field.location'>): void {
  const { testCase } = draft;
  testCase.open311.params = testCase.open311.params.filter(([name]) => name !== 'address_string');
  const kind = g(() => fc.constantFrom('too long', 'lat without long', ...(needsLocation(testCase.form[testCase.locale]) ? ['missing'] : [])));
  if (kind === 'too long') {
    testCase.open311.params.push(['address_string', g(() => longText(DEFAULT_MAX_LENGTH.address + 1 + g(() => fc.nat(draft.hugeUsed ? 200 : 3000))))]);
    expect(draft, { field: 'address_string', stage: STAGE.open311.params, language: 'locale', target: field.__component, kind: 'too long' }, 'huge value');
  } else if (kind === 'lat without long') {
    const lat = g(() => fc.constantFrom('38.8', '91', 'north'));
    testCase.open311.params.push(['lat', lat]);
    // The answer names the coordinate that is wrong: long when lat is fine, else lat.
    expect(draft, { field: lat === '38.8' ? 'long' : 'lat', stage: STAGE.open311.params, language: 'locale', target: 'open311-parameter', kind: 'lat without long' });
    // The location is then missing too, but that is checked at a later stage.
  } else {
    expect(draft, { field: 'address_string', stage: STAGE.open311.mapping, language: 'locale', target: field.__component, kind: 'missing location' }, 'missing or empty');
  }
}

function breakContact(g: Gen, draft: Draft): void {
  const { testCase } = draft;
  const contact = testCase.contact;
  if (!isRecord(contact)) return;
  const part = g(() => fc.constantFrom('name', 'email', 'phone'));
  if (draft.used.has(`contact.${part}`)) return;
  draft.used.add(`contact.${part}`);

  if (testCase.entry === 'graphql' && g(() => fc.integer({ min: 0, max: 4 })) === 0) {
    // The GraphQL schema types the contact: anything but a string is refused before the resolver.
    const value = g(() => fc.constantFrom<Json>(42, true, ['x'], { first: 'Ana' }));
    contact[part] = value;
    expect(draft, { field: `contact.${part}`, stage: STAGE.graphqlSchema, language: 'en', target: 'graphql-schema', kind: 'contact of the wrong type' }, 'wrong type');
    return;
  }

  let broken: BrokenValue;
  if (part === 'name') {
    broken = g(() =>
      fc.oneof(
        fc.constant<BrokenValue>({ value: undefined, kind: 'missing' }),
        fc.constantFrom('', '   ', '\n\t').map((value): BrokenValue => ({ value, kind: 'blank' })),
        fc.integer({ min: CONTACT_NAME_MAX + 1, max: DEFAULT_MAX_LENGTH.short }).chain(longText).map((value): BrokenValue => ({ value, kind: 'too long' })),
      ),
    );
  } else if (part === 'email') {
    broken = g(() =>
      fc.oneof(
        fc.constant<BrokenValue>({ value: undefined, kind: 'missing' }),
        fc.constantFrom('', ' ').map((value): BrokenValue => ({ value, kind: 'blank' })),
        fc.constantFrom('resident.example.com', 'a@', '@example.com', 'a b@example.com', '<script>@x.y').chain((text) => withNoise(text).map((value): BrokenValue => ({ value, kind: value === text ? 'format' : 'format + control/invalid bytes' }))),
      ),
    );
  } else {
    broken = g(() => fc.constantFrom('call me', '12', '1234567890123456789').chain((text) => withNoise(text).map((value): BrokenValue => ({ value, kind: value === text ? 'format' : 'format + control/invalid bytes' }))));
  }

  if (testCase.entry === 'open311') {
    if (part === 'name') {
      // Open311 splits the name: first_name and last_name, joined again by the portal.
      delete contact.name;
      if (broken.value !== undefined) contact.name = broken.value;
      const tooLongForOpen311 = typeof broken.value === 'string' && broken.value.length > DEFAULT_MAX_LENGTH.short;
      expect(draft, { field: 'first_name', stage: tooLongForOpen311 ? STAGE.open311.params : STAGE.open311.fields, language: 'locale', target: 'contact', kind: broken.kind }, ingredientsOf(broken.kind));
      return;
    }
    setAnswer(contact, part, broken.value);
    expect(draft, { field: part, stage: STAGE.open311.fields, language: 'locale', target: 'contact', kind: broken.kind }, ingredientsOf(broken.kind));
    return;
  }
  setAnswer(contact, part, broken.value);
  expect(draft, { field: `contact.${part}`, stage: STAGE.fields, language: 'locale', target: 'contact', kind: broken.kind }, ingredientsOf(broken.kind));
}

function breakEnvelope(g: Gen, draft: Draft): void {
  const { testCase } = draft;
  if (testCase.entry === 'open311') return breakOpen311Envelope(g, draft);
  const graphql = testCase.entry === 'graphql';
  const part = g(() => fc.constantFrom('formCode', 'locale', 'idempotencyKey', 'unknownForm', ...(graphql ? ['answers', 'contact'] : [])));
  const schemaBreak = (value: Json | undefined, kind: string) => {
    expect(draft, { field: part, stage: STAGE.graphqlSchema, language: 'en', target: 'graphql-schema', kind }, value === undefined ? 'missing or empty' : 'wrong type');
  };
  switch (part) {
    case 'unknownForm':
      testCase.formCode = g(() => fc.constantFrom('no-such-form', 'website-problem-2', 'a'));
      expect(draft, { field: 'formCode', stage: STAGE.unknownForm, language: 'locale', target: 'envelope', kind: 'unknown form' });
      return;
    case 'formCode':
    case 'locale':
    case 'idempotencyKey': {
      if (graphql && g(() => fc.integer({ min: 0, max: 2 })) === 0) {
        const value = g(() => fc.constantFrom<Json | undefined>(undefined, null, 7, ['x']));
        testCase[part === 'locale' ? 'localeParam' : part] = value;
        schemaBreak(value, `${part} missing, null or of the wrong type`);
        return;
      }
      const values: Record<string, (string | undefined)[]> = {
        formCode: graphql ? ['', 'has spaces', '-bad-', 'a'.repeat(61), `web${RAW}site`] : [undefined, '', 'has spaces', '-bad-', 'a'.repeat(61), `web${RAW}site`],
        locale: graphql ? ['fr', 'EN', '', `e${RAW}s`, 'es-MX'] : [undefined, 'fr', 'EN', '', `e${RAW}s`],
        idempotencyKey: graphql ? ['short', 'has spaces in it!!!!!', 'k'.repeat(129), '../../etc/passwd-0123456789', `key${RAW}0123456789abcdef`] : [undefined, 'short', 'has spaces in it!!!!!', 'k'.repeat(129), `key${RAW}0123456789abcdef`],
      };
      const value = g(() => fc.constantFrom(...(values[part] ?? [])));
      testCase[part === 'locale' ? 'localeParam' : part] = value;
      expect(draft, { field: part, stage: STAGE.envelope, language: 'en', target: 'envelope', kind: value === undefined ? 'missing' : 'malformed' }, value?.includes(RAW) ? 'control characters / invalid UTF-8' : undefined);
      return;
    }
    case 'answers': {
      const value = g(() => fc.constantFrom<Json | undefined>(undefined, null, 'text', 5, [['a']], []));
      testCase.answers = value;
      if (value === undefined || value === null) schemaBreak(value, 'answers missing or null');
      else expect(draft, { field: 'answers', stage: STAGE.envelope, language: 'en', target: 'envelope', kind: 'answers not an object' }, 'wrong type');
      return;
    }
    case 'contact': {
      const value = g(() => fc.constantFrom<Json | undefined>(undefined, null, 'Ana', 5));
      testCase.contact = value;
      schemaBreak(value, 'contact missing or not an object');
      return;
    }
  }
}

function breakOpen311Envelope(g: Gen, draft: Draft): void {
  const { testCase } = draft;
  const part = g(() => fc.constantFrom('api_key', 'locale', 'service_code', 'unknownService', 'idempotency', 'description', 'media_url', 'unknownAttribute', 'repeated'));
  switch (part) {
    case 'api_key':
      testCase.open311.apiKey = g(() => fc.constantFrom<string | undefined>(undefined, '', 'wrong-key-0123456789', `key${RAW}`, 'key\u0000'));
      expect(draft, { field: 'api_key', stage: STAGE.open311.apiKey, language: 'locale', target: 'open311-parameter', kind: 'api_key missing or wrong' });
      return;
    case 'locale':
      testCase.localeParam = g(() => fc.constantFrom('zxx', 'EN', 'es-MX', `e${RAW}s`));
      expect(draft, { field: 'locale', stage: STAGE.open311.locale, language: 'en', target: 'open311-parameter', kind: 'unknown locale' });
      return;
    case 'service_code':
      testCase.formCode = g(() => fc.constantFrom<string | undefined>(undefined, '', '   '));
      expect(draft, { field: 'service_code', stage: STAGE.open311.params, language: 'locale', target: 'envelope', kind: 'service_code missing' });
      return;
    case 'unknownService':
      testCase.formCode = g(() => fc.constantFrom('no-such-service', '../../etc/passwd', `web${RAW}site`, 'web\u0000site', '<script>alert(1)</script>'));
      expect(draft, { field: 'service_code', stage: STAGE.open311.service, language: 'locale', target: 'envelope', kind: 'unknown service_code' });
      return;
    case 'idempotency':
      testCase.open311.idempotencyHeader = g(() => fc.constantFrom('short', 'has spaces in it!!!!!', 'k'.repeat(129)));
      expect(draft, { field: 'Idempotency-Key', stage: STAGE.open311.idempotency, language: 'locale', target: 'open311-parameter', kind: 'malformed Idempotency-Key' });
      return;
    case 'description': {
      const value = g(() => fc.oneof(longText(OPEN311_DESCRIPTION_MAX + 1 + 200), fc.constantFrom('<script>alert(1)</script>', 'Broken <img src=x onerror=alert(1)>', '<!-- comment -->')));
      testCase.open311.params.push(['description', value]);
      expect(draft, { field: 'description', stage: STAGE.open311.params, language: 'locale', target: 'open311-parameter', kind: value.length > OPEN311_DESCRIPTION_MAX ? 'too long' : 'HTML' });
      return;
    }
    case 'media_url':
      testCase.open311.params.push(['media_url', g(() => fc.constantFrom('javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'not a url', 'ftp://example.com/x.png'))]);
      expect(draft, { field: 'media_url', stage: STAGE.open311.params, language: 'locale', target: 'open311-parameter', kind: 'not a web address' });
      return;
    case 'unknownAttribute':
      {
        // Not __proto__ or constructor: the body parser drops those names, which would leave nothing broken.
        const code = g(() => fc.constantFrom('no_such_question', 'Page_URL', 'page url', `x${RAW}`));
        testCase.open311.params.push([`attribute[${code}]`, 'x']);
      }
      // Named as the parser read it (an invalid byte comes back as U+FFFD): any attribute[...] will do.
      expect(draft, { field: 'attribute[*]', stage: STAGE.open311.mapping, language: 'locale', target: 'open311-parameter', kind: 'unknown attribute' });
      return;
    case 'repeated':
      testCase.open311.params.push(['email', 'second@example.com']);
      expect(draft, { field: 'email', stage: STAGE.open311.params, language: 'locale', target: 'open311-parameter', kind: 'parameter sent twice' });
      return;
  }
}

function breakTransport(g: Gen, draft: Draft): void {
  const { testCase } = draft;
  const big = 'x'.repeat(300 * 1024);
  const kinds: Record<Entry, TransportBreak[]> = {
    graphql: [
      { kind: 'not JSON', contentType: 'application/json', body: '{"query": "mutation {' },
      { kind: 'invalid UTF-8 in the query', contentType: 'application/json', body: `{"query":"${RAW}${RAW}"}` },
      { kind: 'text/plain (CSRF guard)', contentType: 'text/plain', body: '{"query":"mutation { __typename }"}' },
      { kind: 'form-encoded GraphQL', contentType: 'application/x-www-form-urlencoded', body: 'query=mutation%20%7B%20__typename%20%7D' },
      { kind: 'no query', contentType: 'application/json', body: '{"variables":{}}' },
      { kind: 'query of the wrong type', contentType: 'application/json', body: '{"query":{"a":1}}' },
      { kind: 'body over the limit', contentType: 'application/json', body: `{"query":"${big}"}` },
      { kind: 'mutation over GET', method: 'GET', body: '' },
      { kind: 'JSON array', contentType: 'application/json', body: '[[[[[]]]]]' },
    ],
    'form-urlencoded': [
      { kind: 'JSON to the form endpoint', contentType: 'application/json', body: '{"formCode":"website-problem"}' },
      { kind: 'text/plain', contentType: 'text/plain', body: 'formCode=website-problem' },
      { kind: 'no content type', body: 'formCode=website-problem' },
      { kind: 'no Content-Length', contentType: 'application/x-www-form-urlencoded', body: 'formCode=website-problem', chunked: true },
      { kind: 'body over the limit', contentType: 'application/x-www-form-urlencoded', body: `formCode=website-problem&answers[description]=${big}` },
      { kind: 'XML', contentType: 'application/xml', body: '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>' },
    ],
    'form-multipart': [
      { kind: 'multipart without a boundary', contentType: 'multipart/form-data', body: 'formCode=website-problem' },
      { kind: 'multipart cut short', contentType: 'multipart/form-data; boundary=cut', body: '--cut\r\nContent-Disposition: form-data; name="formCode"\r\n\r\nwebsite-problem\r\n--cut\r\nContent-Disposition: form-data; name="answers[x]"; filename="a.png"\r\n\r\nabc' },
      { kind: 'multipart with a wrong boundary', contentType: 'multipart/form-data; boundary=other', body: '--cut\r\nContent-Disposition: form-data; name="formCode"\r\n\r\nwebsite-problem\r\n--cut--\r\n' },
    ],
    open311: [
      { kind: 'JSON', contentType: 'application/json', body: '{"service_code":"website-problem"}' },
      { kind: 'XML', contentType: 'application/xml', body: '<service_request><service_code>x</service_code></service_request>' },
      { kind: 'text/plain', contentType: 'text/plain', body: 'service_code=website-problem' },
      { kind: 'multipart cut short', contentType: 'multipart/form-data; boundary=cut', body: '--cut\r\nContent-Disposition: form-data; name="service_code"\r\n\r\nweb' },
    ],
  };
  const transport = g(() => fc.constantFrom(...kinds[testCase.entry]));
  testCase.transport = transport;
  expect(draft, { field: '', stage: STAGE.transport, language: 'none', target: 'transport', kind: transport.kind }, transport.kind.includes('UTF-8') ? 'control characters / invalid UTF-8' : 'wrong content type or body');
}

/** Form versions by code, paired across the two locales. */
export function pairForms(en: Map<string, ServiceForm>, es: Map<string, ServiceForm>, open311Codes: ReadonlySet<string>): FormPair[] {
  return [...en.values()].flatMap((form) => {
    const spanish = es.get(form.code);
    return spanish ? [{ code: form.code, en: form, es: spanish, open311: open311Codes.has(form.code) && attributeFields(form).length > 0 }] : [];
  });
}
