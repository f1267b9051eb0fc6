import { Field, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { OPERATORS } from '../../../contract';
import type { CustomFieldProps } from './props';
import { useWording } from './wording';

const isOperator = (value: unknown): value is (typeof OPERATORS)[number] => typeof value === 'string' && (OPERATORS as readonly string[]).includes(value);

/** How a condition compares the answer, in words ("is one of"); the stored code never shows. */
export function OperatorInput({ name, label, hint, required, disabled, labelAction, value, error, onChange }: CustomFieldProps) {
  const { word } = useWording();
  return (
    <Field.Root name={name} id={name} error={error} hint={hint} required={required}>
      <Field.Label action={labelAction}>{label}</Field.Label>
      <SingleSelect name={name} value={isOperator(value) ? value : null} onChange={(next) => onChange(name, String(next))} disabled={disabled} hasError={Boolean(error)}>
        {OPERATORS.map((operator) => (
          <SingleSelectOption key={operator} value={operator}>
            {word(`operator.${operator}`)}
          </SingleSelectOption>
        ))}
      </SingleSelect>
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
}
