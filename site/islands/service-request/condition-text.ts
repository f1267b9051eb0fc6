// When a question or a step applies, in words, for the form as one page (no JavaScript), where
// every question is shown: "Answer only if your answer to “Type of work” is Small cell or Pole".
import { describeCondition, type Condition, type ServiceForm } from '@city/shared/forms';
import { interpolate } from '../lib/format';
import type { RequestFormMessages } from './model';

export function conditionText(form: Pick<ServiceForm, 'fields'>, condition: Condition, messages: RequestFormMessages, locale: string): string {
  const { label, values } = describeCondition(form, condition);
  const question = form.fields.find((field) => field.key === condition.question);
  // A ticked box is stored as "true": say Yes or No.
  const words = question?.__component === 'form-field.checkbox' ? values.map((value) => (value === 'true' ? messages.yes : messages.no)) : values;
  const list = new Intl.ListFormat(locale, { type: condition.operator === 'one_of' ? 'disjunction' : 'conjunction' }).format(words.map((word) => `“${word}”`));
  return interpolate(messages.askedWhen[condition.operator], { question: label, values: list }, locale);
}
