// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { namespaces } from '@city/shared/i18n';
import { LOCALES } from '@city/shared/locales';
import { updatesNotFoundPage, updatesPage } from './pages';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const view = { reference: 'ALX-7K4M-2Q9P', action: '/api/service-requests/updates/ALX-7K4M-2Q9P?signature=a"b', trackUrl: 'https://www.city.example/es/track/' };

describe('the page of the opt-out link', () => {
  it('asks in the request’s language, with a button that posts updates=off', () => {
    const page = parse(updatesPage('es', 'ask', view));
    const strings = namespaces.emails.es.updates;
    expect(page.documentElement.lang).toBe('es');
    expect(page.documentElement.dir).toBe('ltr');
    expect(page.querySelector('h1')?.textContent).toBe(strings.title.replace('{{reference}}', view.reference));
    const form = page.querySelector('form');
    expect(form?.getAttribute('method')).toBe('post');
    expect(form?.getAttribute('action')).toBe(view.action);
    expect(form?.querySelector<HTMLInputElement>('input[name=updates]')?.value).toBe('off');
    expect(form?.querySelector('button')?.textContent).toBe(strings.stop);
    expect(page.querySelector('a')?.getAttribute('href')).toBe(view.trackUrl);
  });

  it('once stopped, offers to turn updates back on', () => {
    const page = parse(updatesPage('en', 'stopped', view));
    const strings = namespaces.emails.en.updates;
    expect(page.querySelector('h1')?.textContent).toBe(strings.stoppedTitle);
    expect(page.querySelector<HTMLInputElement>('input[name=updates]')?.value).toBe('on');
    expect(page.querySelector('button')?.textContent).toBe(strings.resume);
  });

  it('says a bad link does not work, in every language', () => {
    const page = parse(updatesNotFoundPage());
    expect([...page.querySelectorAll('h1')].map((h) => h.textContent)).toEqual(LOCALES.map((lang) => namespaces.emails[lang].updates.notFoundTitle));
    // Each language's section in its own direction: Arabic right to left.
    expect(page.querySelector('div[lang="ar"]')?.getAttribute('dir')).toBe('rtl');
    expect(page.querySelector('form')).toBeNull();
  });
});
