// One question of a service form as real HTML form controls, named as the no-JavaScript endpoint
// reads them (`answers[key]`), with the GOV.UK pattern for hints and errors: the message sits above
// the control, starts with a visually hidden "Error:", and the control points at both through
// aria-describedby. Radios and checkboxes sit in a fieldset whose legend is the question.
import type { ReactNode } from 'react';
import type { FormField } from '@city/shared/forms';
import { acceptedMimes, fileTypeNames } from '@city/shared/forms';
import { interpolate, listNames, plural } from '../lib/format';
import { controlId, type ChosenFile, type RequestFormMessages } from './model';
import { LocationControl } from './location/LocationControl';
import type { LocationServices } from './location/services';

export interface QuestionProps {
  field: FormField;
  value: string | string[];
  error: string | undefined;
  locale: string;
  messages: RequestFormMessages;
  /** Files chosen for a file field (shown once the island runs). */
  chosenFiles?: ChosenFile[] | undefined;
  /** Files the CMS keeps from an earlier post of this page (a form of several pages without JavaScript). */
  keptFiles?: string[] | undefined;
  onChange(value: string | string[]): void;
  onFiles(files: File[]): void;
  /** The address search and the device's position, once the island runs (location questions only). */
  location?: LocationServices | undefined;
}

export interface FieldFrameProps {
  id: string;
  label: string;
  hint: string | undefined;
  error: string | undefined;
  optional: string | undefined;
  messages: RequestFormMessages;
  /** Radios and checkboxes: a fieldset with a legend instead of a label. */
  group?: boolean;
  /** A lone checkbox carries its own label after the box. */
  labelAfter?: boolean;
  children: ReactNode;
}

/** The ids a control's aria-describedby lists: its hint and its error, when they are shown. */
export function describedBy(id: string, hint: string | undefined, error: string | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function HintAndError({ id, hint, error, messages }: Pick<FieldFrameProps, 'id' | 'hint' | 'error' | 'messages'>) {
  return (
    <>
      {hint && (
        <div className="usa-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {error && (
        <span className="usa-error-message" id={`${id}-error`}>
          <span className="usa-sr-only">{messages.errorPrefix}</span> {error}
        </span>
      )}
    </>
  );
}

/** Label (or legend), hint and error around a control, with the error styling of the group. */
export function FieldFrame({ id, label, hint, error, optional, messages, group, labelAfter, children }: FieldFrameProps) {
  const className = `usa-form-group${error ? ' usa-form-group--error' : ''}`;
  const text = optional ? `${label} ${optional}` : label;
  if (group) {
    return (
      <div className={className}>
        <fieldset className="usa-fieldset" aria-describedby={describedBy(id, hint, error)}>
          <legend className={`usa-legend${error ? ' usa-label--error' : ''}`}>{text}</legend>
          <HintAndError id={id} hint={hint} error={error} messages={messages} />
          {children}
        </fieldset>
      </div>
    );
  }
  if (labelAfter) {
    return (
      <div className={className}>
        <HintAndError id={id} hint={hint} error={error} messages={messages} />
        {children}
      </div>
    );
  }
  return (
    <div className={className}>
      <label className={`usa-label${error ? ' usa-label--error' : ''}`} htmlFor={id}>
        {text}
      </label>
      <HintAndError id={id} hint={hint} error={error} messages={messages} />
      {children}
    </div>
  );
}

const text = (value: string | string[]) => (Array.isArray(value) ? (value[0] ?? '') : value);

export function Question({ field, value, error, locale, messages, chosenFiles = [], keptFiles = [], onChange, onFiles, location }: QuestionProps) {
  const id = controlId(field);
  const name = `answers[${field.key}]`;
  const optional = field.required ? undefined : messages.optional;
  const described = describedBy(id, field.hint, error);
  const invalid = error ? true : undefined;
  const inputClass = (base: string) => `${base}${error ? ` ${base}--error` : ''}`;
  // A group's hint and error belong to its fieldset, named after the question rather than its first option.
  const frame = { id, label: field.label, hint: field.hint, error, optional, messages };
  const groupFrame = { ...frame, id: `answers-${field.key}` };

  switch (field.__component) {
    case 'form-field.short-text':
    case 'form-field.email':
    case 'form-field.phone':
    case 'form-field.number': {
      // Email addresses and phone numbers read left to right in an Arabic page too; free text takes
      // the direction of what the resident types (an Arabic answer, or a web address).
      const kind = {
        'form-field.short-text': { type: 'text', inputMode: undefined, autoComplete: undefined, spellCheck: undefined, dir: 'auto' },
        'form-field.email': { type: 'email', inputMode: undefined, autoComplete: 'email', spellCheck: false, dir: 'ltr' },
        'form-field.phone': { type: 'tel', inputMode: undefined, autoComplete: 'tel', spellCheck: undefined, dir: 'ltr' },
        // GOV.UK advice: a text input with a numeric keyboard, since type=number mangles input.
        'form-field.number': { type: 'text', inputMode: field.__component === 'form-field.number' && field.integer ? 'numeric' : 'decimal', autoComplete: 'off', spellCheck: false, dir: undefined },
      }[field.__component] as { type: string; inputMode: 'numeric' | 'decimal' | undefined; autoComplete: string | undefined; spellCheck: boolean | undefined; dir: 'ltr' | 'auto' | undefined };
      return (
        <FieldFrame {...frame}>
          <input
            className={inputClass('usa-input')}
            id={id}
            name={name}
            type={kind.type}
            dir={kind.dir}
            inputMode={kind.inputMode}
            autoComplete={kind.autoComplete}
            spellCheck={kind.spellCheck}
            value={text(value)}
            aria-describedby={described}
            aria-invalid={invalid}
            onChange={(event) => onChange(event.target.value)}
          />
        </FieldFrame>
      );
    }
    case 'form-field.long-text':
    case 'form-field.address':
      return (
        <FieldFrame {...frame}>
          <textarea
            className={inputClass('usa-textarea')}
            id={id}
            name={name}
            rows={field.__component === 'form-field.address' ? 3 : 6}
            dir="auto"
            autoComplete={field.__component === 'form-field.address' ? 'street-address' : undefined}
            value={text(value)}
            aria-describedby={described}
            aria-invalid={invalid}
            onChange={(event) => onChange(event.target.value)}
          />
        </FieldFrame>
      );
    case 'form-field.date':
      return (
        <FieldFrame {...frame}>
          <input
            className={`${inputClass('usa-input')} request-date-input`}
            id={id}
            name={name}
            type="date"
            // The browser's date field keeps its own order of month, day and year in an Arabic page.
            dir="ltr"
            min={field.minDate}
            max={field.maxDate}
            value={text(value)}
            aria-describedby={described}
            aria-invalid={invalid}
            onChange={(event) => onChange(event.target.value)}
          />
        </FieldFrame>
      );
    case 'form-field.single-choice':
      return (
        <FieldFrame {...groupFrame} group>
          {field.options.map((option, index) => (
            <div className="usa-radio" key={option.value}>
              <input
                className="usa-radio__input"
                id={`answers-${field.key}-${index}`}
                type="radio"
                name={name}
                value={option.value}
                checked={text(value) === option.value}
                onChange={() => onChange(option.value)}
              />
              <label className="usa-radio__label" htmlFor={`answers-${field.key}-${index}`}>
                {option.label}
              </label>
            </div>
          ))}
        </FieldFrame>
      );
    case 'form-field.multiple-choice': {
      const chosen = Array.isArray(value) ? value : value ? [value] : [];
      const toggle = (option: string) => onChange(chosen.includes(option) ? chosen.filter((item) => item !== option) : [...chosen, option]);
      return (
        <FieldFrame {...groupFrame} group>
          {field.options.map((option, index) => (
            <div className="usa-checkbox" key={option.value}>
              <input
                className="usa-checkbox__input"
                id={`answers-${field.key}-${index}`}
                type="checkbox"
                name={name}
                value={option.value}
                checked={chosen.includes(option.value)}
                onChange={() => toggle(option.value)}
              />
              <label className="usa-checkbox__label" htmlFor={`answers-${field.key}-${index}`}>
                {option.label}
              </label>
            </div>
          ))}
        </FieldFrame>
      );
    }
    case 'form-field.checkbox':
      return (
        <FieldFrame {...frame} labelAfter>
          <div className="usa-checkbox">
            <input
              className="usa-checkbox__input"
              id={id}
              type="checkbox"
              name={name}
              value="true"
              checked={text(value) === 'true'}
              aria-describedby={described}
              aria-invalid={invalid}
              onChange={(event) => onChange(event.target.checked ? 'true' : '')}
            />
            <label className="usa-checkbox__label" htmlFor={id}>
              {optional ? `${field.label} ${optional}` : field.label}
            </label>
          </div>
        </FieldFrame>
      );
    case 'form-field.location':
      return (
        <FieldFrame {...frame}>
          <LocationControl id={id} label={field.label} name={name} value={value} locale={locale} messages={messages} describedBy={described} invalid={invalid} services={location} onChange={onChange} />
        </FieldFrame>
      );
    case 'form-field.file-upload': {
      const types = new Intl.ListFormat(locale, { type: 'disjunction' }).format(fileTypeNames(acceptedMimes(field.accept)));
      const limits = plural(messages, 'fileHint', field.maxFiles, locale, { types, size: field.maxSizeMb });
      const hint = field.hint ? `${field.hint} ${limits}` : limits;
      return (
        <FieldFrame {...frame} hint={hint}>
          <input
            className={`request-file-input${error ? ' request-file-input--error' : ''}`}
            id={id}
            name={name}
            type="file"
            accept={field.accept}
            multiple={field.maxFiles > 1}
            aria-describedby={describedBy(id, hint, error)}
            aria-invalid={invalid}
            onChange={(event) => onFiles(Array.from(event.target.files ?? []))}
          />
          {chosenFiles.length > 0 && (
            <p className="request-files-chosen">
              {interpolate(messages.filesChosen, { names: listNames(chosenFiles.map((item) => item.answer.name), locale) }, locale)}
            </p>
          )}
          {chosenFiles.length === 0 && keptFiles.length > 0 && (
            <p className="request-files-chosen" id={`${id}-kept`}>
              {interpolate(messages.filesKept, { names: listNames(keptFiles, locale) }, locale)}
            </p>
          )}
        </FieldFrame>
      );
    }
  }
}
