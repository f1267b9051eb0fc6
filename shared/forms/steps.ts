import type { FileAnswer } from './answers.js';
import { answersSoFar } from './answers.js';
import type { LocationAnswer } from './location/answer.js';
import { formPages, reachedExit, visibleFields, type FormFlow } from './conditions.js';
import type { FormPlace, FormValuesParam } from './feedback.js';
import type { FieldError } from './answers.js';
import { validateSubmission } from './submission.js';

/**
 * A form of several pages answered without JavaScript: each page posts to the CMS with what was
 * typed so far and an intent, and the CMS decides here which page comes next, with the same rules
 * the island follows in the browser (site/islands/service-request/screens.ts): only the page's own
 * questions are checked, an answer that leads to an exit page shows the exit page, answers to
 * questions no longer asked are dropped, and after the last page of questions come the contact
 * details and the check of answers. Pure: the CMS runs it, the unit tests read it.
 */

/** The id of the contact-details page of a form with steps (the island's too). */
export const CONTACT_SCREEN = 'contact';

/** What a page's buttons ask for: the next page, the one before, or the page a Change button names. */
export type StepIntent = 'next' | 'back' | 'change';
export const STEP_INTENTS: readonly StepIntent[] = ['next', 'back', 'change'];

export interface StepInput {
  intent: StepIntent;
  /** The page the post came from (its `screen` field); unknown: the first. */
  from: string | undefined;
  /** For `change`: the page asked for. */
  target?: string | undefined;
  /** What was typed, every page's answers together, as the HTML form posts them. */
  values: FormValuesParam;
  /** The files each file question has (posted now or kept from an earlier page), described by their bytes. */
  files: Record<string, FileAnswer[]>;
  /**
   * Location questions whose typed address the CMS found among the city's address points (or typed
   * coordinates), as the intake resolves them before its check (address-point/lib/typed-locations.ts):
   * checked as the point, so the page refuses an unknown address or a place outside the city as the
   * final send would. What was typed still travels on in `values`, and the final send resolves it again.
   */
  located?: Record<string, LocationAnswer> | undefined;
}

export interface StepOutcome {
  place: FormPlace;
  /** This page's problems only; empty when the resident moves on. */
  errors: FieldError[];
  /** What was typed, without the answers to questions that are not asked any more. */
  values: FormValuesParam;
}

/** Everything given for the questions: what was typed, the addresses found for it, the files. */
function givenAnswers(input: Pick<StepInput, 'values' | 'files' | 'located'>): Record<string, unknown> {
  return { ...input.values.answers, ...input.located, ...input.files };
}

/** The pages for these answers, in order: the pages of questions, then the contact details. */
export function stepScreens(form: FormFlow, locale: string, input: Pick<StepInput, 'values' | 'files' | 'located'>): string[] {
  const answers = answersSoFar(form, locale, givenAnswers(input));
  return [...formPages(form, answers).map((page) => page.id), CONTACT_SCREEN];
}

/** The page an error belongs to: a question's page, the contact details, or the check of answers (a send to confirm). */
export function placeOfError(form: FormFlow, locale: string, input: Pick<StepInput, 'values' | 'files' | 'located'>, field: string): FormPlace {
  const answers = answersSoFar(form, locale, givenAnswers(input));
  const pages = formPages(form, answers);
  if (field === 'confirmation') return { view: 'check', screen: CONTACT_SCREEN };
  if (field.startsWith('contact.')) return { view: 'form', screen: CONTACT_SCREEN };
  return { view: 'form', screen: (pages.find((page) => page.fields.some((candidate) => candidate.key === field)) ?? pages[0])?.id ?? CONTACT_SCREEN };
}

/** Whether an error (an answer key or `contact.<name>`) is about a question of this page. */
function isOnPage(form: FormFlow, pages: ReturnType<typeof formPages>, screen: string, field: string): boolean {
  if (screen === CONTACT_SCREEN) return field.startsWith('contact.');
  return pages.find((page) => page.id === screen)?.fields.some((candidate) => candidate.key === field) ?? false;
}

/** Only what the resident was asked keeps an answer (every question's, without `answers`); the files are the CMS's to keep or drop. */
function askedValues(form: FormFlow, answers: ReturnType<typeof answersSoFar> | undefined, values: FormValuesParam): FormValuesParam {
  const asked = new Set((answers ? visibleFields(form, answers) : form.fields).map((field) => field.key));
  const fileQuestions = new Set(form.fields.filter((field) => field.__component === 'form-field.file-upload').map((field) => field.key));
  return {
    answers: Object.fromEntries(Object.entries(values.answers).filter(([key]) => asked.has(key) && !fileQuestions.has(key))),
    contact: values.contact,
  };
}

/** The page to show after a post from a page of a form of several pages, and the errors to show on it. */
export function takeStep(form: FormFlow, locale: string, input: StepInput): StepOutcome {
  const raw = givenAnswers(input);
  const answers = answersSoFar(form, locale, raw);
  const pages = formPages(form, answers);
  const screens = [...pages.map((page) => page.id), CONTACT_SCREEN];
  const values = askedValues(form, answers, input.values);
  const at = Math.max(0, screens.indexOf(input.from ?? ''));
  const here: FormPlace = { view: 'form', screen: screens[at]! };
  switch (input.intent) {
    // Back keeps what was typed on the page, checked or not, as the island's Back does.
    case 'back':
      return { place: { view: 'form', screen: screens[Math.max(0, at - 1)]! }, errors: [], values };
    case 'change':
      return { place: { view: 'form', screen: screens.includes(input.target ?? '') ? input.target! : screens[0]! }, errors: [], values };
    case 'next': {
      const checked = validateSubmission(form, locale, { answers: raw, contact: input.values.contact });
      const problems = checked.success ? [] : checked.errors;
      const exit = reachedExit(form, answers);
      // The answer that leads to an exit page is no problem to fix here: the exit page says why.
      const own = problems.filter((error) => isOnPage(form, pages, here.screen, error.field) && error.field !== exit?.showWhen.question);
      // Staying to fix this page: an answer it refuses counts as none, so what it hides is only hidden
      // until the fix, and the answers given to the questions it decides are kept (the island keeps them too).
      if (own.length > 0) return { place: here, errors: own, values: askedValues(form, undefined, input.values) };
      if (exit) return { place: { view: 'exit', screen: here.screen }, errors: [], values };
      const next = screens[at + 1];
      if (next) return { place: { view: 'form', screen: next }, errors: [], values };
      // The last page: a page skipped or changed by hand may still hold a problem; its page comes first.
      const first = problems[0];
      if (first) {
        const place = placeOfError(form, locale, input, first.field);
        return { place, errors: problems.filter((error) => isOnPage(form, pages, place.screen, error.field)), values };
      }
      return { place: { view: 'check', screen: here.screen }, errors: [], values };
    }
  }
}
