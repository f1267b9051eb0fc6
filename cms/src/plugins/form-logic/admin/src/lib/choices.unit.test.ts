import { describe, expect, it } from 'vitest';
import { demoServiceForms } from '@city/shared/fixtures';
import { conditionSchema } from '@city/shared/forms';
import { allowedQuestions, formQuestions, placeOf, questionPicker, valuesFromSelection, valuesPicker, parseValues } from './choices';

/** The entry's values as the edit view holds them: a dynamic zone, steps, exit pages. */
const form = {
  fields: [
    { __component: 'form-field.short-text', key: 'name', label: 'Your name' },
    {
      __component: 'form-field.single-choice',
      key: 'location_type',
      label: 'Where were you?',
      options: [
        { value: 'library', label: 'A public library' },
        { value: 'other', label: 'Another City building' },
        { value: 'park', label: '' },
      ],
    },
    { __component: 'form-field.checkbox', key: 'consent', label: 'I agree' },
    { __component: 'form-field.multiple-choice', key: 'problems', label: 'What went wrong?', options: [{ value: 'slow', label: 'Slow' }, { value: 'none', label: 'No network' }] },
    { __component: 'form-field.short-text', key: '', label: 'Not named yet' },
    { __component: 'form-field.long-text', key: 'details', label: '' },
  ],
  steps: [
    { title: 'You', startsAt: 'name' },
    { title: 'The problem', startsAt: 'problems', showWhen: { question: 'consent', operator: 'equals', values: 'true' } },
  ],
  exitPages: [{ title: 'Not us', showWhen: { question: 'location_type', operator: 'one_of', values: 'park' } }],
};

const keys = (name: string) => allowedQuestions(form, name).map((question) => question.key);

describe('where a picker sits', () => {
  it('reads the field path the content manager gives', () => {
    expect(placeOf('fields.3.showWhen.question')).toEqual({ kind: 'question-condition', index: 3, field: 'question' });
    expect(placeOf('steps.1.showWhen.values')).toEqual({ kind: 'step-condition', index: 1, field: 'values' });
    expect(placeOf('steps.0.startsAt')).toEqual({ kind: 'step-start', index: 0 });
    expect(placeOf('exitPages.2.showWhen.question')).toEqual({ kind: 'exit-condition', index: 2, field: 'question' });
    expect(placeOf('title')).toEqual({ kind: 'elsewhere' });
  });
});

describe('the questions a picker offers', () => {
  it('lists named questions by label, in form order, skipping one without an answer name yet', () => {
    const questions = formQuestions(form);
    expect(questions.map((question) => [question.key, question.label, question.position])).toEqual([
      ['name', 'Your name', 1],
      ['location_type', 'Where were you?', 2],
      ['consent', 'I agree', 3],
      ['problems', 'What went wrong?', 4],
      ['details', undefined, 6],
    ]);
  });
  it('offers a question’s condition only the questions before it', () => {
    expect(keys('fields.3.showWhen.question')).toEqual(['name', 'location_type', 'consent']);
    expect(keys('fields.1.showWhen.question')).toEqual(['name']);
    expect(keys('fields.0.showWhen.question')).toEqual([]);
  });
  it('offers a step’s condition the questions before the step’s first question', () => {
    expect(keys('steps.1.showWhen.question')).toEqual(['name', 'location_type', 'consent']);
    expect(keys('steps.0.showWhen.question')).toEqual([]);
  });
  it('offers every question where a step starts and on exit pages', () => {
    const all = ['name', 'location_type', 'consent', 'problems', 'details'];
    expect(keys('steps.1.startsAt')).toEqual(all);
    expect(keys('exitPages.0.showWhen.question')).toEqual(all);
  });
  it('offers every question to a step not yet placed', () => {
    const unplaced = { ...form, steps: [{ title: 'New', startsAt: '' }] };
    expect(allowedQuestions(unplaced, 'steps.0.showWhen.question')).toHaveLength(5);
  });
  it('follows unsaved changes: a label typed, a question moved', () => {
    const edited = { ...form, fields: [form.fields[1], form.fields[0], { ...form.fields[2], label: 'I accept the terms' }, form.fields[3]] };
    expect(allowedQuestions(edited, 'fields.3.showWhen.question').map((question) => question.label)).toEqual(['Where were you?', 'Your name', 'I accept the terms']);
    expect(allowedQuestions(edited, 'fields.1.showWhen.question').map((question) => question.key)).toEqual(['location_type']);
  });
  it('marks questions with the same label so the picker can tell them apart', () => {
    const twins = { fields: [{ key: 'a', label: 'Name' }, { key: 'b', label: 'Name' }, { key: 'c', label: 'Other' }] };
    expect(formQuestions(twins).map((question) => question.sameLabel)).toEqual([true, true, false]);
  });
});

describe('a stored answer name the picker cannot offer', () => {
  it('is none when the question is among the choices', () => {
    expect(questionPicker(form, 'fields.3.showWhen.question', 'location_type').stale).toBeUndefined();
    expect(questionPicker(form, 'fields.3.showWhen.question', '').stale).toBeUndefined();
  });
  it('is "no longer in the form" when no question has it', () => {
    expect(questionPicker(form, 'fields.3.showWhen.question', 'removed_question').stale).toEqual({ kind: 'missing' });
  });
  it('names the question when it is asked later, not before', () => {
    const picker = questionPicker(form, 'fields.1.showWhen.question', 'problems');
    expect(picker.stale).toMatchObject({ kind: 'not-before', question: { key: 'problems', label: 'What went wrong?' } });
  });
});

describe('the values picker', () => {
  it('offers the chosen question’s options and splits the stored values into known and unknown', () => {
    const values = { ...form, fields: [...form.fields.slice(0, 2), { __component: 'form-field.date', key: 'when', label: 'When?', showWhen: { question: 'location_type', operator: 'one_of' } }] };
    const picker = valuesPicker(values, 'fields.2.showWhen.values', 'other\n\n library \ngone');
    expect(picker).toMatchObject({ kind: 'options', chosen: ['other', 'library'], unknown: ['gone'] });
    if (picker.kind !== 'options') return;
    expect(picker.options.map((option) => [option.value, option.label])).toEqual([
      ['library', 'A public library'],
      ['other', 'Another City building'],
      ['park', undefined],
    ]);
  });
  it('offers "ticked" for a checkbox, and the text box for other questions or "answered"', () => {
    expect(valuesPicker(form, 'steps.1.showWhen.values', 'true')).toMatchObject({ kind: 'checkbox', question: { key: 'consent' } });
    const text = { fields: [{ key: 'name', label: 'Your name' }, { key: 'x', label: 'X', showWhen: { question: 'name', operator: 'includes' } }] };
    expect(valuesPicker(text, 'fields.1.showWhen.values', 'Ann')).toEqual({ kind: 'text' });
    const answered = { ...form, exitPages: [{ showWhen: { question: 'location_type', operator: 'answered' } }] };
    expect(valuesPicker(answered, 'exitPages.0.showWhen.values', '')).toEqual({ kind: 'text' });
    expect(valuesPicker(form, 'exitPages.0.showWhen.values', 'park')).toMatchObject({ kind: 'options', chosen: ['park'] });
  });
  it('stores a selection as the server reads it: one per line, in option order, unknown ones kept last', () => {
    const options = [
      { value: 'library', label: 'A public library', position: 1 },
      { value: 'other', label: 'Another City building', position: 2 },
    ];
    const stored = valuesFromSelection(options, ['gone', 'other', 'library']);
    expect(stored).toBe('library\nother\ngone');
    expect(conditionSchema.parse({ question: 'location_type', operator: 'one_of', values: stored }).values).toEqual(['library', 'other', 'gone']);
  });
  it('parses values exactly as the server does', () => {
    for (const stored of ['other', 'a\nb', ' a \r\n\r\nb\n', '']) {
      expect(parseValues(stored)).toEqual(conditionSchema.safeParse({ question: 'q', operator: 'answered', values: stored }).data?.values);
    }
  });
});

describe('the Wi-Fi demo form', () => {
  it('offers the building question’s condition "Where were you?" with "Another City building" chosen', () => {
    const wifi = demoServiceForms.find((demo) => demo.code === 'wifi-outage')?.locales.en;
    expect(wifi).toBeDefined();
    const values = { fields: wifi?.fields ?? [] };
    const at = (wifi?.fields ?? []).findIndex((field) => field.key === 'building_location');
    const picker = questionPicker(values, `fields.${at}.showWhen.question`, 'location_type');
    expect(picker.stale).toBeUndefined();
    expect(picker.choices.map((question) => question.label)).toEqual(['Where were you?']);
    const answers = valuesPicker(values, `fields.${at}.showWhen.values`, 'other');
    expect(answers.kind === 'options' ? answers.options.filter((option) => answers.chosen.includes(option.value)).map((option) => option.label) : []).toEqual(['Another City building']);
  });
});
