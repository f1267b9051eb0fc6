import type { en } from './en';

/** The pickers' wording in Spanish; the same keys and placeholders as en.ts (translations.unit.test.ts). */
export const es: Record<keyof typeof en, string> = {
  'question.placeholder': 'Elija una pregunta',
  'question.none': 'Todavía no hay ninguna pregunta antes de esta',
  'question.unlabelled': 'Pregunta {position} (todavía sin texto)',
  'question.samelabel': '{label} (pregunta {position})',
  'question.missing': '(ya no está en el formulario)',
  'question.notBefore': '{label} (no se pregunta antes de esta: elija otra)',
  'question.hint.question': 'Elija una pregunta que se hace antes de esta: su respuesta decide si se hace esta.',
  'question.hint.step': 'Elija una pregunta que se hace antes de esta página: su respuesta decide si se muestra la página.',
  'question.hint.start': 'Elija la primera pregunta de esta página.',
  'question.hint.exit': 'Elija la pregunta cuya respuesta termina aquí el formulario.',
  'values.placeholder': 'Elija una o más respuestas',
  'values.hint.options': 'Elija las respuestas a «{question}» con las que se aplica.',
  'values.hint.checkbox': 'Se aplica cuando «{question}» está marcada.',
  'values.ticked': 'Marcada',
  'values.unlabelled': 'Opción {position} (todavía sin texto)',
  'values.missing': '(ya no es una opción de esta pregunta)',
  'field.question.label': 'Pregunta anterior',
  'field.question.description': 'Una pregunta que se hace antes de esta: su respuesta decide.',
  'field.values.label': 'Respuestas',
  'field.values.description': 'Las respuestas con las que se aplica.',
};
