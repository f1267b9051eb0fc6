import { messageLocale } from '@city/shared/forms';
import { namespaces, translator } from '@city/shared/i18n';
import { cityName } from '../../../lib/constants';
import type { EmailContent } from '../../outbox-message/lib/outbox';
import { documentLanguage, renderHtml, renderText } from '../../service-request/lib/email-html';

const say = translator<(typeof namespaces.emails)['en']>(namespaces.emails);

/** The email with the link to saved answers, in the resident's language, as HTML and plain text. */
export function formSaveEmail(input: { locale: string; formTitle: string; resumeUrl: string; expiresAt: Date; cityName?: string }): EmailContent {
  const lang = messageLocale(input.locale);
  const { formTitle, resumeUrl } = input;
  const date = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short', timeZone: process.env.CITY_TIME_ZONE ?? 'America/New_York' }).format(input.expiresAt);
  const document = {
    ...documentLanguage(lang),
    title: say(lang, 'formSave.subject', { formTitle }),
    heading: say(lang, 'formSave.heading'),
    blocks: [
      { paragraph: [say(lang, 'formSave.intro', { formTitle })] },
      { link: { href: resumeUrl, text: say(lang, 'formSave.link', { formTitle }), textForm: say(lang, 'formSave.linkText', { formTitle, resumeUrl }) } },
      { paragraph: [say(lang, 'formSave.expires', { date })] },
      { paragraph: [input.cityName ?? cityName()] },
      { footer: [{ paragraph: [say(lang, 'formSave.why')] }] },
    ],
  };
  return { subject: document.title, text: renderText(document), html: renderHtml(document) };
}
