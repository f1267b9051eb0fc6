import type { ChangeEvent, ReactNode } from 'react';
import { Field, SingleSelect, SingleSelectOption, TextInput, Textarea } from '@strapi/design-system';

/** The value a select shows for "no choice" (the design system's select wants a non-empty value). */
export const NO_CHOICE = '-';

export interface Choice {
  value: string;
  label: string;
}

interface BaseFieldProps {
  name: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
}

/** A labelled single choice; `emptyLabel` adds a "no choice" option (Any, Nobody…). */
export const SelectField = ({
  name,
  label,
  hint,
  error,
  required,
  value,
  choices,
  emptyLabel,
  onChange,
}: BaseFieldProps & { value: string; choices: Choice[]; emptyLabel?: string; onChange: (value: string) => void }) => (
  <Field.Root name={name} hint={hint} error={error} required={required}>
    <Field.Label>{label}</Field.Label>
    <SingleSelect
      value={value === '' && emptyLabel ? NO_CHOICE : value}
      onChange={(next) => onChange(String(next) === NO_CHOICE ? '' : String(next))}
      hasError={Boolean(error)}
    >
      {emptyLabel !== undefined && <SingleSelectOption value={NO_CHOICE}>{emptyLabel}</SingleSelectOption>}
      {choices.map((choice) => (
        <SingleSelectOption key={choice.value} value={choice.value}>
          {choice.label}
        </SingleSelectOption>
      ))}
    </SingleSelect>
    <Field.Hint />
    <Field.Error />
  </Field.Root>
);

/** A labelled one-line input. */
export const TextField = ({
  name,
  label,
  hint,
  error,
  required,
  value,
  type = 'text',
  onChange,
}: BaseFieldProps & { value: string; type?: 'text' | 'date' | 'url' | 'search'; onChange: (value: string) => void }) => (
  <Field.Root name={name} hint={hint} error={error} required={required}>
    <Field.Label>{label}</Field.Label>
    <TextInput type={type} name={name} value={value} onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)} />
    <Field.Hint />
    <Field.Error />
  </Field.Root>
);

/** A labelled multi-line input. */
export const TextareaField = ({
  name,
  label,
  hint,
  error,
  required,
  value,
  onChange,
}: BaseFieldProps & { value: string; onChange: (value: string) => void }) => (
  <Field.Root name={name} hint={hint} error={error} required={required}>
    <Field.Label>{label}</Field.Label>
    <Textarea name={name} value={value} onChange={(event: ChangeEvent<HTMLTextAreaElement>) => onChange(event.target.value)} />
    <Field.Hint />
    <Field.Error />
  </Field.Root>
);
