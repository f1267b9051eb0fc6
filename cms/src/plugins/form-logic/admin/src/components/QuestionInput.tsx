import { Field, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { useForm } from '@strapi/strapi/admin';
import { questionPicker, placeOf } from '../lib/choices';
import type { CustomFieldProps } from './props';
import { useWording, type MessageKey } from './wording';

/** What to choose, in plain words, for each place a question picker sits. */
const HINTS: Record<ReturnType<typeof placeOf>['kind'], MessageKey | undefined> = {
  'question-condition': 'question.hint.question',
  'step-condition': 'question.hint.step',
  'step-start': 'question.hint.start',
  'exit-condition': 'question.hint.exit',
  elsewhere: undefined,
};

/**
 * "Earlier question" and "Starts at question": a select of the form's questions by label, as typed
 * in the entry right now; stores the question's answer name, as the field always has.
 */
export function QuestionInput({ name, label, hint, required, disabled, labelAction, value, error, onChange }: CustomFieldProps) {
  const values = useForm('QuestionInput', (state) => state.values);
  const formChange = useForm('QuestionInput', (state) => state.onChange);
  const { word, question: named } = useWording();
  const stored = typeof value === 'string' ? value : '';
  const { choices, stale } = questionPicker(values, name, stored);
  const place = placeOf(name);

  const choose = (next: string | number) => {
    const key = String(next);
    if (key === stored) return;
    onChange(name, key);
    // The values chosen belong to the question before: keeping them would only earn a refusal on save.
    if (place.kind !== 'elsewhere' && place.kind !== 'step-start') formChange(name.replace(/question$/, 'values'), '');
  };

  // Our own hint replaces the content manager's, which would also state the stored value's length limit.
  const hintKey = HINTS[place.kind];
  const staleLabel = stale?.kind === 'not-before' ? word('question.notBefore', { label: named(stale.question) }) : word('question.missing');
  return (
    <Field.Root name={name} id={name} error={error} hint={hintKey ? word(hintKey) : hint} required={required}>
      <Field.Label action={labelAction}>{label}</Field.Label>
      <SingleSelect
        name={name}
        value={stored === '' ? null : stored}
        onChange={choose}
        disabled={disabled}
        hasError={Boolean(error)}
        placeholder={choices.length === 0 ? word('question.none') : word('question.placeholder')}
      >
        {choices.map((question) => (
          <SingleSelectOption key={question.key} value={question.key}>
            {named(question)}
          </SingleSelectOption>
        ))}
        {stale ? (
          <SingleSelectOption key="stale" value={stored}>
            {staleLabel}
          </SingleSelectOption>
        ) : null}
      </SingleSelect>
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
}
