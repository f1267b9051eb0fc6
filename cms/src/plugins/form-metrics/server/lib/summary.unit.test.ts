import { describe, expect, it } from 'vitest';
import { serviceFormSchema } from '@city/shared/forms';
import type { MetricRow } from '../../../../lib/form-metrics';
import { stepsOf, summarize, type MetricForm } from './summary';

const question = (key: string, label: string) => ({ __component: 'form-field.short-text', key, label, required: false });
const stepped = serviceFormSchema.parse({
  code: 'tree',
  title: 'Tree trimming',
  fields: [question('where', 'Where is the tree?'), question('what', 'What is wrong?'), question('photo', 'A photo')],
  steps: [{ title: 'The problem', startsAt: 'what' }],
});
const plain = serviceFormSchema.parse({ code: 'noise', title: 'Noise complaint', fields: [question('when', 'When?')] });
const row = (formCode: string, event: MetricRow['event'], count: number, step = ''): MetricRow => ({ formCode, month: '2026-05', event, step, count });

describe('the pages of a form, as editors know them', () => {
  it('names a step by its title, a page before the first step by its question, then contact details and the check', () => {
    expect(stepsOf(stepped)).toEqual([
      { id: 'where', kind: 'page', title: 'Where is the tree?' },
      { id: 'what', kind: 'page', title: 'The problem' },
      { id: 'contact', kind: 'contact', title: null },
      { id: 'check', kind: 'check', title: null },
    ]);
  });
  it('is the form itself, then the check, for a form on one page', () => {
    expect(stepsOf(plain).map((step) => step.kind)).toEqual(['form', 'check']);
  });
});

describe('a month’s summary', () => {
  const forms = new Map<string, MetricForm | undefined>([
    ['tree', stepped],
    ['noise', plain],
    ['gone', undefined],
  ]);
  const rows = [
    row('tree', 'started', 10),
    row('tree', 'reached', 10, 'where'),
    row('tree', 'reached', 6, 'what'),
    row('tree', 'reached', 2, 'old_page'),
    row('tree', 'reached', 1, 'older_page'),
    row('tree', 'submitted', 4),
    row('noise', 'submitted', 1),
    row('gone', 'started', 3),
  ];
  const summary = summarize(rows, forms, new Intl.Collator('en'));

  it('lists forms by title, a form no longer published last', () => {
    expect(summary.map((form) => form.title)).toEqual(['Noise complaint', 'Tree trimming', null]);
  });
  it('gives each form its started and sent counts, and every page in order, reached or not', () => {
    expect(summary[1]).toEqual({
      title: 'Tree trimming',
      started: 10,
      submitted: 4,
      steps: [
        { kind: 'page', title: 'Where is the tree?', reached: 10 },
        { kind: 'page', title: 'The problem', reached: 6 },
        { kind: 'contact', title: null, reached: 0 },
        { kind: 'check', title: null, reached: 0 },
        // Pages the form no longer has, together.
        { kind: 'removed', title: null, reached: 3 },
      ],
    });
    expect(summary[0]).toMatchObject({ started: 0, submitted: 1 });
  });
  it('never names a form by its code', () => {
    expect(JSON.stringify(summary)).not.toMatch(/"(tree|noise|gone)"/);
  });
});
