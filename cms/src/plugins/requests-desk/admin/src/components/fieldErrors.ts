import type { FieldErrors } from '../api';
import { en } from '../translations/en';
import type { MessageKey, useT } from './useT';

/** The refusal for one input, in words (the contract's codes; an unknown code reads as a plain refusal). */
export function errorFor(errors: FieldErrors, field: string, t: ReturnType<typeof useT>): string | undefined {
  const found = errors.find((error) => error.field === field);
  if (!found) return undefined;
  const key = `error.${found.code}`;
  return t(key in en ? (key as MessageKey) : 'error.unknown');
}

/** Refusals for fields the form does not show, so none is lost. */
export function otherErrors(errors: FieldErrors, shown: string[], t: ReturnType<typeof useT>): string[] {
  return errors
    .filter((error) => !shown.includes(error.field))
    .map((error) => {
      const key = `error.${error.code}`;
      return t(key in en ? (key as MessageKey) : 'error.unknown');
    });
}
