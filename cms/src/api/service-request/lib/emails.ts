import type { Core, UID } from '@strapi/strapi';
import { messageLocale, statusLabel, type RequestStatus } from '@city/shared/forms';
import { namespaces, translator, type Values } from '@city/shared/i18n';
import { routes, siteHref } from '@city/shared/routes';
import { cityName, siteUrl } from '../../../lib/constants';
import type { EmailContent } from '../../outbox-message/lib/outbox';
import { documentLanguage, renderHtml, renderText, type Block, type EmailDocument, type Inline } from './email-html';
import { updatesUrl } from './update-links';

/**
 * The emails a resident receives, in their language (the catalogue's emails namespace), each as
 * HTML and plain text with the same content (lib/email-html.ts). Update emails carry a signed link
 * to stop them (and, added by the outbox when it sends them, the List-Unsubscribe headers); the
 * receipt is always sent, so it has neither.
 */

interface ConfirmationInput {
  locale: string;
  name: string;
  reference: string;
  formTitle: string;
  submittedAt: string;
  confirmationText?: string;
  responseTime?: string;
  /** Who signs, in the email's language (`cityNameIn`); CITY_NAME when not given. */
  cityName?: string;
}

interface StatusChangeInput {
  locale: string;
  name: string;
  reference: string;
  formTitle: string;
  status: RequestStatus;
  publicNote: string;
  cityName?: string;
}

interface GlobalDocuments {
  findFirst(params: { locale: string; status: 'published'; fields: string[] }): Promise<{ siteName?: string } | null>;
}

/**
 * The city's name in a language, to sign emails with: the site's name there (Global settings, as
 * its pages show it: «مدينة ألكسندريا» in Arabic), CITY_NAME when that language has none yet.
 */
export async function cityNameIn(strapi: Core.Strapi, locale: string): Promise<string> {
  const globals = strapi.documents('api::global.global' as UID.ContentType) as unknown as GlobalDocuments;
  // A signature is never worth refusing a request over: any failure signs with CITY_NAME.
  const global = await globals.findFirst({ locale: messageLocale(locale), status: 'published', fields: ['siteName'] }).catch(() => null);
  return global?.siteName?.trim() || cityName();
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

type EmailKey = Parameters<typeof say>[1];
const say = translator<(typeof namespaces.emails)['en']>(namespaces.emails);

// Private-use characters mark where a strong value goes in a translated sentence; stripped from
// every other value, so nothing a person typed can pose as a mark.
const MARK = /\uE000(\d+)\uE001/;
const MARKS = /[\uE000\uE001]/g;

/** A sentence whose values may be shown strong: `{ reference: { strong: 'ALX-…' } }`. */
function sayRich(lang: string, key: EmailKey, values: Record<string, string | { strong: string }>): Inline[] {
  const strong: string[] = [];
  const plain: Values = {};
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === 'string') plain[name] = value.replace(MARKS, '');
    else plain[name] = `\uE000${strong.push(value.strong) - 1}\uE001`;
  }
  const parts = say(lang, key, plain).split(MARK);
  // split with a capture group: text, index, text, index, … text
  return parts.map((part, i): Inline => (i % 2 === 0 ? part : { strong: strong[Number(part)] ?? '' })).filter((part) => part !== '');
}

const paragraph = (text: string | undefined): Block[] => (text ? [{ paragraph: [text] }] : []);

function trackLink(lang: string, reference: string): Block {
  const href = trackUrl(lang);
  return { link: { href, text: say(lang, 'common.trackLink', { reference }), textForm: say(lang, 'common.trackText', { reference, trackUrl: href }) } };
}

function render(document: EmailDocument): EmailContent {
  return { subject: document.title, text: renderText(document), html: renderHtml(document) };
}

export function confirmationEmail(input: ConfirmationInput): EmailContent {
  const lang = messageLocale(input.locale);
  const { name, reference, formTitle, responseTime } = input;
  return render({
    ...documentLanguage(lang),
    title: say(lang, 'confirmation.subject', { reference }),
    heading: say(lang, 'confirmation.heading'),
    blocks: [
      ...paragraph(say(lang, 'confirmation.greeting', { name })),
      ...paragraph(say(lang, 'confirmation.received', { formTitle, date: longDate(lang, input.submittedAt) })),
      { paragraph: sayRich(lang, 'confirmation.reference', { reference: { strong: reference } }) },
      ...paragraph(say(lang, 'confirmation.keep')),
      trackLink(lang, reference),
      ...paragraph(input.confirmationText),
      ...paragraph(responseTime && say(lang, 'confirmation.responseTime', { responseTime })),
      ...paragraph(input.cityName ?? cityName()),
    ],
  });
}

export function statusChangeEmail(input: StatusChangeInput): EmailContent {
  const lang = messageLocale(input.locale);
  const { name, reference, formTitle } = input;
  const status = statusLabel(input.status, lang);
  const stopUrl = updatesUrl(reference);
  return render({
    ...documentLanguage(lang),
    title: say(lang, 'statusChange.subject', { reference, status }),
    heading: say(lang, 'statusChange.heading'),
    blocks: [
      ...paragraph(say(lang, 'statusChange.greeting', { name })),
      { paragraph: sayRich(lang, 'statusChange.now', { formTitle, reference: { strong: reference }, status: { strong: status } }) },
      { subheading: say(lang, 'statusChange.noteHeading') },
      { note: input.publicNote },
      trackLink(lang, reference),
      ...paragraph(input.cityName ?? cityName()),
      {
        footer: [
          { paragraph: [say(lang, 'statusChange.why', { reference })] },
          { link: { href: stopUrl, text: say(lang, 'statusChange.stopLink'), textForm: say(lang, 'statusChange.stopText', { stopUrl }) } },
        ],
      },
    ],
  });
}
