// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import { namespaces } from '@city/shared/i18n';
import { LANGUAGES, LOCALES } from '@city/shared/locales';
import { confirmationEmail, statusChangeEmail } from './emails';
import { headersFor } from '../../outbox-message/lib/outbox';
import { isUpdatesSignature, updatesUrl } from './update-links';

const parse = (html: string | undefined) => new DOMParser().parseFromString(html ?? '', 'text/html');
const REFERENCE = 'ALX-7K4M-2Q9P';

beforeAll(() => {
  process.env.SITE_URL = 'https://www.city.example';
  process.env.PUBLIC_URL = 'https://www.city.example';
  process.env.ATTACHMENT_SIGNING_KEY = 'unit-test-secret';
});

const confirmation = (locale: string) =>
  confirmationEmail({ locale, name: 'Ana <b>Resident</b>', reference: REFERENCE, formTitle: 'Wi-Fi outage', submittedAt: '2026-12-02T15:00:00Z', responseTime: '2 days' });
const update = (locale: string, publicNote = 'We are replacing the router.\nIt takes a day.') =>
  statusChangeEmail({ locale, name: 'Ana', reference: REFERENCE, formTitle: 'Wi-Fi outage', status: 'in_progress', publicNote });

describe.each(LOCALES)('the receipt in %s', (lang) => {
  const strings = namespaces.emails[lang];

  it('is HTML in the language with the reference shown, a link to the track page, and the same in plain text', () => {
    const email = confirmation(lang);
    const page = parse(email.html);
    expect(page.documentElement.lang).toBe(lang);
    // Arabic is right to left (shared/i18n/ar/meta.ts).
    expect(page.documentElement.dir).toBe(LANGUAGES[lang].dir);
    expect(page.title).toBe(email.subject);
    expect(page.querySelector('h1')?.textContent).toBe(strings.confirmation.heading);
    expect(page.querySelector('strong')?.textContent).toBe(REFERENCE);
    const link = page.querySelector('a');
    expect(link?.getAttribute('href')).toBe(`https://www.city.example/${lang}/track/`);
    expect(link?.textContent).toBe(strings.common.trackLink.replace('{{reference}}', REFERENCE));
    // The name is the resident's: shown, not markup.
    expect(page.querySelector('b')).toBeNull();
    expect(page.body.textContent).toContain('Ana <b>Resident</b>');
    expect(email.text).toContain(strings.confirmation.reference.replace('{{reference}}', REFERENCE));
    expect(email.text).toContain(`https://www.city.example/${lang}/track/`);
  });

  it('has no opt-out: the receipt is always sent', () => {
    expect(parse(confirmation(lang).html).querySelectorAll('a')).toHaveLength(1);
    expect(headersFor({ kind: 'request_confirmation', requestReference: REFERENCE })).toBeUndefined();
  });
});

describe.each(LOCALES)('an update in %s', (lang) => {
  const strings = namespaces.emails[lang];

  it('carries the note, the track link and a signed link to stop updates, in both parts and in the headers', () => {
    const email = update(lang);
    const page = parse(email.html);
    expect(page.documentElement.lang).toBe(lang);
    expect(page.querySelector('h1')?.textContent).toBe(strings.statusChange.heading);
    const links = [...page.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toEqual([
      [strings.common.trackLink.replace('{{reference}}', REFERENCE), `https://www.city.example/${lang}/track/`],
      [strings.statusChange.stopLink, updatesUrl(REFERENCE)],
    ]);
    expect(updatesUrl(REFERENCE)).toMatch(/^https:\/\/www\.city\.example\/api\/service-requests\/updates\/ALX-7K4M-2Q9P\?signature=/);
    expect(email.text).toContain(strings.statusChange.stopText.replace('{{stopUrl}}', updatesUrl(REFERENCE)));
    expect(email.text).toContain('We are replacing the router.\nIt takes a day.');
    // The outbox adds the headers when it sends an update.
    expect(headersFor({ kind: 'status_change', requestReference: REFERENCE })).toEqual({
      headers: { 'List-Unsubscribe': `<${updatesUrl(REFERENCE)}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    });
  });

  it('shows a note with markup as text', () => {
    const page = parse(update(lang, '<script>alert(1)</script>\n<a href="https://evil.example">prize</a>').html);
    expect(page.querySelector('script')).toBeNull();
    expect(page.querySelectorAll('a')).toHaveLength(2);
    expect(page.body.textContent).toContain('<script>alert(1)</script>');
    expect(page.body.textContent).toContain('<a href="https://evil.example">prize</a>');
    expect(page.querySelectorAll('br')).toHaveLength(1);
  });
});

describe('the opt-out signature', () => {
  it('holds for its reference only, and not when altered', () => {
    const signature = new URL(updatesUrl(REFERENCE)).searchParams.get('signature') ?? '';
    expect(isUpdatesSignature(REFERENCE, signature)).toBe(true);
    expect(isUpdatesSignature('ALX-7K4M-2Q9Q', signature)).toBe(false);
    expect(isUpdatesSignature(REFERENCE, `${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}`)).toBe(false);
    expect(isUpdatesSignature(REFERENCE, '')).toBe(false);
  });
});
