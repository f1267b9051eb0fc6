import { describe, expect, it } from 'vitest';
import { formLogicProblems } from '@city/shared/forms';
import { formLogicWording } from './form-logic-wording';

const choice = (key: string, showWhen?: { question: string; operator: 'equals' | 'one_of' | 'includes' | 'answered'; values: string[] }) => ({
  __component: 'form-field.single-choice',
  key,
  label: `The ${key} question`,
  options: [
    { value: 'yes', label: 'Yes' },
    { value: 'no', label: 'No' },
  ],
  showWhen,
});

describe('a form’s logic problems in the editor’s language', () => {
  const problems = formLogicProblems({
    fields: [choice('first', { question: 'second', operator: 'equals', values: ['yes'] }), choice('second', { question: 'first', operator: 'one_of', values: ['maybe', 'never'] }), choice('third', { question: 'nowhere', operator: 'answered', values: [] })],
    steps: [
      { title: 'Later', startsAt: 'second' },
      { title: 'Earlier', startsAt: 'first' },
      { title: 'Lost', startsAt: 'gone' },
    ],
    exitPages: [],
  });

  it('finds each problem with a stable code', () => {
    expect(problems.map((problem) => [problem.code, problem.path.join('.')])).toEqual([
      ['condition-later-question', 'fields.0.showWhen.question'],
      ['condition-unknown-option', 'fields.1.showWhen.values'],
      ['condition-unknown-question', 'fields.2.showWhen.question'],
      ['step-out-of-order', 'steps.1.startsAt'],
      ['step-unknown-question', 'steps.2.startsAt'],
    ]);
  });

  it('words them in English as the shared schema does', () => {
    expect(problems.map((problem) => formLogicWording(problem, 'en'))).toEqual(problems.map((problem) => problem.message));
    expect(problems[1]?.message).toBe('"maybe", "never" is not an option of "The first question" (its options: Yes, No)');
  });

  it('words them in Spanish', () => {
    expect(problems.map((problem) => formLogicWording(problem, 'es'))).toEqual([
      'la condición se refiere a «The second question», que no se pregunta antes: una condición solo puede usar respuestas anteriores',
      '«maybe», «never» no son opciones de «The first question» (sus opciones: Yes, No)',
      'la condición se refiere a «nowhere», que no es una pregunta de este formulario',
      'el paso «Earlier» tiene que empezar después del paso anterior',
      'el paso «Lost» empieza en «gone», que no es una pregunta de este formulario',
    ]);
  });
});
