import { describe, expect, it } from 'vitest';
import { validateAnswers } from './answers.js';
import { conditionHolds, formPages, pruneHidden, reachedExit, visibleFields } from './conditions.js';
import { serviceFormSchema } from './definition.js';
import { validateSubmission } from './submission.js';

/** A right-of-way application: a chain of conditions, a condition on a multiple choice, a skipped step and an exit page. */
const form = serviceFormSchema.parse({
  code: 'row-permit',
  title: 'Right-of-way permit',
  fields: [
    { __component: 'form-field.single-choice', key: 'owner', label: 'Who owns the line?', required: true, options: [{ value: 'city', label: 'The City' }, { value: 'utility', label: 'A utility' }], showWhen: null },
    { __component: 'form-field.single-choice', key: 'work', label: 'Type of work', required: true, options: [{ value: 'fiber', label: 'Fiber' }, { value: 'pole', label: 'Pole' }] },
    { __component: 'form-field.short-text', key: 'pole_id', label: 'Pole number', required: true, showWhen: { question: 'work', operator: 'equals', values: 'pole' } },
    { __component: 'form-field.checkbox', key: 'pole_replaced', label: 'The pole is replaced', required: false, showWhen: { question: 'pole_id', operator: 'answered', values: null } },
    { __component: 'form-field.multiple-choice', key: 'closures', label: 'Closures', required: false, options: [{ value: 'lane', label: 'Lane' }, { value: 'sidewalk', label: 'Sidewalk' }] },
    { __component: 'form-field.long-text', key: 'detour', label: 'Pedestrian detour', required: true, showWhen: { question: 'closures', operator: 'includes', values: 'sidewalk' } },
    { __component: 'form-field.date', key: 'start', label: 'Start date', required: true },
    { __component: 'form-field.short-text', key: 'traffic_plan', label: 'Traffic plan reference', required: true },
  ],
  steps: [
    { title: 'The work', startsAt: 'work', showWhen: null },
    { title: 'Closures', startsAt: 'closures' },
    { title: 'Traffic', startsAt: 'traffic_plan', showWhen: { question: 'closures', operator: 'one_of', values: 'lane\nsidewalk' } },
  ],
  exitPages: [{ title: 'Not a City service', body: 'Call Dominion Energy.', showWhen: { question: 'owner', operator: 'equals', values: 'utility' } }],
});

const base = { owner: 'city', work: 'fiber', start: '2026-05-01' };

describe('conditions', () => {
  it('does not require a hidden required question, and drops what was sent for it', () => {
    const result = validateAnswers(form, 'en', { ...base, pole_id: 'P-1' });
    expect(result).toEqual({ success: true, data: base });
  });

  it('requires a shown required question', () => {
    const result = validateAnswers(form, 'en', { ...base, work: 'pole' });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.errors.map((error) => error.field)).toEqual(['pole_id']);
  });

  it('follows a chain: a question hidden by a hidden question is hidden too', () => {
    expect(visibleFields(form, { ...base }).map((field) => field.key)).not.toContain('pole_replaced');
    expect(visibleFields(form, { ...base, work: 'pole', pole_id: 'P-1' }).map((field) => field.key)).toContain('pole_replaced');
    const result = validateAnswers(form, 'en', { ...base, pole_replaced: 'true' });
    expect(result.success && result.data).toEqual(base);
  });

  it('reads a multiple choice with includes and one_of, and skips a step whose condition fails', () => {
    const lane = validateAnswers(form, 'es', { ...base, closures: ['lane'] });
    expect(lane.success).toBe(false);
    if (!lane.success) expect(lane.errors).toEqual([{ field: 'traffic_plan', message: 'Escriba una respuesta para “Traffic plan reference”' }]);
    const both = validateAnswers(form, 'en', { ...base, closures: ['lane', 'sidewalk'], traffic_plan: 'TP-9' });
    expect(!both.success && both.errors.map((error) => error.field)).toEqual(['detour']);
    const none = validateAnswers(form, 'en', { ...base, traffic_plan: 'TP-9', detour: 'via Duke St' });
    expect(none.success && none.data).toEqual(base);
  });

  it('compares sets with equals, and never matches an unanswered question or an unticked checkbox', () => {
    expect(conditionHolds({ question: 'c', operator: 'equals', values: ['b', 'a'] }, { c: ['a', 'b'] })).toBe(true);
    expect(conditionHolds({ question: 'c', operator: 'equals', values: ['a'] }, { c: ['a', 'b'] })).toBe(false);
    expect(conditionHolds({ question: 'c', operator: 'answered', values: [] }, {})).toBe(false);
    expect(conditionHolds({ question: 'c', operator: 'answered', values: [] }, { c: false })).toBe(false);
    expect(conditionHolds({ question: 'c', operator: 'equals', values: ['true'] }, { c: true })).toBe(true);
    expect(conditionHolds({ question: 'n', operator: 'one_of', values: ['3', '4'] }, { n: 3 })).toBe(true);
  });

  it('ends the form at an exit page, refused by validation in the resident’s language', () => {
    expect(reachedExit(form, { owner: 'utility' })?.title).toBe('Not a City service');
    const result = validateSubmission(form, 'es', { answers: { ...base, owner: 'utility' }, contact: { name: 'Ana', email: 'ana@example.com' } });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.errors).toEqual([{ field: 'owner', message: 'Not a City service: con esta respuesta a “Who owns the line?”, la Ciudad no puede recibir esta solicitud aquí' }]);
  });

  it('prunes answers to questions not asked', () => {
    expect(pruneHidden(form, { ...base, pole_id: 'P-1', detour: 'x' })).toEqual(base);
  });

  it('groups questions into the pages asked, or one per page', () => {
    const titles = (answers: Record<string, string | string[]>) => formPages(form, answers).map((page) => [page.id, page.title, page.fields.map((field) => field.key)]);
    expect(titles(base)).toEqual([
      ['owner', undefined, ['owner']],
      ['work', 'The work', ['work']],
      ['closures', 'Closures', ['closures', 'start']],
    ]);
    expect(titles({ ...base, work: 'pole', closures: ['lane'] })).toEqual([
      ['owner', undefined, ['owner']],
      ['work', 'The work', ['work', 'pole_id']],
      ['closures', 'Closures', ['closures', 'start']],
      ['traffic_plan', 'Traffic', ['traffic_plan']],
    ]);
    expect(formPages({ ...form, onePerPage: true }, base).map((page) => page.id)).toEqual(['owner', 'work', 'closures', 'start']);
  });
});

describe('a condition on a location', () => {
  it('reads the address of the place chosen', () => {
    const place = { address: '301 King St', lat: 38.8048, long: -77.0469 };
    expect(conditionHolds({ question: 'where', operator: 'includes', values: ['king st'] }, { where: place })).toBe(true);
    expect(conditionHolds({ question: 'where', operator: 'includes', values: ['object'] }, { where: place })).toBe(false);
    expect(conditionHolds({ question: 'where', operator: 'equals', values: ['301 King St'] }, { where: place })).toBe(true);
  });
});

describe('question keys that objects inherit', () => {
  // `constructor` is a valid key (lowercase letters): unanswered, it must read as unanswered, not as Object.prototype's.
  const builder = serviceFormSchema.parse({
    code: 'works',
    title: 'Works',
    fields: [
      { __component: 'form-field.short-text', key: 'constructor', label: 'Who builds it?', required: false },
      { __component: 'form-field.short-text', key: 'licence', label: 'Licence number', required: true, showWhen: { question: 'constructor', operator: 'answered', values: null } },
    ],
  });

  it('leaves an unanswered optional question keyed like an inherited property out, and asks nothing that depends on it', () => {
    expect(validateAnswers(builder, 'en', {})).toEqual({ success: true, data: {} });
    expect(visibleFields(builder, {}).map((field) => field.key)).toEqual(['constructor']);
    const given = validateAnswers(builder, 'en', { constructor: 'Acme' });
    expect(!given.success && given.errors.map((error) => error.field)).toEqual(['licence']);
  });
});

describe('the form definition', () => {
  const question = (key: string, showWhen?: unknown) => ({ __component: 'form-field.single-choice', key, label: `Question ${key.toUpperCase()}`, options: [{ value: 'yes', label: 'Yes' }], showWhen });
  const messages = (input: unknown) => {
    const result = serviceFormSchema.safeParse(input);
    return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  };

  it('refuses a condition on a later question, an unknown option and a step out of order', () => {
    expect(messages({ code: 'f', title: 'F', fields: [question('a', { question: 'b', operator: 'equals', values: 'yes' }), question('b')] })).toEqual([
      'fields.0.showWhen.question: the condition refers to "Question B", which is not asked before it: a condition may only use earlier answers',
    ]);
    expect(messages({ code: 'f', title: 'F', fields: [question('a'), question('b', { question: 'a', operator: 'one_of', values: 'no' })] })).toEqual([
      'fields.1.showWhen.values: "no" is not an option of "Question A" (its options: Yes)',
    ]);
    expect(messages({ code: 'f', title: 'F', fields: [question('a'), question('b')], steps: [{ title: 'B', startsAt: 'b' }, { title: 'A', startsAt: 'a' }] })).toEqual([
      'steps.1.startsAt: step "A" must start after the step before it',
    ]);
    expect(messages({ code: 'f', title: 'F', fields: [question('a')], exitPages: [{ title: 'X', body: 'Y', showWhen: { question: 'a', operator: 'equals', values: null } }] })).toEqual([
      'exitPages.0.showWhen.values: a condition other than "answered" needs at least one value',
    ]);
  });

  it('parses its own output again unchanged (request snapshots are stored parsed)', () => {
    expect(serviceFormSchema.parse(form)).toEqual(form);
  });
});
