import { DEFAULT_MAX_LENGTH, formatDate, messageLocale, stepOf, type AnswersForm, type Condition, type FieldComponent, type FormField, type ServiceForm } from '@city/shared/forms';
import { open311Message, type Open311MessageKey } from './messages';
import type { Open311Attribute, Open311Datatype, Open311ServiceDefinition, Open311Value } from './spec';

/**
 * How a service form's fields become the attributes of an Open311 service definition.
 *
 * | form field      | Open311                                                               |
 * |-----------------|-----------------------------------------------------------------------|
 * | short-text      | `string`                                                              |
 * | long-text       | `text`                                                                |
 * | email           | `string` (the datatype_description says it is an email address)       |
 * | phone           | `string` (the datatype_description says it is a phone number)         |
 * | number          | `number` (range and whole-number rule in the datatype_description)    |
 * | date            | `datetime`: YYYY-MM-DD, or a full ISO 8601 datetime whose date is kept|
 * | single-choice   | `singlevaluelist`, values = the options (key = option value)          |
 * | multiple-choice | `multivaluelist`, values = the options                                |
 * | checkbox        | `singlevaluelist` with the values `true` and `false`                  |
 * | location (first)| no attribute: `lat`+`long` (and `address_string` as its name), or an  |
 * |                 | `address_string` found among the city's address points; outside the  |
 * |                 | city is a 400 naming `lat`                                            |
 * | address (first, | no attribute: the request's location (`address_string`, `lat`+`long`,|
 * |  no location)   | `address_id`) answers it                                              |
 * | address, location (more) | `string`                                                     |
 * | file-upload     | no attribute: Open311 sends media as `media_url`, stored as a link;   |
 * |                 | a form that *requires* a file is not offered through Open311          |
 *
 * A question asked only when an earlier answer matches (its own or its step's condition) is not
 * `required` in Open311's sense, which has no conditions: its description says when it is asked and
 * that it is then required, and the intake, which evaluates the conditions, enforces it. An answer
 * that ends the form (an exit page) is said in its question's description.
 */

/** The Open311 datatype of each field type that becomes an attribute. */
export const OPEN311_DATATYPE_OF: Record<Exclude<FieldComponent, 'form-field.file-upload'>, Open311Datatype> = {
  'form-field.short-text': 'string',
  'form-field.long-text': 'text',
  'form-field.email': 'string',
  'form-field.phone': 'string',
  'form-field.number': 'number',
  'form-field.date': 'datetime',
  'form-field.single-choice': 'singlevaluelist',
  'form-field.multiple-choice': 'multivaluelist',
  'form-field.checkbox': 'singlevaluelist',
  'form-field.address': 'string',
  'form-field.location': 'string',
};

type Form = AnswersForm;

type LocationLike = Extract<FormField, { __component: 'form-field.address' | 'form-field.location' }>;

/** The field the request's Open311 location answers: the form's first location question, else its first address. */
export function locationField(form: Form): LocationLike | undefined {
  return (
    form.fields.find((field): field is LocationLike => field.__component === 'form-field.location') ??
    form.fields.find((field): field is LocationLike => field.__component === 'form-field.address')
  );
}

/** The form's first street address field, which keeps `address_string` as written beside a location question. */
export function addressField(form: Form): Extract<FormField, { __component: 'form-field.address' }> | undefined {
  return form.fields.find((field): field is Extract<FormField, { __component: 'form-field.address' }> => field.__component === 'form-field.address');
}

/** Whether a submission must carry a location: the form's location field is required. */
export function needsLocation(form: Form): boolean {
  const field = locationField(form);
  return field?.required === true && conditionsOf(form, field).length === 0;
}

/**
 * Whether Open311 clients can submit this form at all. Open311 has no file upload (only a link in
 * `media_url`), so a form that requires a file can only be used on the website.
 */
export function offeredThroughOpen311(form: Form): boolean {
  return !form.fields.some((field) => field.__component === 'form-field.file-upload' && field.required);
}

/** The fields that are Open311 attributes, in form order: all but the location and the files. */
export function attributeFields(form: Form): Exclude<FormField, { __component: 'form-field.file-upload' }>[] {
  const location = locationField(form);
  return form.fields.filter(
    (field): field is Exclude<FormField, { __component: 'form-field.file-upload' }> => field.__component !== 'form-field.file-upload' && field !== location,
  );
}

/** `A` + `; ` + `b` + … : a description followed by its limits. */
function describe(locale: string, base: string, limits: string[]): string {
  return limits.length === 0 ? base : `${base} (${limits.join(', ')})`;
}

/** How to write a value of this field, in the locale. */
export function datatypeDescription(field: FormField, locale: string): string {
  const say = (key: Open311MessageKey, params: Parameters<typeof open311Message>[2] = {}) => open311Message(locale, key, params);
  switch (field.__component) {
    case 'form-field.short-text':
    case 'form-field.long-text': {
      const max = field.maxLength ?? (field.__component === 'form-field.short-text' ? DEFAULT_MAX_LENGTH.short : DEFAULT_MAX_LENGTH.long);
      const base = field.minLength && field.minLength > 0 ? say('dt.text.range', { min: field.minLength, max }) : say('dt.text', { max });
      return field.__component === 'form-field.short-text' && field.pattern && field.patternDescription ? `${base}. ${field.patternDescription}` : base;
    }
    case 'form-field.email':
      return say('dt.email');
    case 'form-field.phone':
      return say('dt.phone');
    case 'form-field.number': {
      const limits = [
        ...(field.min !== undefined ? [say('dt.min', { min: field.min })] : []),
        ...(field.max !== undefined ? [say('dt.max', { max: field.max })] : []),
      ];
      return describe(locale, say(field.integer ? 'dt.integer' : 'dt.number'), limits);
    }
    case 'form-field.date': {
      const limits = [
        ...(field.minDate ? [say('dt.date.min', { min: formatDate(locale, field.minDate) })] : []),
        ...(field.maxDate ? [say('dt.date.max', { max: formatDate(locale, field.maxDate) })] : []),
      ];
      return describe(locale, say('dt.date'), limits);
    }
    case 'form-field.single-choice':
      return say('dt.single');
    case 'form-field.multiple-choice': {
      const limits = [
        ...(field.minSelected !== undefined && field.minSelected > 1 ? [say('dt.multiple.min', { min: field.minSelected })] : []),
        ...(field.maxSelected !== undefined ? [say('dt.multiple.max', { max: field.maxSelected })] : []),
      ];
      return describe(locale, say('dt.multiple', { value: field.key }), limits);
    }
    case 'form-field.checkbox':
      return say(field.required ? 'dt.checkbox.required' : 'dt.checkbox');
    case 'form-field.address':
      return say('dt.address');
    case 'form-field.location':
      return say('dt.location');
    case 'form-field.file-upload':
      return '';
  }
}

/** The choices of list attributes; undefined for the others. */
function listValues(field: FormField, locale: string): Open311Value[] | undefined {
  switch (field.__component) {
    case 'form-field.single-choice':
    case 'form-field.multiple-choice':
      return field.options.map((option) => ({ key: option.value, name: option.label }));
    case 'form-field.checkbox':
      // A required checkbox (a consent) has one acceptable answer, but offering both keeps the list honest.
      return [
        { key: 'true', name: open311Message(locale, 'checkbox.true') },
        { key: 'false', name: open311Message(locale, 'checkbox.false') },
      ];
    default:
      return undefined;
  }
}

/** The question as a client shows it: the label, then the hint. */
function attributeDescription(field: FormField): string {
  if (!field.hint) return field.label;
  return /[.?!:…]$/.test(field.label) ? `${field.label} ${field.hint}` : `${field.label}. ${field.hint}`;
}

/** The conditions that decide whether a question is asked: its step's, then its own. */
function conditionsOf(form: Form, field: FormField): Condition[] {
  const step = stepOf({ fields: form.fields, steps: form.steps ?? [] }, field.key);
  return [step?.showWhen, field.showWhen].filter((condition): condition is Condition => condition !== undefined);
}

/** "Asked only when the answer to “Type of work” is one of small_cell or pole_attachment": values are the keys clients send. */
function conditionText(form: Form, condition: Condition, locale: string): string {
  const question = form.fields.find((candidate) => candidate.key === condition.question);
  const label = question?.label ?? condition.question;
  // A checkbox counts as answered only when ticked: clients send it as `true` (`false` is sent too, and is no answer).
  if (condition.operator === 'answered' && question?.__component === 'form-field.checkbox') return open311Message(locale, 'asked.equals', { label, value: 'true' });
  const list = new Intl.ListFormat(messageLocale(locale), { type: condition.operator === 'one_of' ? 'disjunction' : 'conjunction' }).format(condition.values);
  return open311Message(locale, `asked.${condition.operator}`, { label, value: list });
}

/**
 * Which answers of a question end the request, as its operator compares them: "dominion", "pole or
 * cell" (one of), "a and b" (a multiple choice's exact set), "includes …", any answer; a ticked
 * checkbox is the answer `true`, the key clients send.
 */
function exitText(field: FormField, condition: Condition, title: string, locale: string): string {
  const list = (type: 'conjunction' | 'disjunction') => new Intl.ListFormat(messageLocale(locale), { type }).format(condition.values);
  switch (condition.operator) {
    case 'equals':
    case 'one_of':
      return open311Message(locale, 'exit', { value: list(condition.operator === 'one_of' ? 'disjunction' : 'conjunction'), title });
    case 'includes':
      return open311Message(locale, 'exit.includes', { value: list('conjunction'), title });
    case 'answered':
      return field.__component === 'form-field.checkbox' ? open311Message(locale, 'exit', { value: 'true', title }) : open311Message(locale, 'exit.answered', { title });
  }
}

/** The description with when the question is asked and which of its answers end the request. */
function fullDescription(form: Form, field: FormField, locale: string): string {
  const conditions = conditionsOf(form, field);
  const exits = (form.exitPages ?? []).filter((exit) => exit.showWhen.question === field.key);
  const parts = [attributeDescription(field)];
  if (conditions.length > 0) {
    const asked = conditions.map((condition) => conditionText(form, condition, locale)).join('; ');
    parts.push(`${asked}, ${open311Message(locale, field.required ? 'asked.required' : 'asked.ignored')}.`);
  }
  for (const exit of exits) parts.push(exitText(field, exit.showWhen, exit.title, locale));
  return parts.map((part, at) => (at < parts.length - 1 && !/[.?!:…]$/.test(part) ? `${part}.` : part)).join(' ');
}

/** The Open311 attributes of a form, in the form's order and language. */
export function serviceAttributes(form: Form, locale: string): Open311Attribute[] {
  return attributeFields(form).map((field, index) => {
    const values = listValues(field, locale);
    return {
      variable: true,
      code: field.key,
      datatype: OPEN311_DATATYPE_OF[field.__component],
      // Open311 has no conditions: a question asked only sometimes cannot be required of every request.
      required: field.required && conditionsOf(form, field).length === 0,
      datatype_description: datatypeDescription(field, locale) || null,
      order: index + 1,
      description: fullDescription(form, field, locale),
      ...(values ? { values } : {}),
    };
  });
}

/** `GET services/{service_code}`: the definition of a form's service. */
export function serviceDefinition(form: Pick<ServiceForm, 'code'> & Form, locale: string): Open311ServiceDefinition {
  return { service_code: form.code, attributes: serviceAttributes(form, locale) };
}
