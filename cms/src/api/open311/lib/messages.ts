import { messageLocale } from '@city/shared/forms';
import type { Locale } from '@city/shared/locales';

/**
 * What the Open311 API says in words: error descriptions and the `datatype_description` of
 * attributes, in each language the portal speaks. Open311 has no language parameter of its own;
 * the portal reads `locale` (en or es) and answers in English otherwise. Field-level validation
 * messages come from `shared/forms`, the same ones the web form shows.
 */
const en = {
  'key.missing': 'api_key is required to submit a request',
  'key.invalid': 'The api_key is not valid or was revoked',
  'format.unknown': 'Use .xml or .json at the end of the path',
  'route.unknown': 'There is no such Open311 resource',
  'service.unknown': 'There is no service with the code {value}',
  'request.unknown': 'There is no request with the id {value}',
  'token.unknown': 'There is no request for the token {value}',
  'locale.invalid': 'locale must be en or es',
  'service_code.required': 'service_code is required',
  'param.repeated': 'Send {value} once',
  'location.required': 'This service needs a location: send lat and long, address_string or address_id',
  'location.latlong': 'Send both lat and long, in decimal degrees (lat from -90 to 90, long from -180 to 180)',
  'address.tooLong': 'address_string must be {max} characters or fewer',
  'address_id.invalid': 'address_id must be 1 to 100 letters, digits, dots, dashes or underscores',
  'description.tooLong': 'description must be {max} characters or fewer',
  'description.html': 'description must be plain text, without HTML',
  'media_url.invalid': 'media_url must be an http or https address of 2,000 characters or fewer',
  'attribute.unknown': 'attribute[{value}] is not an attribute of this service',
  'attribute.shape': 'Send attributes as attribute[code]=value, or attribute[code][]=value for several values',
  'text.tooLong': '{value} must be {max} characters or fewer',
  'date.invalid': '{value} must be an ISO 8601 date and time with a time zone, like 2025-03-01T00:00:00Z',
  'date.order': 'start_date must be before end_date',
  'date.range': 'start_date and end_date can be {max} days apart at most',
  'status.invalid': 'status must be open, closed, or both separated by a comma',
  'ids.tooMany': 'service_request_id can list {max} ids at most',
  'idempotency.invalid': 'The Idempotency-Key must be 16 to 128 letters, digits, “-” or “_” (a UUID works)',
  'idempotency.conflict': 'This Idempotency-Key was already used for a different request. Send a new request with a new key',
  'rate.limited': 'Too many requests from this address. Wait a moment and try again',
  'body.type': 'Send the request form-encoded (application/x-www-form-urlencoded)',
  'server.error': 'Something went wrong on our side. The request may not have been stored: send it again with the same Idempotency-Key',
  'dt.text': 'Text of at most {max} characters',
  'dt.text.range': 'Text of {min} to {max} characters',
  'dt.email': 'An email address, like name@example.com',
  'dt.phone': 'A phone number, like 703 555 0123 or +1 703 555 0123',
  'dt.number': 'A number, like 12 or 12.5',
  'dt.integer': 'A whole number, like 12',
  'dt.min': 'at least {min}',
  'dt.max': 'at most {max}',
  'dt.date': 'A date, like 2025-03-01. A date and time with a time zone, like 2025-03-01T09:30:00-05:00, is accepted too: the date written in it is kept',
  'dt.date.min': 'on or after {min}',
  'dt.date.max': 'on or before {max}',
  'dt.single': 'The key of one of the values',
  'dt.multiple': 'The keys of one or more of the values, each sent as attribute[{value}][]=key',
  'dt.multiple.min': 'choose at least {min}',
  'dt.multiple.max': 'choose at most {max}',
  'dt.checkbox': 'true or false',
  'dt.checkbox.required': 'true: it must be ticked to continue',
  'dt.address': 'A street address',
  'checkbox.true': 'Yes',
  'checkbox.false': 'No',
} as const;

export type Open311MessageKey = keyof typeof en;

const es: Record<Open311MessageKey, string> = {
  'key.missing': 'Se necesita api_key para enviar una solicitud',
  'key.invalid': 'La api_key no es válida o fue revocada',
  'format.unknown': 'Termine la ruta en .xml o .json',
  'route.unknown': 'No existe ese recurso de Open311',
  'service.unknown': 'No hay ningún servicio con el código {value}',
  'request.unknown': 'No hay ninguna solicitud con el identificador {value}',
  'token.unknown': 'No hay ninguna solicitud para el token {value}',
  'locale.invalid': 'locale debe ser en o es',
  'service_code.required': 'Se necesita service_code',
  'param.repeated': 'Envíe {value} una sola vez',
  'location.required': 'Este servicio necesita una ubicación: envíe lat y long, address_string o address_id',
  'location.latlong': 'Envíe lat y long juntos, en grados decimales (lat de -90 a 90, long de -180 a 180)',
  'address.tooLong': 'address_string debe tener {max} caracteres o menos',
  'address_id.invalid': 'address_id debe tener de 1 a 100 letras, dígitos, puntos, guiones o guiones bajos',
  'description.tooLong': 'description debe tener {max} caracteres o menos',
  'description.html': 'description debe ser texto sin formato, sin HTML',
  'media_url.invalid': 'media_url debe ser una dirección http o https de 2.000 caracteres o menos',
  'attribute.unknown': 'attribute[{value}] no es un atributo de este servicio',
  'attribute.shape': 'Envíe los atributos como attribute[código]=valor, o attribute[código][]=valor para varios valores',
  'text.tooLong': '{value} debe tener {max} caracteres o menos',
  'date.invalid': '{value} debe ser una fecha y hora ISO 8601 con zona horaria, como 2025-03-01T00:00:00Z',
  'date.order': 'start_date debe ser anterior a end_date',
  'date.range': 'start_date y end_date pueden estar separadas {max} días como máximo',
  'status.invalid': 'status debe ser open, closed, o ambos separados por una coma',
  'ids.tooMany': 'service_request_id puede listar {max} identificadores como máximo',
  'idempotency.invalid': 'La Idempotency-Key debe tener de 16 a 128 letras, dígitos, “-” o “_” (un UUID sirve)',
  'idempotency.conflict': 'Esta Idempotency-Key ya se usó para otra solicitud. Envíe la nueva solicitud con una clave nueva',
  'rate.limited': 'Demasiadas solicitudes desde esta dirección. Espere un momento y vuelva a intentarlo',
  'body.type': 'Envíe la solicitud como formulario (application/x-www-form-urlencoded)',
  'server.error': 'Algo falló de nuestro lado. Puede que la solicitud no se haya guardado: envíela otra vez con la misma Idempotency-Key',
  'dt.text': 'Texto de {max} caracteres como máximo',
  'dt.text.range': 'Texto de {min} a {max} caracteres',
  'dt.email': 'Un correo electrónico, como nombre@ejemplo.com',
  'dt.phone': 'Un número de teléfono, como 703 555 0123 o +1 703 555 0123',
  'dt.number': 'Un número, como 12 o 12.5',
  'dt.integer': 'Un número entero, como 12',
  'dt.min': 'como mínimo {min}',
  'dt.max': 'como máximo {max}',
  'dt.date': 'Una fecha, como 2025-03-01. También se acepta una fecha y hora con zona horaria, como 2025-03-01T09:30:00-05:00: se guarda la fecha escrita en ella',
  'dt.date.min': 'el {min} o después',
  'dt.date.max': 'el {max} o antes',
  'dt.single': 'La clave de uno de los valores',
  'dt.multiple': 'Las claves de uno o más de los valores, cada una enviada como attribute[{value}][]=clave',
  'dt.multiple.min': 'elija al menos {min}',
  'dt.multiple.max': 'elija como máximo {max}',
  'dt.checkbox': 'true o false',
  'dt.checkbox.required': 'true: debe marcarse para continuar',
  'dt.address': 'Una dirección postal',
  'checkbox.true': 'Sí',
  'checkbox.false': 'No',
};

const CATALOGUE: Record<Locale, Record<Open311MessageKey, string>> = { en, es };

export interface Open311MessageParams {
  value?: string;
  min?: number | string;
  max?: number | string;
}

/** The message for a key in a locale (English for an unknown locale), placeholders filled in. */
export function open311Message(locale: string, key: Open311MessageKey, params: Open311MessageParams = {}): string {
  const lang = messageLocale(locale);
  const numbers = new Intl.NumberFormat(lang, { maximumFractionDigits: 6 });
  return CATALOGUE[lang][key].replace(/\{(value|min|max)\}/g, (_match, name: keyof Open311MessageParams) => {
    const param = params[name];
    if (param === undefined) return '';
    return typeof param === 'number' ? numbers.format(param) : param;
  });
}

/** Every key has a message in every language (checked by the unit tests). */
export const OPEN311_MESSAGES = CATALOGUE;
