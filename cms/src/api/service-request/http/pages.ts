import { messageLocale } from '@city/shared/forms';
import { namespaces, resources, translator } from '@city/shared/i18n';
import { DEFAULT_LOCALE, LANGUAGES, LOCALES, type Locale } from '@city/shared/locales';

/** Small HTML pages for the no-JavaScript form when there is no form page to go back to. */
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

function page(locale: Locale, title: string, body: string, link?: { href: string; text: string }): string {
  return `<!doctype html>
<html lang="${locale}" dir="${LANGUAGES[locale].dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head>
<body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(body)}</p>${link ? `<p><a href="${escapeHtml(link.href)}">${escapeHtml(link.text)}</a></p>` : ''}</main></body>
</html>`;
}

const say = translator<(typeof namespaces.pages)['en']>(namespaces.pages);

export function conflictPage(locale: string, formUrl: string): string {
  const lang = messageLocale(locale);
  return page(lang, say(lang, 'conflict.title'), say(lang, 'conflict.text'), { href: formUrl, text: say(lang, 'conflict.link') });
}

/**
 * Too many posts, too large, not a form. In the post's language when it is known; before the body
 * is read it is not, so in every language, the default first.
 */
export function limitPage(kind: 'rate' | 'size' | 'type', retryAfterS?: number, locale?: string): string {
  // A number, so each language writes it and picks the plural form its rules ask for ("3 دقائق", "11 دقيقة").
  const count = Math.max(1, Math.ceil((retryAfterS ?? 60) / 60));
  const text = (lang: string) => escapeHtml(say(lang, `limit.${kind}`, { count }));
  const languages: readonly Locale[] = locale === undefined ? LOCALES : [messageLocale(locale)];
  const first = languages[0] ?? DEFAULT_LOCALE;
  const others = languages.slice(1).map((lang) => `<p lang="${lang}" dir="${LANGUAGES[lang].dir}">${text(lang)}</p>`).join('');
  return `<!doctype html>
<html lang="${first}" dir="${LANGUAGES[first].dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${text(first)}</title></head>
<body><main><p>${text(first)}</p>${others}</main></body>
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
<html lang="${lang}" dir="${LANGUAGES[lang].dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(`${text.errorTitlePrefix} ${text.errorSummaryTitle}`)}</title></head>
<body><main><h1>${escapeHtml(text.errorSummaryTitle)}</h1><ul>${items}</ul><p><a href="${escapeHtml(formUrl)}">${escapeHtml(text.backToForm)}</a></p></main></body>
</html>`;
}

/**
 * "Save and come back later" without JavaScript: the answers are saved and the link emailed
 * (api/form-save). The link back opens the form again (empty: the answers are in the email's link).
 */
export function savedPage(locale: string, email: string, formUrl: string): string {
  const lang = messageLocale(locale);
  const text = resources[lang].requestForm;
  const said = text.save.saved.replace('{{email}}', email);
  return `<!doctype html>
<html lang="${lang}" dir="${LANGUAGES[lang].dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(text.save.savedTitle)}</title></head>
<body><main><h1>${escapeHtml(text.save.savedTitle)}</h1><p>${escapeHtml(said)}</p><p><a href="${escapeHtml(formUrl)}">${escapeHtml(text.backToForm)}</a></p></main></body>
</html>`;
}

const sayEmails = translator<(typeof namespaces.emails)['en']>(namespaces.emails);

/** Where the resident stands on update emails: asked (the link opened), or just stopped or resumed. */
export type UpdatesPageState = 'ask' | 'stopped' | 'resumed';

/**
 * The page of the opt-out link in update emails, in the request's language. Opening it changes
 * nothing (mail scanners open links): its button posts `updates=off` to `action`; once stopped,
 * its button posts `updates=on`.
 */
export function updatesPage(locale: string, state: UpdatesPageState, view: { reference: string; action: string; trackUrl: string }): string {
  const lang = messageLocale(locale);
  const { reference } = view;
  const title = { ask: sayEmails(lang, 'updates.title', { reference }), stopped: sayEmails(lang, 'updates.stoppedTitle'), resumed: sayEmails(lang, 'updates.resumedTitle') }[state];
  const text = { ask: sayEmails(lang, 'updates.ask', { reference }), stopped: sayEmails(lang, 'updates.stopped', { reference }), resumed: sayEmails(lang, 'updates.resumed', { reference }) }[state];
  const turnOn = state === 'stopped';
  const button = turnOn ? sayEmails(lang, 'updates.resume') : sayEmails(lang, 'updates.stop');
  return `<!doctype html>
<html lang="${lang}" dir="${LANGUAGES[lang].dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title></head>
<body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p>
<form method="post" action="${escapeHtml(view.action)}"><input type="hidden" name="updates" value="${turnOn ? 'on' : 'off'}"><button type="submit">${escapeHtml(button)}</button></form>
<p><a href="${escapeHtml(view.trackUrl)}">${escapeHtml(sayEmails(lang, 'common.trackLink', { reference }))}</a></p></main></body>
</html>`;
}

/** A forged, altered or unknown link: the language is not known, so every language, the default first. */
export function updatesNotFoundPage(): string {
  const [first, ...others] = LOCALES;
  const section = (lang: string) => `<h1>${escapeHtml(sayEmails(lang, 'updates.notFoundTitle'))}</h1><p>${escapeHtml(sayEmails(lang, 'updates.notFound'))}</p>`;
  return `<!doctype html>
<html lang="${first}" dir="${LANGUAGES[first].dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(sayEmails(first, 'updates.notFoundTitle'))}</title></head>
<body><main>${section(first)}${others.map((lang) => `<div lang="${lang}" dir="${LANGUAGES[lang].dir}">${section(lang)}</div>`).join('')}</main></body>
</html>`;
}
