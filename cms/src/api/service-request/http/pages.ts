import { messageLocale } from '@city/shared/forms';
import { resources } from '@city/shared/i18n';

/** Small HTML pages for the no-JavaScript form when there is no form page to go back to. */
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

function page(locale: string, title: string, body: string, link?: { href: string; text: string }): string {
  return `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head>
<body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(body)}</p>${link ? `<p><a href="${escapeHtml(link.href)}">${escapeHtml(link.text)}</a></p>` : ''}</main></body>
</html>`;
}

export function conflictPage(locale: string, formUrl: string): string {
  return messageLocale(locale) === 'es'
    ? page('es', 'Esta solicitud ya se envió', 'Ya recibimos una solicitud distinta desde este formulario. Para enviar otra, vuelva a abrir el formulario.', { href: formUrl, text: 'Abrir el formulario de nuevo' })
    : page('en', 'This request was already sent', 'We already received a different request from this form. To send another one, open the form again.', { href: formUrl, text: 'Open the form again' });
}

/** Used before the body is read, so the language is not known yet: both languages. */
export function limitPage(kind: 'rate' | 'size' | 'type', retryAfterS?: number): string {
  const minutes = Math.max(1, Math.ceil((retryAfterS ?? 60) / 60));
  const text = {
    rate: [`Too many requests from your connection. Try again in ${minutes} minutes.`, `Demasiadas solicitudes desde su conexión. Inténtelo de nuevo en ${minutes} minutos.`],
    size: ['What you sent is too large. Attach smaller files and try again.', 'Lo que envió es demasiado grande. Adjunte archivos más pequeños e inténtelo de nuevo.'],
    type: ['This address only accepts form submissions.', 'Esta dirección solo acepta envíos de formularios.'],
  }[kind];
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(text[0] ?? '')}</title></head>
<body><main><p>${escapeHtml(text[0] ?? '')}</p><p lang="es">${escapeHtml(text[1] ?? '')}</p></main></body>
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
