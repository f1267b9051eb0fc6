import { createElement, type ComponentType, type ReactNode } from 'react';

/**
 * What the content manager hands a custom field's input (InputRenderer: the field's props and its
 * `useField` state): the full path of the field in the entry, its value and how to change it.
 */
export interface CustomFieldProps {
  name: string;
  label: string;
  hint?: ReactNode;
  required?: boolean;
  disabled?: boolean;
  labelAction?: ReactNode;
  value?: unknown;
  error?: string;
  onChange: (eventOrPath: string, value?: unknown) => void;
}

/**
 * Strapi types a custom field's Input as taking no props; at run time the content manager passes
 * CustomFieldProps (InputRenderer), which this wrapper states once for both pickers.
 */
export function customFieldInput(Input: ComponentType<CustomFieldProps>): ComponentType {
  return function CustomFieldInput(props: object) {
    return createElement(Input, props as CustomFieldProps);
  };
}
