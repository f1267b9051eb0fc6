/**
 * What the pickers offer, computed from the entry's values as they stand in the edit view (unsaved
 * changes included) and the picker's field path. Pure, so the rules the server enforces
 * (shared/forms/definition.ts formLogicProblems: a condition names an EARLIER question, its values
 * are options of that question) are tested here without a browser.
 */

/** A question of the form, in form order. `position` counts from 1, as editors count. */
export interface Question {
  key: string;
  /** The label as typed so far; undefined while still empty. */
  label: string | undefined;
  position: number;
  /** Its choices (single and multiple choice questions); undefined for other kinds. */
  options: Option[] | undefined;
  checkbox: boolean;
  /** Another question has the same label: the picker adds the position so the two differ. */
  sameLabel: boolean;
}

export interface Option {
  value: string;
  label: string | undefined;
  position: number;
}

/** Why a stored answer name is not among the choices. */
export type Stale = { kind: 'missing' } | { kind: 'not-before'; question: Question };

export interface QuestionPicker {
  choices: Question[];
  /** Set when the stored value is not one of `choices`: the picker still shows it, marked. */
  stale: Stale | undefined;
}

export type ValuesPicker =
  | { kind: 'options'; question: Question; options: Option[]; chosen: string[]; unknown: string[] }
  | { kind: 'checkbox'; question: Question }
  | { kind: 'text' };

type Path = (string | number)[];

const record = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

function at(values: unknown, path: Path): unknown {
  let current = values;
  for (const part of path) {
    if (Array.isArray(current) && typeof part === 'number') current = current[part];
    else current = record(current)?.[String(part)];
  }
  return current;
}

const CHOICE_COMPONENTS = new Set(['form-field.single-choice', 'form-field.multiple-choice']);

/** The form's questions that have an answer name yet (a new, still unnamed one cannot be chosen). */
export function formQuestions(values: unknown): Question[] {
  const fields = at(values, ['fields']);
  if (!Array.isArray(fields)) return [];
  const questions: Question[] = [];
  fields.forEach((field: unknown, index) => {
    const entry = record(field);
    const key = text(entry?.key);
    if (!entry || !key) return;
    const component = entry.__component;
    const options = CHOICE_COMPONENTS.has(String(component))
      ? (Array.isArray(entry.options) ? entry.options : []).flatMap((option: unknown, optionIndex): Option[] => {
          const value = text(record(option)?.value);
          return value ? [{ value, label: text(record(option)?.label), position: optionIndex + 1 }] : [];
        })
      : undefined;
    questions.push({ key, label: text(entry.label), position: index + 1, options, checkbox: component === 'form-field.checkbox', sameLabel: false });
  });
  const counts = new Map<string, number>();
  for (const question of questions) if (question.label) counts.set(question.label, (counts.get(question.label) ?? 0) + 1);
  return questions.map((question) => ({ ...question, sameLabel: question.label !== undefined && (counts.get(question.label) ?? 0) > 1 }));
}

/** Where a picker sits: the part of the entry its field path names. */
export type Place =
  | { kind: 'question-condition'; index: number; field: 'question' | 'values' }
  | { kind: 'step-condition'; index: number; field: 'question' | 'values' }
  | { kind: 'step-start'; index: number }
  | { kind: 'exit-condition'; index: number; field: 'question' | 'values' }
  | { kind: 'elsewhere' };

export function placeOf(name: string): Place {
  const condition = /^(fields|steps|exitPages)\.(\d+)\.showWhen\.(question|values)$/.exec(name);
  if (condition) {
    const index = Number(condition[2]);
    const field = condition[3] as 'question' | 'values';
    const kind = condition[1] === 'fields' ? 'question-condition' : condition[1] === 'steps' ? 'step-condition' : 'exit-condition';
    return { kind, index, field };
  }
  const start = /^steps\.(\d+)\.startsAt$/.exec(name);
  if (start) return { kind: 'step-start', index: Number(start[1]) };
  return { kind: 'elsewhere' };
}

/**
 * The questions a picker may offer: before the question itself for its condition, before the step's
 * first question for a step's condition, all of them for where a step starts and for exit pages.
 */
export function allowedQuestions(values: unknown, name: string): Question[] {
  const questions = formQuestions(values);
  const place = placeOf(name);
  switch (place.kind) {
    case 'question-condition':
      return questions.filter((question) => question.position - 1 < place.index);
    case 'step-condition': {
      const startsAt = text(at(values, ['steps', place.index, 'startsAt']));
      const start = questions.find((question) => question.key === startsAt);
      // A step not yet placed (or placed at a removed question): every question, until it is placed.
      return start ? questions.filter((question) => question.position < start.position) : questions;
    }
    default:
      return questions;
  }
}

export function questionPicker(values: unknown, name: string, stored: unknown): QuestionPicker {
  const choices = allowedQuestions(values, name);
  const key = text(stored);
  if (!key || choices.some((question) => question.key === key)) return { choices, stale: undefined };
  const elsewhere = formQuestions(values).find((question) => question.key === key);
  return { choices, stale: elsewhere ? { kind: 'not-before', question: elsewhere } : { kind: 'missing' } };
}

/** `values` as the server reads it (definition.ts conditionValues): one per line, trimmed, blanks dropped. */
export function parseValues(stored: unknown): string[] {
  if (typeof stored !== 'string') return [];
  return stored
    .split(/\r?\n/)
    .map((value) => value.trim())
    .filter((value) => value !== '');
}

export function formatValues(values: readonly string[]): string {
  return values.join('\n');
}

/** The path of the condition a `values` picker belongs to (`fields.3.showWhen.values` → `fields.3.showWhen`). */
function conditionPath(name: string): Path | undefined {
  const place = placeOf(name);
  if (place.kind === 'elsewhere' || place.kind === 'step-start' || place.field !== 'values') return undefined;
  return name.split('.').slice(0, -1).map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * The values picker: the chosen question's options when it has some (and the operator compares
 * values), ticked or not for a checkbox, else the plain text box.
 */
export function valuesPicker(values: unknown, name: string, stored: unknown): ValuesPicker {
  const path = conditionPath(name);
  if (!path) return { kind: 'text' };
  const condition = record(at(values, path));
  if (condition?.operator === 'answered') return { kind: 'text' };
  const question = formQuestions(values).find((candidate) => candidate.key === text(condition?.question));
  if (!question) return { kind: 'text' };
  if (question.checkbox) return { kind: 'checkbox', question };
  if (!question.options) return { kind: 'text' };
  const known = new Set(question.options.map((option) => option.value));
  const given = [...new Set(parseValues(stored))];
  return { kind: 'options', question, options: question.options, chosen: given.filter((value) => known.has(value)), unknown: given.filter((value) => !known.has(value)) };
}

/** The text to store for a selection: in the question's option order, values no longer offered last. */
export function valuesFromSelection(options: readonly Option[], selected: readonly string[]): string {
  const wanted = new Set(selected);
  const known = options.filter((option) => wanted.has(option.value)).map((option) => option.value);
  const others = selected.filter((value) => !options.some((option) => option.value === value));
  return formatValues([...known, ...others]);
}
