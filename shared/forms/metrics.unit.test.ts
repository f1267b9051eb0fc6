import { describe, expect, it } from 'vitest';
import { formPages } from './conditions.js';
import { serviceFormSchema } from './definition.js';
import { metricSteps, reachedMetricSteps, validateBeacon } from './metrics.js';

const question = (key: string, showWhen: unknown = null) => ({ __component: 'form-field.short-text', key, label: key.toUpperCase(), required: false, showWhen });
const parse = (extra: Record<string, unknown>) => serviceFormSchema.parse({ code: 'f', title: 'F', fields: [question('a'), question('b'), question('c')], ...extra });

describe('the pages a fill can reach', () => {
  it('is the page of a form without steps, then the check of answers', () => {
    expect(metricSteps(parse({}))).toEqual(['a', 'check']);
  });
  it('is each step by its first question, the contact page and the check, as the island names its screens', () => {
    const form = parse({ steps: [{ title: 'Second', startsAt: 'b', showWhen: { question: 'a', operator: 'answered', values: null } }] });
    expect(metricSteps(form)).toEqual(['a', 'b', 'contact', 'check']);
    // A step its condition skips keeps its name: the pages shown are a subset of these.
    expect(formPages(form, {}).map((page) => page.id)).toEqual(['a']);
    expect(formPages(form, { a: 'yes' }).map((page) => page.id)).toEqual(['a', 'b']);
  });
  it('is every question with one question per page', () => {
    expect(metricSteps(parse({ onePerPage: true }))).toEqual(['a', 'b', 'c', 'contact', 'check']);
  });
});

describe('the pages a fill sent without JavaScript went through', () => {
  const reached = (form: ReturnType<typeof parse>, answers: Record<string, string>) => reachedMetricSteps(form, 'en', { values: { answers, contact: {} }, files: {} });
  it('leaves out a step its condition skipped, and keeps it once the answers ask it', () => {
    const form = parse({ steps: [{ title: 'Second', startsAt: 'b', showWhen: { question: 'a', operator: 'answered', values: null } }] });
    expect(reached(form, {})).toEqual(['a', 'contact', 'check']);
    expect(reached(form, { a: 'yes' })).toEqual(['a', 'b', 'contact', 'check']);
  });
  it('leaves out a question’s own page, one question a page, when its condition hides it', () => {
    const form = serviceFormSchema.parse({ code: 'f', title: 'F', onePerPage: true, fields: [question('a'), question('b', { question: 'a', operator: 'equals', values: 'other' }), question('c')] });
    expect(reached(form, { a: 'library' })).toEqual(['a', 'c', 'contact', 'check']);
    expect(reached(form, { a: 'other' })).toEqual(metricSteps(form));
  });
  it('is every page of a form of one page, whatever the answers', () => {
    const form = parse({});
    expect(reached(form, {})).toEqual(metricSteps(form));
  });
});

describe('a beacon', () => {
  const beacon = { formCode: 'pothole-report', locale: 'es', fill: '0b8f7c1e-2a4d-4f7e-9a51-3c2d1e0f9a8b', step: 'where' };
  it('is accepted as the island sends it', () => {
    expect(validateBeacon(beacon)).toEqual({ success: true, data: beacon });
  });
  it('is refused with an error per wrong field', () => {
    const result = validateBeacon({ ...beacon, formCode: '../x', locale: 'xx', fill: 'short', step: 'Where?' });
    expect(result.success).toBe(false);
    expect(result.success ? [] : result.errors.map((error) => error.field)).toEqual(['formCode', 'locale', 'fill', 'step']);
  });
  it('is refused when it carries anything more, or is not an object', () => {
    expect(validateBeacon({ ...beacon, email: 'a@example.com' })).toEqual({ success: false, errors: [{ field: 'email', message: 'email is not part of a beacon' }] });
    expect(validateBeacon('text').success).toBe(false);
    expect(validateBeacon(undefined).success).toBe(false);
  });
});
