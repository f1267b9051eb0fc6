import { messageLocale } from '@city/shared/forms';
import { namespaces, translator } from '@city/shared/i18n';
import { cityName } from '../../../../lib/constants';
import type { EmailContent } from '../../../../api/outbox-message/lib/outbox';
import { documentLanguage, renderHtml, renderText } from '../../../../api/service-request/lib/email-html';
import type { ReviewedUid } from '../../contract';

/**
 * The reminder an owner gets when an entry's review falls due, in the owner's admin language, as
 * HTML and plain text with the same content (the residents' emails' renderer).
 */
export interface ReminderInput {
  /** The owner's admin language (their profile's interface language). */
  language: string | null | undefined;
  ownerName: string;
  uid: ReviewedUid;
  title: string;
  /** The entry's locale, named in the owner's language. */
  locale: string;
  reviewDue: string;
  editUrl: string;
}

const say = translator<(typeof namespaces.emails)['en']>(namespaces.emails);
const TYPE_KEY = { 'api::page.page': 'reviewDue.types.page', 'api::service.service': 'reviewDue.types.service', 'api::department.department': 'reviewDue.types.department' } as const;

/** A calendar date in words ("December 2, 2026"): the date is the city's, so it is formatted as is, in UTC. */
const longDate = (lang: string, date: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));

export function reminderEmail(input: ReminderInput): EmailContent {
  const lang = messageLocale(input.language ?? '');
  const { title, editUrl } = input;
  const language = new Intl.DisplayNames([lang], { type: 'language' }).of(input.locale) ?? input.locale;
  const document = {
    ...documentLanguage(lang),
    title: say(lang, 'reviewDue.subject', { title }),
    heading: say(lang, 'reviewDue.heading'),
    blocks: [
      { paragraph: [say(lang, 'reviewDue.greeting', { name: input.ownerName })] },
      { paragraph: [say(lang, 'reviewDue.due', { type: say(lang, TYPE_KEY[input.uid]), title, language, date: longDate(lang, input.reviewDue) })] },
      { paragraph: [say(lang, 'reviewDue.ask')] },
      { link: { href: editUrl, text: say(lang, 'reviewDue.editLink', { title }), textForm: say(lang, 'reviewDue.editText', { title, editUrl }) } },
      { paragraph: [cityName()] },
      { footer: [{ paragraph: [say(lang, 'reviewDue.why')] }] },
    ],
  };
  return { subject: document.title, text: renderText(document), html: renderHtml(document) };
}
