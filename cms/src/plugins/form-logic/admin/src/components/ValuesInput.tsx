import type { ChangeEvent } from 'react';
import { Field, MultiSelect, MultiSelectOption, SingleSelect, SingleSelectOption, Textarea } from '@strapi/design-system';
import { useForm } from '@strapi/strapi/admin';
import { valuesFromSelection, valuesPicker } from '../lib/choices';
import type { CustomFieldProps } from './props';
import { useWording } from './wording';

/** Ticked is the one answer a checkbox gives a condition (an unticked box counts as no answer). */
const TICKED = 'true';

/**
 * A condition's values: the chosen question's options by label for a choice question, "Ticked" for a
 * checkbox, the plain text box (one per line) otherwise. Stores the same text, one value per line.
 */
export function ValuesInput({ name, label, hint, required, disabled, labelAction, value, error, onChange }: CustomFieldProps) {
  const values = useForm('ValuesInput', (state) => state.values);
  const { word, question: named, option: optionLabel } = useWording();
  const stored = typeof value === 'string' ? value : '';
  const picker = valuesPicker(values, name, stored);

  if (picker.kind === 'text') {
    return (
      <Field.Root name={name} id={name} error={error} hint={hint} required={required}>
        <Field.Label action={labelAction}>{label}</Field.Label>
        <Textarea name={name} value={stored} disabled={disabled} onChange={(event: ChangeEvent<HTMLTextAreaElement>) => onChange(name, event.target.value)} />
        <Field.Hint />
        <Field.Error />
      </Field.Root>
    );
  }

  if (picker.kind === 'checkbox') {
    const current = stored.trim();
    return (
      <Field.Root name={name} id={name} error={error} hint={word('values.hint.checkbox', { question: named(picker.question) })} required={required}>
        <Field.Label action={labelAction}>{label}</Field.Label>
        <SingleSelect name={name} value={current === '' ? null : current} onChange={(next) => onChange(name, String(next))} disabled={disabled} hasError={Boolean(error)}>
          <SingleSelectOption value={TICKED}>{word('values.ticked')}</SingleSelectOption>
          {current !== '' && current !== TICKED ? <SingleSelectOption value={current}>{word('values.missing')}</SingleSelectOption> : null}
        </SingleSelect>
        <Field.Hint />
        <Field.Error />
      </Field.Root>
    );
  }

  const labels = new Map<string, string>([
    ...picker.options.map((option): [string, string] => [option.value, optionLabel(option)]),
    ...picker.unknown.map((unknown): [string, string] => [unknown, word('values.missing')]),
  ]);
  return (
    <Field.Root name={name} id={name} error={error} hint={word('values.hint.options', { question: named(picker.question) })} required={required}>
      <Field.Label action={labelAction}>{label}</Field.Label>
      <MultiSelect
        name={name}
        value={[...picker.chosen, ...picker.unknown]}
        onChange={(selected: string[]) => onChange(name, valuesFromSelection(picker.options, selected))}
        customizeContent={(selected) => (selected ?? []).map((chosen) => labels.get(chosen) ?? word('values.missing')).join(', ')}
        placeholder={word('values.placeholder')}
        disabled={disabled}
        hasError={Boolean(error)}
      >
        {picker.options.map((option) => (
          <MultiSelectOption key={option.value} value={option.value}>
            {optionLabel(option)}
          </MultiSelectOption>
        ))}
        {picker.unknown.map((unknown) => (
          <MultiSelectOption key={`unknown-${unknown}`} value={unknown}>
            {word('values.missing')}
          </MultiSelectOption>
        ))}
      </MultiSelect>
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
}
