import { messageLocale } from '@city/shared/forms';
import { namespaces, translator } from '@city/shared/i18n';
import { LANGUAGES } from '@city/shared/locales';

/**
 * One email as blocks, written out twice with the same content: as HTML (semantic, inline styles
 * only, no images nor remote resources, readable with styles off) and as plain text. Every text
 * given here is escaped in the HTML: a staff note or a resident's name is shown, never run.
 */

/** Words, with some of them shown strong (the reference). */
export type Inline = string | { strong: string };

export type Block =
  | { paragraph: Inline[] }
  | { subheading: string }
  /** Text someone wrote (a staff note): its line breaks and blank-line paragraphs are kept. */
  | { note: string }
  /** A link in a paragraph of its own; the plain text shows `textForm` (the words and the address). */
  | { link: { href: string; text: string; textForm: string } }
  /** Small print after a rule: why the email came, how to stop them. */
  | { footer: Block[] };

export interface EmailDocument {
  /** A language of the catalogue, and its direction (`documentLanguage`). */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The subject: the HTML's title. */
  title: string;
  heading: string;
  blocks: Block[];
}

// Contrast on white: text 17.2:1, link 6.7:1, small print 9.6:1, rules 6.7:1; note text on its grey 15.1:1.
const COLORS = { text: '#1b1b1b', link: '#005ea2', muted: '#454545', noteBackground: '#f0f0f0', rule: '#565c65', background: '#ffffff' };
const FONT = 'font-family:Arial,Helvetica,sans-serif;';

export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char);

const LINE_BREAK = /\r\n|\r|\n/;
const BLANK_LINE = /(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)+/;

/** Only web links go into an email: a link made from anything else is a bug, not something to send. */
function webLink(href: string): string {
  const url = new URL(href);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`Not a web link: ${href}`);
  return url.href;
}

/** The catalogue's language for a locale (the default for any other) and its direction, from its meta.ts. */
export function documentLanguage(locale: string): { lang: string; dir: 'ltr' | 'rtl' } {
  const lang = messageLocale(locale);
  return { lang, dir: LANGUAGES[lang].dir };
}

function inlineHtml(parts: Inline[]): string {
  return parts.map((part) => (typeof part === 'string' ? escapeHtml(part) : `<strong>${escapeHtml(part.strong)}</strong>`)).join('');
}

function blockHtml(block: Block, dir: 'ltr' | 'rtl'): string {
  const side = dir === 'rtl' ? 'right' : 'left';
  if ('paragraph' in block) return `<p style="margin:0 0 16px 0;">${inlineHtml(block.paragraph)}</p>`;
  if ('subheading' in block) return `<h2 style="margin:24px 0 8px 0;font-size:18px;line-height:1.3;color:${COLORS.text};">${escapeHtml(block.subheading)}</h2>`;
  if ('note' in block) {
    const paragraphs = block.note
      .trim()
      .split(BLANK_LINE)
      .map((paragraph) => `<p style="margin:0 0 8px 0;">${paragraph.split(LINE_BREAK).map(escapeHtml).join('<br>\n')}</p>`);
    return `<div style="margin:0 0 16px 0;padding:12px 16px;background-color:${COLORS.noteBackground};color:${COLORS.text};border-${side}:4px solid ${COLORS.rule};">${paragraphs.join('\n')}</div>`;
  }
  if ('link' in block) {
    return `<p style="margin:0 0 16px 0;"><a href="${escapeHtml(webLink(block.link.href))}" style="color:${COLORS.link};text-decoration:underline;">${escapeHtml(block.link.text)}</a></p>`;
  }
  return `<hr style="margin:32px 0 16px 0;border:0;border-top:1px solid ${COLORS.rule};">\n<div style="font-size:14px;color:${COLORS.muted};">\n${block.footer.map((inner) => blockHtml(inner, dir)).join('\n')}\n</div>`;
}

// What a screen reader calls the message itself ("email") is a word to translate too.
const say = translator<(typeof namespaces.emails)['en']>(namespaces.emails);

export function renderHtml(email: EmailDocument): string {
  const { lang, dir } = email;
  return `<!doctype html>
<html lang="${lang}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${escapeHtml(email.title)}</title>
</head>
<body style="margin:0;padding:0;background-color:${COLORS.background};color:${COLORS.text};">
<div role="article" aria-roledescription="${escapeHtml(say(messageLocale(lang), 'common.roleDescription'))}" aria-label="${escapeHtml(email.title)}" lang="${lang}" dir="${dir}" style="max-width:600px;margin:0 auto;padding:24px 16px;${FONT}font-size:16px;line-height:1.5;color:${COLORS.text};background-color:${COLORS.background};">
<h1 style="margin:0 0 16px 0;font-size:24px;line-height:1.25;color:${COLORS.text};">${escapeHtml(email.heading)}</h1>
${email.blocks.map((block) => blockHtml(block, dir)).join('\n')}
</div>
</body>
</html>
`;
}

const inlineText = (parts: Inline[]) => parts.map((part) => (typeof part === 'string' ? part : part.strong)).join('');

function blockText(block: Block): string {
  if ('paragraph' in block) return inlineText(block.paragraph);
  if ('subheading' in block) return block.subheading;
  if ('note' in block) return block.note.trim().split(LINE_BREAK).join('\n');
  if ('link' in block) return block.link.textForm;
  return block.footer.map(blockText).join('\n\n');
}

/** The same blocks as plain text: one paragraph each, a blank line between. */
export function renderText(email: EmailDocument): string {
  return [email.heading, ...email.blocks.map(blockText)].join('\n\n');
}
