import { messageLocale, statusLabel, type RequestStatus } from '@city/shared/forms';
import { namespaces, translator } from '@city/shared/i18n';
import { routes, siteHref } from '@city/shared/routes';
import { cityName, siteUrl } from '../../../lib/constants';
import type { EmailContent } from '../../outbox-message/lib/outbox';

/**
 * The emails a resident receives, in their language (the catalogue's emails namespace). Plain text: it reads well in every client
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

const trackUrl = (locale: string) => siteHref(siteUrl(), routes.track(messageLocale(locale)));
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

const say = translator<(typeof namespaces.emails)['en']>(namespaces.emails);

/** Lines of an email: a line is left out when it has no value to show. */
const lines = (parts: (string | false | undefined)[]) => parts.filter((part): part is string => typeof part === 'string').join('\n');

export function confirmationEmail(input: ConfirmationInput): EmailContent {
  const lang = messageLocale(input.locale);
  const { name, reference, formTitle, responseTime } = input;
  return {
    subject: say(lang, 'confirmation.subject', { reference }),
    text: lines([
      say(lang, 'confirmation.greeting', { name }),
      '',
      say(lang, 'confirmation.received', { formTitle, date: longDate(lang, input.submittedAt) }),
      '',
      say(lang, 'confirmation.reference', { reference }),
      '',
      say(lang, 'confirmation.keep', { trackUrl: trackUrl(lang) }),
      input.confirmationText && '',
      input.confirmationText,
      responseTime && '',
      responseTime && say(lang, 'confirmation.responseTime', { responseTime }),
      '',
      cityName(),
    ]),
  };
}

export function statusChangeEmail(input: StatusChangeInput): EmailContent {
  const lang = messageLocale(input.locale);
  const { name, reference, formTitle } = input;
  const status = statusLabel(input.status, lang);
  return {
    subject: say(lang, 'statusChange.subject', { reference, status }),
    text: [
      say(lang, 'statusChange.greeting', { name }),
      '',
      say(lang, 'statusChange.now', { formTitle, reference, status }),
      '',
      input.publicNote,
      '',
      say(lang, 'statusChange.track', { trackUrl: trackUrl(lang) }),
      '',
      cityName(),
    ].join('\n'),
  };
}
