import type { AnswerValue, Answers } from './answers.js';
import type { Condition, ExitPage, FormField, FormStep, ServiceForm } from './definition.js';

/**
 * The condition engine: which questions, pages and exit pages apply to a set of answers. Pure, and
 * the same in the browser (the island) and in intake (GraphQL, the no-JavaScript post, Open311), so
 * they can never disagree on what was asked. Conditions read VALIDATED answers (answers.ts walks the
 * questions in order, and a condition only names an earlier question: definition.ts checks it).
 */

export type FormFlow = Pick<ServiceForm, 'fields' | 'steps' | 'onePerPage' | 'exitPages'>;

/** An answer as the strings a condition compares: a choice's value, `true`/`false`, a number as written, file names, a location's address. */
function asList(answer: AnswerValue | undefined): string[] {
  if (answer === undefined) return [];
  if (Array.isArray(answer)) return answer.map((item) => (typeof item === 'string' ? item : item.name));
  if (typeof answer === 'object') return [answer.address];
  return [String(answer)];
}

/** Whether the answers satisfy a condition; an unanswered question satisfies none. */
export function conditionHolds(condition: Condition, answers: Answers): boolean {
  const answer = Object.hasOwn(answers, condition.question) ? answers[condition.question] : undefined;
  // An unticked checkbox is stored as false: not an answer a condition can build on.
  const given = answer === false ? [] : asList(answer);
  if (given.length === 0) return false;
  switch (condition.operator) {
    case 'answered':
      return true;
    case 'equals': {
      const wanted = [...new Set(condition.values)].sort();
      const got = [...new Set(given)].sort();
      return wanted.length === got.length && wanted.every((value, at) => value === got[at]);
    }
    case 'one_of':
      return given.some((value) => condition.values.includes(value));
    case 'includes':
      // A list (multiple choice) must hold every value; a text must contain each one.
      return condition.values.every((value) => (Array.isArray(answer) ? given.includes(value) : given[0]!.toLowerCase().includes(value.toLowerCase())));
  }
}

const holds = (condition: Condition | undefined, answers: Answers) => condition === undefined || conditionHolds(condition, answers);

/** The step a question belongs to: the last one starting at or before it; undefined before the first step. */
export function stepOf(form: Pick<FormFlow, 'fields' | 'steps'>, key: string): FormStep | undefined {
  const at = form.fields.findIndex((field) => field.key === key);
  let found: FormStep | undefined;
  for (const step of form.steps) {
    const start = form.fields.findIndex((field) => field.key === step.startsAt);
    if (start !== -1 && start <= at) found = step;
  }
  return found;
}

/** Whether a question is asked: its own condition and its step's hold. */
export function isShown(form: Pick<FormFlow, 'fields' | 'steps'>, field: FormField, answers: Answers): boolean {
  return holds(field.showWhen, answers) && holds(stepOf(form, field.key)?.showWhen, answers);
}

/** The questions asked for these answers, in order. */
export function visibleFields(form: Pick<FormFlow, 'fields' | 'steps'>, answers: Answers): FormField[] {
  return form.fields.filter((field) => isShown(form, field, answers));
}

/** The answers without those to questions that are not asked: what intake stores. */
export function pruneHidden(form: Pick<FormFlow, 'fields' | 'steps'>, answers: Answers): Answers {
  const shown = new Set(visibleFields(form, answers).map((field) => field.key));
  return Object.fromEntries(Object.entries(answers).filter(([key]) => shown.has(key)));
}

/** The exit page these answers lead to, if any: the first whose condition holds. */
export function reachedExit(form: Pick<FormFlow, 'fields' | 'steps' | 'exitPages'>, answers: Answers): ExitPage | undefined {
  return form.exitPages.find((exit) => isShownQuestion(form, exit.showWhen.question, answers) && conditionHolds(exit.showWhen, answers));
}

function isShownQuestion(form: Pick<FormFlow, 'fields' | 'steps'>, key: string, answers: Answers): boolean {
  const field = form.fields.find((candidate) => candidate.key === key);
  return field !== undefined && isShown(form, field, answers);
}

/** One page of the form as the resident meets it. `title` is undefined for the page before any step (the form's title stands). */
export interface FormPage {
  /** Stable across answers: the key of the page's first question in the definition, for addresses and history. */
  id: string;
  title: string | undefined;
  /** The questions asked on this page, in order. */
  fields: FormField[];
}

/**
 * The pages of questions for these answers: one per step (skipping steps whose condition fails or
 * whose questions are all hidden), one per question with `onePerPage`, or a single page when the
 * form has no steps. Contact details and the check of answers come after these pages.
 */
export function formPages(form: FormFlow, answers: Answers): FormPage[] {
  const shown = new Set(visibleFields(form, answers).map((field) => field.key));
  if (form.onePerPage) return form.fields.filter((field) => shown.has(field.key)).map((field) => ({ id: field.key, title: undefined, fields: [field] }));
  return formSteps(form)
    .map(({ id, title, fields }) => ({ id, title, fields: fields.filter((field) => shown.has(field.key)) }))
    .filter((page) => page.fields.length > 0);
}

/** Every question grouped by the step it belongs to, whatever the answers: the form as one page shows it without JavaScript. */
export function formSteps(form: Pick<FormFlow, 'fields' | 'steps'>): (FormPage & { step: FormStep | undefined })[] {
  const pages: (FormPage & { step: FormStep | undefined })[] = [];
  for (const field of form.fields) {
    const step = form.steps.find((candidate) => candidate.startsAt === field.key);
    const current = pages[pages.length - 1];
    if (step || !current) pages.push({ id: field.key, title: step?.title, step, fields: [field] });
    else current.fields.push(field);
  }
  return pages;
}

/** Whether the form is asked over several pages, with contact details and a check of answers as pages of their own. */
export function isMultiPage(form: Pick<FormFlow, 'steps' | 'onePerPage'>): boolean {
  return form.onePerPage || form.steps.length > 0;
}

/** How Open311 and staff read a condition: "Asked only when “Type of work” is one of: Fiber, Pole". */
export function describeCondition(form: Pick<FormFlow, 'fields'>, condition: Condition): { label: string; values: string[] } {
  const field = form.fields.find((candidate) => candidate.key === condition.question);
  const options = field && (field.__component === 'form-field.single-choice' || field.__component === 'form-field.multiple-choice') ? field.options : [];
  return {
    label: field?.label ?? condition.question,
    values: condition.values.map((value) => options.find((option) => option.value === value)?.label ?? value),
  };
}
