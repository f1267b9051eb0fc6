// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { documentLanguage, renderHtml, renderText, type EmailDocument } from './email-html';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const HOSTILE_NOTE = 'We fixed it.\n<script>alert(1)</script>\n\n<a href="https://evil.example">claim your prize</a> & more';

const email = (overrides: Partial<EmailDocument> = {}): EmailDocument => ({
  lang: 'en',
  dir: 'ltr',
  title: 'Update on your request ALX-7K4M-2Q9P',
  heading: 'Update on your request',
  blocks: [
    { paragraph: ['Your request is now ', { strong: 'In progress' }, '.'] },
    { subheading: 'Message from the city' },
    { note: HOSTILE_NOTE },
    { link: { href: 'https://www.city.example/en/track/', text: 'Check the status of request ALX-7K4M-2Q9P', textForm: 'Check the status: https://www.city.example/en/track/' } },
    { footer: [{ paragraph: ['Why you get this.'] }, { link: { href: 'https://cms.city.example/stop?signature=a&b', text: 'Stop', textForm: 'Stop: https://cms.city.example/stop?signature=a&b' } }] },
  ],
  ...overrides,
});

describe('the HTML part', () => {
  it('names its language, direction and title, and has one h1 and semantic blocks', () => {
    const page = parse(renderHtml(email()));
    expect(page.documentElement.lang).toBe('en');
    expect(page.documentElement.dir).toBe('ltr');
    expect(page.title).toBe('Update on your request ALX-7K4M-2Q9P');
    expect([...page.querySelectorAll('h1')].map((h) => h.textContent)).toEqual(['Update on your request']);
    expect(page.querySelector('h2')?.textContent).toBe('Message from the city');
    expect(page.querySelector('strong')?.textContent).toBe('In progress');
  });

  it('shows a staff note as text: no script, no link of its own, line breaks kept', () => {
    const html = renderHtml(email());
    const page = parse(html);
    expect(page.querySelector('script')).toBeNull();
    expect([...page.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['https://www.city.example/en/track/', 'https://cms.city.example/stop?signature=a&b']);
    const note = page.querySelector('h2 + div');
    expect(note?.textContent).toContain('<script>alert(1)</script>');
    expect(note?.textContent).toContain('<a href="https://evil.example">claim your prize</a> & more');
    // One line break kept as <br>, the blank line as a new paragraph.
    expect(note?.querySelectorAll('p')).toHaveLength(2);
    expect(note?.querySelectorAll('br')).toHaveLength(1);
    expect(html).toContain('&lt;script&gt;');
  });

  it('links with descriptive words and loads nothing: no images, no stylesheets, inline styles only', () => {
    const html = renderHtml(email());
    const page = parse(html);
    expect(page.querySelector('a')?.textContent).toBe('Check the status of request ALX-7K4M-2Q9P');
    expect(page.querySelectorAll('img, link, style, script, iframe, object')).toHaveLength(0);
    expect(html).not.toMatch(/\ssrc=|url\(/i);
  });

  it('escapes the title and refuses a link that is not a web address', () => {
    expect(renderHtml(email({ title: '</title><script>x</script>' }))).toContain('<title>&lt;/title&gt;&lt;script&gt;x&lt;/script&gt;</title>');
    expect(() => renderHtml(email({ blocks: [{ link: { href: 'javascript:alert(1)', text: 'x', textForm: 'x' } }] }))).toThrow(/web link/);
  });

  it('writes right-to-left languages right to left, the note’s rule on the right', () => {
    const page = parse(renderHtml(email({ lang: 'ar', dir: 'rtl' })));
    expect(page.documentElement.dir).toBe('rtl');
    expect(page.querySelector('h2 + div')?.getAttribute('style')).toContain('border-right:');
  });
});

describe('the plain-text part', () => {
  it('has the same content, the note as written and each link with its address', () => {
    const text = renderText(email());
    expect(text.split('\n\n')[0]).toBe('Update on your request');
    expect(text).toContain('Your request is now In progress.');
    expect(text).toContain(HOSTILE_NOTE.trim());
    expect(text).toContain('Check the status: https://www.city.example/en/track/');
    expect(text).toContain('Stop: https://cms.city.example/stop?signature=a&b');
    expect(text).not.toContain('&amp;');
  });
});

describe('the language of an email', () => {
  it('is a catalogue language with the direction its meta.ts gives, English for any other', () => {
    expect(documentLanguage('es')).toEqual({ lang: 'es', dir: 'ltr' });
    expect(documentLanguage('xx')).toEqual({ lang: 'en', dir: 'ltr' });
  });
});
