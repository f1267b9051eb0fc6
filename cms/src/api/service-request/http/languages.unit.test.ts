// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import { catalogue, flatten, namespaces } from '@city/shared/i18n';
import { LANGUAGES, type Locale } from '@city/shared/locales';
import { formSaveEmail } from '../../form-save/lib/email';
import { confirmationEmail, statusChangeEmail } from '../lib/emails';
import { conflictPage, invalidPage, limitPage, savedPage, updatesPage } from './pages';

/**
 * What the CMS itself writes to a resident (its no-JavaScript pages and the emails) read by a hostile
 * reviewer in Arabic and Amharic: the language and direction are said, no English sentence of the
 * catalogue is left, and addresses stay left to right inside Arabic.
 */
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const LRI = '\u2066';
const PDI = '\u2069';
const REFERENCE = 'ALX-7K4M-2Q9P';
const EMAIL = '12-ana@example.com';

/** Every English sentence part of the catalogue (between placeholders) long enough to be words, not a code. */
const englishParts = [...flatten(catalogue.en).values()]
  .flatMap((text) => String(text).split(/\{\{\s*[\w.]+\s*\}\}/))
  .map((part) => part.replace(/[\s\u2066-\u2069:.,;()«»"']+$|^[\s\u2066-\u2069:.,;()«»"']+/g, ''))
  .filter((part) => /[a-z]{3,}\s+[a-z]{2,}/i.test(part));
const englishIn = (text: string) => englishParts.filter((part) => text.includes(part));

beforeAll(() => {
  process.env.SITE_URL = 'https://www.city.example';
  process.env.PUBLIC_URL = 'https://www.city.example';
  process.env.ATTACHMENT_SIGNING_KEY = 'unit-test-secret';
});

describe.each(['ar', 'am'] as const)('the CMS’s own pages in %s', (lang: Locale) => {
  const pages = {
    conflict: conflictPage(lang, '/form'),
    invalid: invalidPage(lang, ['x'], '/form'),
    saved: savedPage(lang, EMAIL, '/form'),
    updates: updatesPage(lang, 'ask', { reference: REFERENCE, action: '/stop', trackUrl: '/track' }),
  };

  it.each(Object.keys(pages) as (keyof typeof pages)[])('%s: says its language and direction, with no English', (name) => {
    const page = parse(pages[name]);
    expect(page.documentElement.lang).toBe(lang);
    expect(page.documentElement.dir).toBe(LANGUAGES[lang].dir);
    expect(englishIn(`${page.title}\n${page.body.textContent ?? ''}`)).toEqual([]);
  });

  it('keeps an email address left to right in the saved page', () => {
    const text = parse(pages.saved).body.textContent ?? '';
    expect(text).toContain(EMAIL);
    if (LANGUAGES[lang].dir === 'rtl') expect(text).toContain(`${LRI}${EMAIL}${PDI}`);
  });

  it('gives the part of the limit page in its language that language’s direction', () => {
    const part = parse(limitPage('size')).querySelector(`p[lang="${lang}"]`);
    expect(part?.getAttribute('dir')).toBe(LANGUAGES[lang].dir);
  });
});

describe('the rate limit page', () => {
  const said = (lang: Locale, minutes: number) => parse(limitPage('rate', minutes * 60)).querySelector(`p[lang="${lang}"]`)?.textContent;

  it('counts the minutes with each language’s plural forms', () => {
    expect(parse(limitPage('rate', 60)).querySelector('p')?.textContent).toBe('Too many requests from your connection. Try again in 1 minute.');
    expect(parse(limitPage('rate', 180)).querySelector('p')?.textContent).toBe('Too many requests from your connection. Try again in 3 minutes.');
    expect(said('es', 1)).toContain('en 1 minuto.');
    expect(said('ar', 1)).toContain('بعد دقيقة واحدة.');
    expect(said('ar', 2)).toContain('بعد دقيقتين.');
    expect(said('ar', 3)).toContain('بعد 3 دقائق.');
    expect(said('ar', 11)).toContain('بعد 11 دقيقة.');
    expect(said('ar', 100)).toContain('بعد 100 دقيقة.');
  });

  it('is in the post’s language alone once the body was read, right to left in Arabic', () => {
    const page = parse(limitPage('rate', 120, 'ar'));
    expect(page.documentElement.lang).toBe('ar');
    expect(page.documentElement.dir).toBe('rtl');
    expect(page.title).toBe('طلبات كثيرة جدًا من اتصالك. حاول مرة أخرى بعد دقيقتين.');
    expect(page.querySelectorAll('p')).toHaveLength(1);
    expect(englishIn(page.body.textContent ?? '')).toEqual([]);
    // Not known yet (before the body is read): every language, English first.
    expect(parse(limitPage('rate', 120)).querySelectorAll('main > p')).toHaveLength(4);
  });
});

describe.each(['ar', 'am'] as const)('the resident’s emails in %s', (lang: Locale) => {
  // Made when a test runs: the links are signed with the key set in beforeAll.
  const emails = {
    confirmation: () => confirmationEmail({ locale: lang, name: 'ሀ', reference: REFERENCE, formTitle: 'ለ', submittedAt: '2026-12-02T15:00:00Z', responseTime: '٢' }),
    statusChange: () => statusChangeEmail({ locale: lang, name: 'ሀ', reference: REFERENCE, formTitle: 'ለ', status: 'in_progress', publicNote: 'ሐ' }),
    formSave: () => formSaveEmail({ locale: lang, formTitle: 'ለ', resumeUrl: 'https://www.city.example/r/abc', expiresAt: new Date('2026-12-09T15:00:00Z') }),
  };

  it.each(Object.keys(emails) as (keyof typeof emails)[])('%s: subject, HTML and plain text with no English', (name) => {
    const email = emails[name]();
    const page = parse(email.html ?? '');
    expect(page.documentElement.lang).toBe(lang);
    expect(page.documentElement.dir).toBe(LANGUAGES[lang].dir);
    expect(englishIn(`${email.subject}\n${email.text}\n${page.body.textContent ?? ''}`)).toEqual([]);
    // What a screen reader announces of the message itself is in the language too.
    const article = page.querySelector('[role=article]');
    expect(article?.getAttribute('aria-roledescription')).toBe(namespaces.emails[lang].common.roleDescription);
    expect(article?.getAttribute('aria-roledescription')).not.toBe(namespaces.emails.en.common.roleDescription);
  });

  it('keeps the links written out in the plain text left to right', () => {
    if (LANGUAGES[lang].dir !== 'rtl') return;
    expect(emails.formSave().text).toContain(`${LRI}https://www.city.example/r/abc${PDI}`);
    expect(emails.confirmation().text).toContain(`${LRI}https://www.city.example/${lang}/track/${PDI}`);
  });
});
