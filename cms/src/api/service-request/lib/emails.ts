import { messageLocale, statusLabel, type RequestStatus } from '@city/shared/forms';
import { cityName, siteUrl } from '../../../lib/constants';
import type { EmailContent } from '../../outbox-message/lib/outbox';

/**
 * The emails a resident receives, in their language. Plain text: it reads well in every client
 * and in screen readers, and carries nothing that could be mistaken for a tracking pixel.
 */

interface ConfirmationInput {
  locale: string;
  name: string;
  reference: string;
  formTitle: string;
  submittedAt: string;
  confirmationText?: string;
  responseTime?: string;
}

interface StatusChangeInput {
  locale: string;
  name: string;
  reference: string;
  formTitle: string;
  status: RequestStatus;
  publicNote: string;
}

const trackUrl = (locale: string) => `${siteUrl()}/${messageLocale(locale)}/track`;
/** Made once per language and time zone: building a formatter costs far more than formatting. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function longDate(locale: string, iso: string): string {
  const lang = messageLocale(locale);
  const timeZone = process.env.CITY_TIME_ZONE ?? 'America/New_York';
  const key = `${lang} ${timeZone}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone })));
  return format.format(new Date(iso));
}

export function confirmationEmail(input: ConfirmationInput): EmailContent {
  const lines = (parts: (string | false | undefined)[]) => parts.filter((part): part is string => typeof part === 'string').join('\n');
  if (messageLocale(input.locale) === 'es') {
    return {
      subject: `Recibimos su solicitud ${input.reference}`,
      text: lines([
        `Hola, ${input.name}:`,
        '',
        `Recibimos su solicitud “${input.formTitle}” el ${longDate('es', input.submittedAt)}.`,
        '',
        `Su número de referencia es: ${input.reference}`,
        '',
        `Guárdelo. Con este número y su correo electrónico puede consultar el estado de su solicitud en ${trackUrl('es')}`,
        input.confirmationText && '',
        input.confirmationText,
        input.responseTime && '',
        input.responseTime && `Normalmente respondemos en ${input.responseTime}.`,
        '',
        cityName(),
      ]),
    };
  }
  return {
    subject: `We received your request ${input.reference}`,
    text: lines([
      `Dear ${input.name},`,
      '',
      `We received your request “${input.formTitle}” on ${longDate('en', input.submittedAt)}.`,
      '',
      `Your reference number is: ${input.reference}`,
      '',
      `Keep it. With this number and your email address you can check the status of your request at ${trackUrl('en')}`,
      input.confirmationText && '',
      input.confirmationText,
      input.responseTime && '',
      input.responseTime && `We usually answer within ${input.responseTime}.`,
      '',
      cityName(),
    ]),
  };
}

export function statusChangeEmail(input: StatusChangeInput): EmailContent {
  const label = statusLabel(input.status, input.locale);
  if (messageLocale(input.locale) === 'es') {
    return {
      subject: `Novedades sobre su solicitud ${input.reference}: ${label}`,
      text: [
        `Hola, ${input.name}:`,
        '',
        `Su solicitud “${input.formTitle}” (${input.reference}) está ahora: ${label}.`,
        '',
        input.publicNote,
        '',
        `Puede consultar su solicitud en ${trackUrl('es')}`,
        '',
        cityName(),
      ].join('\n'),
    };
  }
  return {
    subject: `Update on your request ${input.reference}: ${label}`,
    text: [
      `Dear ${input.name},`,
      '',
      `Your request “${input.formTitle}” (${input.reference}) is now: ${label}.`,
      '',
      input.publicNote,
      '',
      `You can check your request at ${trackUrl('en')}`,
      '',
      cityName(),
    ].join('\n'),
  };
}
