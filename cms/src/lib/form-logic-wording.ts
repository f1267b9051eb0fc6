import { formLogicMessage, type FormLogicDetail } from '@city/shared/forms';
import type { AdminLanguage } from './admin-language';

type Spanish = { [C in FormLogicDetail['code']]: (params: Extract<FormLogicDetail, { code: C }>['params']) => string };

const quoted = (values: readonly string[]) => values.map((value) => `«${value}»`).join(', ');

/** The form-logic problems in Spanish; the English wording is the shared one (formLogicMessage). */
const es: Spanish = {
  'condition-unknown-question': ({ question }) => `la condición se refiere a «${question}», que no es una pregunta de este formulario`,
  'condition-later-question': ({ question }) => `la condición se refiere a «${question}», que no se pregunta antes: una condición solo puede usar respuestas anteriores`,
  'condition-unknown-option': ({ question, values, options }) =>
    `${quoted(values)} no ${values.length === 1 ? 'es una opción' : 'son opciones'} de «${question}» (sus opciones: ${options.join(', ')})`,
  'step-unknown-question': ({ title, startsAt }) => `el paso «${title}» empieza en «${startsAt}», que no es una pregunta de este formulario`,
  'step-out-of-order': ({ title }) => `el paso «${title}» tiene que empezar después del paso anterior`,
};

/** A problem with a form's logic as the editor reads it under the field, in their admin language. */
export function formLogicWording(detail: FormLogicDetail, language: AdminLanguage): string {
  if (language === 'en') return formLogicMessage(detail);
  switch (detail.code) {
    case 'condition-unknown-question':
      return es[detail.code](detail.params);
    case 'condition-later-question':
      return es[detail.code](detail.params);
    case 'condition-unknown-option':
      return es[detail.code](detail.params);
    case 'step-unknown-question':
      return es[detail.code](detail.params);
    case 'step-out-of-order':
      return es[detail.code](detail.params);
  }
}
