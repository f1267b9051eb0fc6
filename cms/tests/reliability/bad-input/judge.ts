import { XMLParser } from 'fast-xml-parser';
import { formSteps, readFormFeedback, type FormField, type FormPlace, type ServiceForm } from '@city/shared/forms';
import { namespaces } from '@city/shared/i18n';
import { openFormFeedback } from '@city/shared/sealed';
import { answeredExpectations, type BadCase, type Expectation, type Locale } from './cases';
import type { RawResponse } from './encode';

/**
 * Reads what an entry point answered to a malformed submission and checks it against the case's
 * expectations: refused, never a 5xx, every broken field of the stage answered named, and each
 * message in the language the submission asked for (the text from the catalogue in shared/i18n,
 * naming the question by its label in that language).
 */
export type Outcome = 'refused' | 'accepted' | 'server-error' | 'no-answer';

/** The CMS's PUBLISH_WEBHOOK_SECRET in these runs: the no-JavaScript form's errors come back sealed with it. */
export const FEEDBACK_SECRET = 'bad-input-reliability-publisher-secret';

export interface ReportedError {
  /** The field as the answer names it; '' when the answer names none (transport errors, GraphQL's own). */
  field: string;
  message: string;
}

export interface Verdict {
  outcome: Outcome;
  status: number;
  errors: ReportedError[];
  /** Everything wrong with the answer; empty when it is what the case expects. */
  problems: string[];
  /** Errors naming a field in the submitter's language / in English (developer checks) / transport refusals. */
  localized: number;
  english: number;
  transport: number;
}

const xml = new XMLParser({ ignoreAttributes: true, parseTagValue: false });

interface GraphqlError {
  message?: string;
  extensions?: { code?: string; error?: { details?: { errors?: ReportedError[] } } };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Open311 errors are `field: message` descriptions; a description without a known field prefix names none. */
const OPEN311_FIELD = /^(attribute\[[^\]]*\](?:\[\])?|[a-z_]+|Idempotency-Key): ([\s\S]*)$/;

function open311Errors(testCase: BadCase, response: RawResponse): ReportedError[] | undefined {
  let list: unknown;
  if (testCase.reply === 'xml' && !testCase.transport) {
    const parsed = xml.parse(response.text) as { errors?: { error?: unknown } };
    const errors = parsed.errors?.error;
    list = errors === undefined ? undefined : Array.isArray(errors) ? errors : [errors];
  } else {
    list = parseJson(response.text);
  }
  if (!Array.isArray(list)) return undefined;
  return list.map((item: { description?: unknown }) => {
    const description = String(item.description ?? '');
    const match = OPEN311_FIELD.exec(description);
    return match ? { field: match[1] ?? '', message: match[2] ?? '' } : { field: '', message: description };
  });
}

function read(testCase: BadCase, response: RawResponse): { outcome: Outcome; errors: ReportedError[]; readable: boolean; shown?: FormPlace } {
  if (response.status >= 500) return { outcome: 'server-error', errors: [], readable: true };
  switch (testCase.entry) {
    case 'graphql': {
      const body = parseJson(response.text) as { data?: { submitServiceRequest?: unknown } | null; errors?: GraphqlError[]; error?: { message?: string } } | undefined;
      if (body?.data?.submitServiceRequest) return { outcome: 'accepted', errors: [], readable: true };
      const errors = body?.errors ?? [];
      // Apollo answers an exception in a resolver with HTTP 200: the code tells.
      if (errors.some((error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR')) return { outcome: 'server-error', errors: [], readable: true };
      const reported = errors.flatMap((error) => error.extensions?.error?.details?.errors ?? [{ field: '', message: error.message ?? '' }]);
      // A body Apollo never saw (refused by the JSON parser) comes back in Strapi's error format.
      if (body?.error?.message) reported.push({ field: '', message: body.error.message });
      return { outcome: reported.length > 0 || response.status >= 400 ? 'refused' : 'accepted', errors: reported, readable: body !== undefined };
    }
    case 'form-urlencoded':
    case 'form-multipart': {
      if (response.status === 303) {
        const location = new URL(String(response.headers.location ?? ''), 'http://site.invalid');
        if (location.pathname.endsWith('/confirmation')) return { outcome: 'accepted', errors: [], readable: true };
        const feedback = readFormFeedback(location.searchParams, (sealed) => openFormFeedback(sealed, FEEDBACK_SECRET));
        const errors = Object.entries(feedback?.errors ?? {}).map(([field, message]) => ({ field, message }));
        return { outcome: 'refused', errors, readable: feedback !== undefined, ...(feedback?.step ? { shown: feedback.step } : {}) };
      }
      if (response.status >= 200 && response.status < 300) return { outcome: 'accepted', errors: [], readable: true };
      const body = parseJson(response.text) as { error?: { message?: string; details?: { errors?: ReportedError[] } } } | undefined;
      const errors = body?.error?.details?.errors ?? [{ field: '', message: body?.error?.message ?? '' }];
      return { outcome: response.status >= 400 ? 'refused' : 'accepted', errors, readable: body !== undefined || testCase.reply === 'html' };
    }
    case 'open311': {
      if (response.status >= 200 && response.status < 300) return { outcome: 'accepted', errors: [], readable: true };
      const errors = open311Errors(testCase, response);
      return { outcome: response.status >= 400 ? 'refused' : 'accepted', errors: errors ?? [], readable: errors !== undefined };
    }
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every message text of a language: the catalogue's forms and Open311 namespaces (shared/i18n), each plural form apart. */
function templates(locale: Locale): string[] {
  const strings = (value: unknown): string[] => (typeof value === 'string' ? [value] : Object.values(value as object).flatMap(strings));
  return [...strings(namespaces.forms[locale]), ...strings(namespaces.open311[locale])];
}

function templatePattern(template: string, label: string | undefined): RegExp {
  const source = escapeRegExp(template)
    .replace(/\\\{\\\{label\\\}\\\}/g, label === undefined ? '[\\s\\S]+?' : escapeRegExp(label))
    .replace(/\\\{\\\{(min|max|types|value|locales)\\\}\\\}/g, '[\\s\\S]*?');
  return new RegExp(`^${source}$`);
}

const cache = new Map<string, RegExp[]>();
/** The messages a field's error may be in this language: with its label when the field is a question. */
function allowedMessages(locale: Locale, field: FormField | undefined): RegExp[] {
  const key = `${locale}\u0000${field?.key ?? ''}\u0000${field?.label ?? ''}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const all = templates(locale);
  const patterns = field
    ? [
        ...all.filter((template) => template.includes('{label}')).map((template) => templatePattern(template, field.label)),
        ...(field.__component === 'form-field.short-text' && field.patternDescription ? [new RegExp(`^${escapeRegExp(field.patternDescription)}$`)] : []),
      ]
    : all.map((template) => templatePattern(template, undefined));
  cache.set(key, patterns);
  return patterns;
}

/** The question an expectation is about, when it is one (so its label must be in the message). */
function questionOf(testCase: BadCase, expectation: Expectation): FormField | undefined {
  const key = /^attribute\[([^\]]*)\]$/.exec(expectation.field)?.[1] ?? expectation.field;
  return testCase.form[testCase.locale].fields.find((field) => field.key === key && field.__component === expectation.target);
}

function matches(expectation: Expectation, error: ReportedError): boolean {
  if (expectation.field === 'attribute[*]') return /^attribute\[/.test(error.field);
  if (error.field === expectation.field) return true;
  // Answers that name no field in a slot of their own name it in the text (GraphQL's type errors, Open311's key and locale errors).
  return error.field === '' && error.message.includes(expectation.field);
}

/** The page a question (or `contact.<name>`) is asked on, in a form of several pages. */
function pageOf(form: ServiceForm, field: string): string {
  if (field.startsWith('contact.')) return 'contact';
  if (form.onePerPage) return field;
  return formSteps(form).find((page) => page.fields.some((question) => question.key === field))?.id ?? '';
}

export function judge(testCase: BadCase, response: RawResponse | Error): Verdict {
  if (response instanceof Error) {
    return { outcome: 'no-answer', status: 0, errors: [], problems: [`no answer: ${response.message}`], localized: 0, english: 0, transport: 0 };
  }
  const { outcome, errors, readable, shown } = read(testCase, response);
  const verdict: Verdict = { outcome, status: response.status, errors, problems: [], localized: 0, english: 0, transport: 0 };
  if (outcome === 'server-error') verdict.problems.push(`answered ${response.status}: ${response.text.slice(0, 300)}`);
  if (outcome === 'accepted') verdict.problems.push(`accepted (${response.status}) although it breaks ${testCase.expectations.map((e) => `${e.field || e.kind}`).join(', ')}`);
  if (outcome !== 'refused') return verdict;

  const expected = answeredExpectations(testCase);
  if (expected.every((expectation) => expectation.stage === 0)) {
    // The body could not be read: a 4xx is the whole answer (there is no field to name).
    if (response.status < 400 || response.status >= 500) verdict.problems.push(`transport refusal answered ${response.status}`);
    verdict.transport += 1;
    return verdict;
  }
  if (!readable) verdict.problems.push(`unreadable refusal ${response.status}: ${response.text.slice(0, 200)}`);

  for (const expectation of expected) {
    const found = errors.filter((error) => matches(expectation, error));
    // A form of several pages sends the resident back to the page of the first problem, naming that
    // page's problems; the others are named when the resident reaches their pages (each is checked again).
    if (found.length === 0 && shown && errors.length > 0 && pageOf(testCase.form[testCase.locale], expectation.field) !== shown.screen) continue;
    if (found.length === 0) {
      verdict.problems.push(`did not name ${expectation.field} (${expectation.kind}); named ${JSON.stringify(errors).slice(0, 400)}`);
      continue;
    }
    for (const error of found) {
      if (expectation.language === 'locale') {
        const question = questionOf(testCase, expectation);
        if (!allowedMessages(testCase.locale, question).some((pattern) => pattern.test(error.message))) {
          verdict.problems.push(`message for ${error.field || expectation.field} is not the ${testCase.locale} text${question ? ` naming “${question.label}”` : ''}: ${error.message}`);
        } else verdict.localized += 1;
      } else if (!error.message.includes(expectation.field.split('.').pop() ?? expectation.field)) {
        verdict.problems.push(`message does not name ${expectation.field}: ${error.message}`);
      } else verdict.english += 1;
    }
  }
  for (const error of errors) {
    if (!expected.some((expectation) => matches(expectation, error))) verdict.problems.push(`named a field that was not broken: ${error.field || '(none)'}: ${error.message.slice(0, 200)}`);
  }
  return verdict;
}
