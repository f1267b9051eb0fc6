import { DEFAULT_LOCALE, isLocale, type Locale } from '../locales/index.js';

/**
 * Field-level error messages, one catalogue per language, keyed by field type and constraint.
 * `{label}` is the field's question as the resident read it; other placeholders are the limits.
 * A message with `one`/`other` forms is chosen by the plural rule of its count (`{min}`, `{max}`).
 * Written GOV.UK style: say what to do, no full stop.
 */
type Plural = { one: string; other: string };
type Template = string | Plural;

const en = {
  'text.required': 'Enter an answer for “{label}”',
  'text.type': '“{label}” must be text',
  'text.tooShort': { one: '“{label}” must be {min} character or more', other: '“{label}” must be {min} characters or more' },
  'text.tooLong': { one: '“{label}” must be {max} character or fewer', other: '“{label}” must be {max} characters or fewer' },
  'text.pattern': '“{label}” is not in the right format',
  'email.required': 'Enter an email address for “{label}”',
  'email.invalid': 'Enter an email address in the correct format, like name@example.com, for “{label}”',
  'phone.required': 'Enter a phone number for “{label}”',
  'phone.invalid': 'Enter a phone number, like 703 555 0123 or +1 703 555 0123, for “{label}”',
  'number.required': 'Enter a number for “{label}”',
  'number.invalid': '“{label}” must be a number, like 12 or 12.5',
  'number.integer': '“{label}” must be a whole number',
  'number.min': '“{label}” must be {min} or more',
  'number.max': '“{label}” must be {max} or less',
  'date.required': 'Enter a date for “{label}”',
  'date.invalid': '“{label}” must be a real date',
  'date.min': '“{label}” must be on or after {min}',
  'date.max': '“{label}” must be on or before {max}',
  'choice.required': 'Select an option for “{label}”',
  'choice.invalid': 'Select one of the options given for “{label}”',
  'multiple.required': 'Select at least one option for “{label}”',
  'multiple.invalid': 'Select only options given for “{label}”',
  'multiple.min': { one: 'Select at least {min} option for “{label}”', other: 'Select at least {min} options for “{label}”' },
  'multiple.max': { one: 'Select no more than {max} option for “{label}”', other: 'Select no more than {max} options for “{label}”' },
  'checkbox.required': 'Tick “{label}” to continue',
  'checkbox.invalid': 'Tick “{label}” or leave it empty',
  'address.required': 'Enter an address for “{label}”',
  'address.tooLong': { one: 'The address for “{label}” must be {max} character or fewer', other: 'The address for “{label}” must be {max} characters or fewer' },
  'file.required': 'Attach a file for “{label}”',
  'file.invalid': 'Attach the file for “{label}” again',
  'file.type': 'Each file for “{label}” must be a {types}',
  'file.size': 'Each file for “{label}” must be smaller than {max} MB',
  'file.count': { one: 'Attach no more than {max} file for “{label}”', other: 'Attach no more than {max} files for “{label}”' },
  'contact.name.required': 'Enter your name',
  'contact.name.tooLong': 'Your name must be {max} characters or fewer',
  'contact.email.required': 'Enter your email address',
  'contact.email.invalid': 'Enter an email address in the correct format, like name@example.com',
  'contact.phone.invalid': 'Enter a phone number, like 703 555 0123 or +1 703 555 0123',
  'form.unavailable': 'This form is not available any more. Go back to the service page and try again',
  'submission.confirm': 'Your request has not been sent yet. Check your answers, then send the form again to confirm it',
} satisfies Record<string, Template>;

export type MessageKey = keyof typeof en;

const es: Record<MessageKey, Template> = {
  'text.required': 'Escriba una respuesta para “{label}”',
  'text.type': '“{label}” debe ser un texto',
  'text.tooShort': { one: '“{label}” debe tener {min} carácter o más', other: '“{label}” debe tener {min} caracteres o más' },
  'text.tooLong': { one: '“{label}” debe tener {max} carácter o menos', other: '“{label}” debe tener {max} caracteres o menos' },
  'text.pattern': '“{label}” no tiene el formato correcto',
  'email.required': 'Escriba un correo electrónico para “{label}”',
  'email.invalid': 'Escriba un correo electrónico con el formato correcto, como nombre@ejemplo.com, para “{label}”',
  'phone.required': 'Escriba un número de teléfono para “{label}”',
  'phone.invalid': 'Escriba un número de teléfono, como 703 555 0123 o +1 703 555 0123, para “{label}”',
  'number.required': 'Escriba un número para “{label}”',
  'number.invalid': '“{label}” debe ser un número, como 12 o 12.5',
  'number.integer': '“{label}” debe ser un número entero',
  'number.min': '“{label}” debe ser {min} o más',
  'number.max': '“{label}” debe ser {max} o menos',
  'date.required': 'Escriba una fecha para “{label}”',
  'date.invalid': '“{label}” debe ser una fecha real',
  'date.min': '“{label}” debe ser el {min} o después',
  'date.max': '“{label}” debe ser el {max} o antes',
  'choice.required': 'Elija una opción para “{label}”',
  'choice.invalid': 'Elija una de las opciones dadas para “{label}”',
  'multiple.required': 'Elija al menos una opción para “{label}”',
  'multiple.invalid': 'Elija solo opciones dadas para “{label}”',
  'multiple.min': { one: 'Elija al menos {min} opción para “{label}”', other: 'Elija al menos {min} opciones para “{label}”' },
  'multiple.max': { one: 'Elija como máximo {max} opción para “{label}”', other: 'Elija como máximo {max} opciones para “{label}”' },
  'checkbox.required': 'Marque “{label}” para continuar',
  'checkbox.invalid': 'Marque “{label}” o déjelo sin marcar',
  'address.required': 'Escriba una dirección para “{label}”',
  'address.tooLong': { one: 'La dirección para “{label}” debe tener {max} carácter o menos', other: 'La dirección para “{label}” debe tener {max} caracteres o menos' },
  'file.required': 'Adjunte un archivo para “{label}”',
  'file.invalid': 'Vuelva a adjuntar el archivo para “{label}”',
  'file.type': 'Cada archivo para “{label}” debe ser {types}',
  'file.size': 'Cada archivo para “{label}” debe pesar menos de {max} MB',
  'file.count': { one: 'Adjunte como máximo {max} archivo para “{label}”', other: 'Adjunte como máximo {max} archivos para “{label}”' },
  'contact.name.required': 'Escriba su nombre',
  'contact.name.tooLong': 'Su nombre debe tener {max} caracteres o menos',
  'contact.email.required': 'Escriba su correo electrónico',
  'contact.email.invalid': 'Escriba un correo electrónico con el formato correcto, como nombre@ejemplo.com',
  'contact.phone.invalid': 'Escriba un número de teléfono, como 703 555 0123 o +1 703 555 0123',
  'form.unavailable': 'Este formulario ya no está disponible. Vuelva a la página del servicio e inténtelo de nuevo',
  'submission.confirm': 'Su solicitud todavía no se ha enviado. Revise sus respuestas y vuelva a enviar el formulario para confirmarla',
};

export const MESSAGES: Record<Locale, Record<MessageKey, Template>> = { en, es };

/** Values interpolated into a message: numbers are formatted for the locale, dates are given already formatted. */
export type MessageParams = { label?: string; min?: number | string; max?: number | string; types?: string };

/** A locale the catalogue has, falling back to the default for any other. */
export function messageLocale(locale: string): Locale {
  return isLocale(locale) ? locale : DEFAULT_LOCALE;
}

/** One formatter per language and kind: building an Intl formatter costs far more than using it, and validation formats many messages. */
export function perLocale<T, Lang extends string = Locale>(make: (lang: Lang) => T): (lang: Lang) => T {
  const made = new Map<Lang, T>();
  return (lang) => {
    let value = made.get(lang);
    if (value === undefined) made.set(lang, (value = make(lang)));
    return value;
  };
}
const pluralRules = perLocale((lang) => new Intl.PluralRules(lang));
const numberFormat = perLocale((lang) => new Intl.NumberFormat(lang, { maximumFractionDigits: 6 }));
const dateFormat = perLocale((lang) => new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }));

/** The message for a key in a locale, with its placeholders filled in. */
export function formatMessage(locale: string, key: MessageKey, params: MessageParams = {}): string {
  const lang = messageLocale(locale);
  const template = MESSAGES[lang][key];
  let text: string;
  if (typeof template === 'string') {
    text = template;
  } else {
    const count = Number(params.min ?? params.max ?? 0);
    text = pluralRules(lang).select(count) === 'one' ? template.one : template.other;
  }
  const numbers = numberFormat(lang);
  return text.replace(/\{(label|min|max|types)\}/g, (_match, name: keyof MessageParams) => {
    const value = params[name];
    if (value === undefined) return '';
    return typeof value === 'number' ? numbers.format(value) : value;
  });
}

/** A calendar date (YYYY-MM-DD) as the resident would write it, e.g. "1 de enero de 2025". */
export function formatDate(locale: string, isoDate: string): string {
  return dateFormat(messageLocale(locale)).format(new Date(`${isoDate}T00:00:00Z`));
}
