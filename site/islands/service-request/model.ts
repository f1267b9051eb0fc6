// What the request form holds while the resident fills it in, and how that becomes the answers
// that shared/forms validates and the CMS receives. Validation itself is never written here: it is
// `validateSubmission` from @city/shared/forms, the same code the CMS runs.
import {
  CONTACT_FIELDS,
  SNIFF_BYTES,
  formatDate,
  sniffFileType,
  validateSubmission,
  type FieldError,
  type FileAnswer,
  type FormField,
  type FormValuesParam,
  type ServiceForm,
  type StagedFiles,
} from '@city/shared/forms';
import type { Messages } from '@city/shared/i18n';
import { chosenPoint, locationText, locationToSend } from './location/value';

export type RequestFormMessages = Messages['requestForm'];
export type ContactName = (typeof CONTACT_FIELDS)[number];

/**
 * What was typed or ticked, as the HTML form would post it: a string per question (an array for
 * multiple choice) and the contact details. The same shape the no-JavaScript endpoint echoes back
 * (`FormValuesParam`), so its feedback fills the form in again directly.
 */
export interface FormValues {
  answers: Record<string, string | string[]>;
  contact: Record<ContactName, string>;
}

/** A file the resident chose, with its type judged from its bytes like the CMS will. */
export interface ChosenFile {
  file: File;
  answer: FileAnswer;
}
/**
 * A file the CMS keeps for the fill, posted on an earlier page without JavaScript: it answers its
 * question here as a chosen file does, and goes with the send as the fill's id (`staged`), not as bytes.
 */
export interface KeptFile {
  answer: FileAnswer;
}
export type ChosenFiles = Record<string, (ChosenFile | KeptFile)[]>;
export const isChosenHere = (item: ChosenFile | KeptFile): item is ChosenFile => 'file' in item;

/** The files the CMS keeps for the fill, as the answers they stand for. */
export function keptFiles(staged: StagedFiles | undefined): ChosenFiles {
  return Object.fromEntries(Object.entries(staged?.files ?? {}).map(([key, files]) => [key, files.map((answer) => ({ answer }))]));
}
/** What the check of answers shows of a question's files: their names (chosen in the browser, or kept by the CMS). */
export type FileNames = Record<string, { answer: { name: string } }[]>;

export function emptyValues(form: Pick<ServiceForm, 'fields'>): FormValues {
  return {
    answers: Object.fromEntries(form.fields.map((field) => [field.key, field.__component === 'form-field.multiple-choice' ? [] : ''])),
    contact: { name: '', email: '', phone: '' },
  };
}

/** Values from elsewhere (a draft, the no-JS feedback) laid over empty ones; unknown keys are dropped. */
export function mergeValues(form: Pick<ServiceForm, 'fields'>, given: FormValuesParam): FormValues {
  const values = emptyValues(form);
  for (const field of form.fields) {
    const value = given.answers[field.key];
    if (value === undefined || field.__component === 'form-field.file-upload') continue;
    if (field.__component === 'form-field.multiple-choice') values.answers[field.key] = Array.isArray(value) ? value : [value];
    // A chosen point is [address, lat, long]; the no-JS form sends back the text typed.
    else if (field.__component === 'form-field.location') values.answers[field.key] = value;
    else values.answers[field.key] = Array.isArray(value) ? (value[0] ?? '') : value;
  }
  for (const name of CONTACT_FIELDS) values.contact[name] = given.contact[name] ?? '';
  return values;
}

/** Whether anything was typed or chosen, so an empty form is never saved as a draft. */
export function hasAnyValue(values: FormValues): boolean {
  const filled = (value: string | string[]) => (Array.isArray(value) ? value.length > 0 : value.trim() !== '');
  return Object.values(values.answers).some(filled) || Object.values(values.contact).some(filled);
}

/**
 * The answers as the CMS receives them: text as typed (shared/forms trims and converts), an
 * unticked checkbox left out like an HTML form does, and file fields described by the files chosen.
 */
export function answersToSend(form: Pick<ServiceForm, 'fields'>, values: FormValues, files: ChosenFiles): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const field of form.fields) {
    if (field.__component === 'form-field.file-upload') {
      const chosen = files[field.key] ?? [];
      if (chosen.length > 0) answers[field.key] = chosen.map((item) => item.answer);
      continue;
    }
    const value = values.answers[field.key];
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    if (field.__component === 'form-field.location') {
      const location = locationToSend(value);
      if (location !== undefined) answers[field.key] = location;
      continue;
    }
    answers[field.key] = value;
  }
  return answers;
}

export function contactToSend(values: FormValues): Record<string, string> {
  return Object.fromEntries(CONTACT_FIELDS.filter((name) => values.contact[name].trim() !== '').map((name) => [name, values.contact[name]]));
}

/** Every problem with the form as it stands, in the order the resident meets the fields. */
export function findErrors(form: Pick<ServiceForm, 'fields'>, locale: string, values: FormValues, files: ChosenFiles): FieldError[] {
  const result = validateSubmission(form, locale, { answers: answersToSend(form, values, files), contact: contactToSend(values) });
  return result.success ? [] : result.errors;
}

/** Describes a chosen file by its first bytes, so a renamed `.exe` is refused here as on the server. */
export async function describeFile(file: File): Promise<ChosenFile> {
  const head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
  return { file, answer: { name: file.name, type: sniffFileType(head) ?? 'application/octet-stream', size: file.size } };
}

/** The id of a question's control (its first radio or checkbox for a group), the target of error links. */
export function controlId(field: Pick<FormField, 'key' | '__component'>): string {
  const grouped = field.__component === 'form-field.single-choice' || field.__component === 'form-field.multiple-choice';
  return grouped ? `answers-${field.key}-0` : `answers-${field.key}`;
}
export const contactId = (name: ContactName) => `contact-${name}`;

/** Where an error's link in the summary leads: `field` is an answer key or `contact.<name>`. */
/** The form's send button: where a request to confirm the send leads. */
export const SUBMIT_ID = 'request-submit';

export function errorTarget(form: Pick<ServiceForm, 'fields'>, field: string): string {
  if (field === 'confirmation') return SUBMIT_ID;
  if (field.startsWith('contact.')) return contactId(field.slice('contact.'.length) as ContactName);
  const question = form.fields.find((candidate) => candidate.key === field);
  return question ? controlId(question) : 'answers';
}

/** An answer as the check-your-answers step shows it: labels rather than stored values. */
export function displayAnswer(field: FormField, values: FormValues, files: FileNames, locale: string, messages: RequestFormMessages): string[] {
  const value = values.answers[field.key];
  const notAnswered = [messages.notAnswered];
  switch (field.__component) {
    case 'form-field.single-choice': {
      const option = field.options.find((candidate) => candidate.value === value);
      return option ? [option.label] : notAnswered;
    }
    case 'form-field.multiple-choice': {
      const chosen = Array.isArray(value) ? value : [];
      const labels = field.options.filter((option) => chosen.includes(option.value)).map((option) => option.label);
      return labels.length > 0 ? labels : notAnswered;
    }
    case 'form-field.checkbox':
      return [value === 'true' ? messages.yes : messages.no];
    case 'form-field.date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? [formatDate(locale, value)] : notAnswered;
    case 'form-field.location': {
      const text = value === undefined ? '' : (chosenPoint(value)?.address ?? locationText(value)).trim();
      return text === '' ? notAnswered : [text];
    }
    case 'form-field.file-upload': {
      const names = (files[field.key] ?? []).map((item) => item.answer.name);
      return names.length > 0 ? names : notAnswered;
    }
    default: {
      const text = typeof value === 'string' ? value.trim() : '';
      return text === '' ? notAnswered : text.split('\n');
    }
  }
}
