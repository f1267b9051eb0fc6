// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { resources } from '@city/shared/i18n';
import { invalidPage } from './pages';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('the errors page of a CMS that cannot seal them for the form', () => {
  it('lists each error as text, in the resident’s language, with a link back to the form', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const page = parse(invalidPage('es', ['Escriba su nombre', hostile], 'https://city.example/es/services/wifi/request'));
    expect(page.documentElement.lang).toBe('es');
    expect(page.querySelector('h1')?.textContent).toBe(resources.es.requestForm.errorSummaryTitle);
    expect(page.title).toBe(`${resources.es.requestForm.errorTitlePrefix} ${resources.es.requestForm.errorSummaryTitle}`);
    expect([...page.querySelectorAll('li')].map((item) => item.textContent)).toEqual(['Escriba su nombre', hostile]);
    expect(page.querySelector('img')).toBeNull();
    const back = page.querySelector('a');
    expect(back?.textContent).toBe(resources.es.requestForm.backToForm);
    expect(back?.getAttribute('href')).toBe('https://city.example/es/services/wifi/request');
  });

  it('falls back to English for a language the site does not have', () => {
    expect(parse(invalidPage('zxx', ['Enter your name'], '/')).querySelector('a')?.textContent).toBe('Go back to the form');
  });
});
