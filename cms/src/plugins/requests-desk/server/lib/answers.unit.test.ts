import { describe, expect, it } from 'vitest';
import type { FileAnswer, FormField } from '@city/shared/forms';
import { answerText } from './answers';

const noFiles = (answer: FileAnswer) => ({ ...answer, url: null });
const choice: FormField = {
  __component: 'form-field.single-choice',
  key: 'location_type',
  label: 'Where is the problem?',
  required: true,
  options: [
    { value: 'library', label: 'A library' },
    { value: 'rec_center', label: 'A recreation center' },
  ],
} as FormField;
const choiceEs = { ...choice, label: '¿Dónde está el problema?', options: [{ value: 'library', label: 'Una biblioteca' }, { value: 'rec_center', label: 'Un centro recreativo' }] } as FormField;

describe('answerText', () => {
  it('shows the option a resident chose by its label, in the staff member\'s wording when given', () => {
    expect(answerText(choice, 'library', 'en', noFiles)).toEqual({ label: 'Where is the problem?', lines: ['A library'], files: [] });
    expect(answerText(choiceEs, 'rec_center', 'en', noFiles, choice).lines).toEqual(['A recreation center']);
    expect(answerText(choiceEs, 'rec_center', 'en', noFiles, choice).label).toBe('Where is the problem?');
  });

  it('lists each chosen option of a multiple choice and keeps an unknown stored value readable', () => {
    const multiple = { ...choice, __component: 'form-field.multiple-choice' } as FormField;
    expect(answerText(multiple, ['library', 'rec_center', 'gone'], 'en', noFiles).lines).toEqual(['A library', 'A recreation center', 'gone']);
  });

  it('words checkboxes as Yes/No and dates in the staff member\'s language', () => {
    const checkbox = { __component: 'form-field.checkbox', key: 'agree', label: 'I agree', required: false } as FormField;
    expect(answerText(checkbox, 'true', 'en', noFiles).lines).toEqual(['Yes']);
    expect(answerText(checkbox, false, 'es', noFiles).lines).toEqual(['No']);
    const date = { __component: 'form-field.date', key: 'noticed', label: 'Noticed on', required: true } as FormField;
    expect(answerText(date, '2026-03-05', 'en', noFiles).lines).toEqual(['March 5, 2026']);
    expect(answerText(date, '2026-03-05', 'es', noFiles).lines).toEqual(['5 de marzo de 2026']);
  });

  it('keeps each typed line, and gives no lines for an unanswered question', () => {
    const long = { __component: 'form-field.long-text', key: 'details', label: 'Details', required: false } as FormField;
    expect(answerText(long, 'First line\nSecond line', 'en', noFiles).lines).toEqual(['First line', 'Second line']);
    expect(answerText(long, undefined, 'en', noFiles).lines).toEqual([]);
    expect(answerText(long, '', 'en', noFiles).lines).toEqual([]);
  });

  it('gives files with their link instead of lines', () => {
    const upload = { __component: 'form-field.file-upload', key: 'plans', label: 'Plans', required: true } as FormField;
    const files = [{ name: 'plan.pdf', type: 'application/pdf', size: 1200 }];
    const answer = answerText(upload, files, 'en', (file) => ({ ...file, url: `/signed/${file.name}` }));
    expect(answer.lines).toEqual([]);
    expect(answer.files).toEqual([{ name: 'plan.pdf', type: 'application/pdf', size: 1200, url: '/signed/plan.pdf' }]);
  });

  it('gives a location as its address, then its coordinates (once when the address is the coordinates)', () => {
    const where = { __component: 'form-field.location', key: 'where', label: 'Where is the building?', required: true } as FormField;
    expect(answerText(where, { address: '301 King St', lat: 38.8048, long: -77.0432 }, 'en', noFiles).lines).toEqual(['301 King St', '38.804800, -77.043200']);
    expect(answerText(where, { address: '38.804800, -77.043200', lat: 38.8048, long: -77.0432 }, 'en', noFiles).lines).toEqual(['38.804800, -77.043200']);
  });
});
