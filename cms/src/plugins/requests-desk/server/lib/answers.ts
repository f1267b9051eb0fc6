import { coordinatesText, locationAnswerSchema, type AnswerValue, type FileAnswer, type FormField } from '@city/shared/forms';
import { namespaces, translator } from '@city/shared/i18n';
import type { Answer } from '../../contract';

const word = translator<(typeof namespaces.islands)['en']>(namespaces.islands);

export interface StoredFile {
  name: string;
  size: number;
  type: string;
  /** A short-lived signed link, or null when the file is gone. */
  url: string | null;
}

const isFileList = (value: AnswerValue | undefined): value is FileAnswer[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'object' && item !== null && 'name' in item);

/**
 * One question and its answer as text, the way the resident's check-your-answers page reads:
 * option labels instead of stored values, Yes/No, dates in words, one line per line typed.
 * `labels` is the same form in the staff member's language when it exists (labels by key and
 * option labels by value); otherwise the resident's own form version is shown.
 */
export function answerText(
  field: FormField,
  value: AnswerValue | undefined,
  language: string,
  files: (answer: FileAnswer) => StoredFile,
  staffField?: FormField,
): Answer {
  const shown = staffField && staffField.__component === field.__component ? staffField : field;
  const optionLabel = (stored: string) => {
    const options = 'options' in shown ? shown.options : 'options' in field ? field.options : [];
    return options.find((option) => option.value === stored)?.label ?? stored;
  };
  const base = { label: shown.label, lines: [] as string[], files: [] as StoredFile[] };
  if (value === undefined || value === null || value === '') return base;
  switch (field.__component) {
    case 'form-field.single-choice':
      return { ...base, lines: [optionLabel(String(value))] };
    case 'form-field.multiple-choice':
      return { ...base, lines: (Array.isArray(value) ? value : [value]).map((item) => optionLabel(String(item))) };
    case 'form-field.checkbox':
      return { ...base, lines: [word(language, value === true || value === 'true' ? 'requestForm.yes' : 'requestForm.no')] };
    case 'form-field.date': {
      const day = String(value);
      const date = /^\d{4}-\d{2}-\d{2}$/.test(day) ? new Date(`${day}T00:00:00Z`) : undefined;
      return { ...base, lines: [date ? new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date) : day] };
    }
    case 'form-field.file-upload':
      return { ...base, files: isFileList(value) ? value.map(files) : [] };
    case 'form-field.location': {
      // The address as chosen, then the coordinates staff can paste into a map.
      const point = locationAnswerSchema.safeParse(value);
      return { ...base, lines: point.success ? [point.data.address, coordinatesText(point.data)].filter((line, index, lines) => lines.indexOf(line) === index) : [String(value)] };
    }
    default:
      return { ...base, lines: String(value).split('\n') };
  }
}
