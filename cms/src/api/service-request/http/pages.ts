import { messageLocale } from '@city/shared/forms';
import { namespaces, resources, translator } from '@city/shared/i18n';
import { DEFAULT_LOCALE, LOCALES } from '@city/shared/locales';

/** Small HTML pages for the no-JavaScript form when there is no form page to go back to. */
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

function page(locale: string, title: string, body: string, link?: { href: string; text: string }): string {
  return `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head>
<body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(body)}</p>${link ? `<p><a href="${escapeHtml(link.href)}">${escapeHtml(link.text)}</a></p>` : ''}</main></body>
</html>`;
}

const say = translator<(typeof namespaces.pages)['en']>(namespaces.pages);

export function conflictPage(locale: string, formUrl: string): string {
  const lang = messageLocale(locale);
  return page(lang, say(lang, 'conflict.title'), say(lang, 'conflict.text'), { href: formUrl, text: say(lang, 'conflict.link') });
}

/** Used before the body is read, so the language is not known yet: every language, the default first. */
export function limitPage(kind: 'rate' | 'size' | 'type', retryAfterS?: number): string {
  const minutes = String(Math.max(1, Math.ceil((retryAfterS ?? 60) / 60)));
  const text = (lang: string) => escapeHtml(say(lang, `limit.${kind}`, { minutes }));
  const others = LOCALES.filter((lang) => lang !== DEFAULT_LOCALE).map((lang) => `<p lang="${lang}">${text(lang)}</p>`).join('');
  return `<!doctype html>
<html lang="${DEFAULT_LOCALE}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${text(DEFAULT_LOCALE)}</title></head>
<body><main><p>${text(DEFAULT_LOCALE)}</p>${others}</main></body>
</html>`;
}

/**
 * The errors of a no-JavaScript post, on a page of the CMS's own: used only when the CMS has no
 * secret to seal them for the form page (shared/sealed), which then cannot show them.
 */
export function invalidPage(locale: string, messages: string[], formUrl: string): string {
  const lang = messageLocale(locale);
  const text = resources[lang].requestForm;
  const items = messages.map((message) => `<li>${escapeHtml(message)}</li>`).join('');
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(`${text.errorTitlePrefix} ${text.errorSummaryTitle}`)}</title></head>
<body><main><h1>${escapeHtml(text.errorSummaryTitle)}</h1><ul>${items}</ul><p><a href="${escapeHtml(formUrl)}">${escapeHtml(text.backToForm)}</a></p></main></body>
</html>`;
}
