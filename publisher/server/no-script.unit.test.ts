// @vitest-environment jsdom
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeBase64UrlJson } from '@city/shared/forms';
import { sealFormFeedback } from '@city/shared/sealed';
import { createStaticHandler } from './static';
import { personalizeRequestPage } from './no-script';
import { examples } from '../../site/islands/service-request/ServiceRequestForm.examples';
import { ServiceRequestForm, type ServiceRequestIslandProps } from '../../site/islands/service-request/ServiceRequestForm';

const props: ServiceRequestIslandProps = { ...examples['website problem, English'], graphqlUrl: 'http://127.0.0.1:1337/graphql', addressesUrl: 'http://127.0.0.1:1337/api/addresses' };
const { graphqlUrl: _graphqlUrl, addressesUrl: _addressesUrl, ...formProps } = props;
/** The form page as the build writes it (see IslandRoot.astro): the island's HTML, then its props. */
const builtPage = `<!doctype html><html lang="en"><head><title>Report a problem | City</title></head><body><main><div data-island="service-request">${renderToString(
  createElement(ServiceRequestForm, formProps),
)}</div><script type="application/json" data-island-props="service-request">${JSON.stringify(props).replace(/</g, '\\u003c')}</script></main></body></html>`;
const confirmationPage = '<html><body><h1>Request sent</h1><p class="usa-alert__text" data-reference-slot hidden>Your reference number<br /><strong data-reference-value></strong></p></body></html>';

const FORM_PATH = '/en/services/report-a-website-problem/request';
let keys = 0;
const NOW = 1_767_225_600_000;
const SECRET = 'publisher-secret-for-tests';
const options = { now: () => NOW, newKey: () => `key-${++keys}-0000-0000-0000-000000000000`, secret: SECRET };
/** What the CMS puts in `feedback=`: sealed with the secret it shares with the publisher. */
type Feedback = Parameters<typeof sealFormFeedback>[0];
const sealed = (feedback: Feedback, secret = SECRET, now = NOW) => sealFormFeedback(feedback, secret, now);
const sentBack = (feedback: Feedback) => new URLSearchParams({ feedback: sealed(feedback) });

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}
const hiddenValue = (page: Document, name: string) => (page.querySelector(`input[name="${name}"]`) as HTMLInputElement | null)?.value;
const islandProps = (page: Document) => JSON.parse(page.querySelector('script[data-island-props]')?.textContent ?? '{}') as ServiceRequestIslandProps;

describe('the request form page for one visitor', () => {
  it('gets a fresh idempotency key and its serving time, in the form and in the island props', () => {
    const first = parse(personalizeRequestPage(FORM_PATH, new URLSearchParams(), () => builtPage, options)!);
    const second = parse(personalizeRequestPage(`${FORM_PATH}/`, new URLSearchParams(), () => builtPage, options)!);
    expect(hiddenValue(first, 'idempotencyKey')).toMatch(/^key-\d+-/);
    expect(hiddenValue(first, 'idempotencyKey')).not.toBe(hiddenValue(second, 'idempotencyKey'));
    expect(hiddenValue(first, 'startedAt')).toBe('1767225600000');
    expect(islandProps(first).server).toEqual({ idempotencyKey: hiddenValue(first, 'idempotencyKey'), startedAt: 1_767_225_600_000 });
    expect(islandProps(first).graphqlUrl).toBe('http://127.0.0.1:1337/graphql');
    expect(first.getElementById('error-summary')).toBeNull();
    expect(first.title).toBe('Report a problem | City');
  });

  it('shows the errors and values the CMS sent back, with "Error:" in the title', () => {
    const search = sentBack({
      errors: { page_url: 'Enter a full web address', 'contact.name': 'Enter your name' },
      values: { answers: { page_url: 'example.org', problem_type: ['broken_link', 'other'] }, contact: { email: 'ana@example.com' } },
    });
    const page = parse(personalizeRequestPage(FORM_PATH, search, () => builtPage, options)!);
    expect(page.title).toBe('Error: Report a problem | City');
    expect([...page.querySelectorAll('#error-summary a')].map((link) => link.getAttribute('href'))).toEqual(['#answers-page_url', '#contact-name']);
    expect((page.getElementById('answers-page_url') as HTMLInputElement).getAttribute('value')).toBe('example.org');
    expect(page.getElementById('answers-page_url')?.getAttribute('aria-invalid')).toBe('true');
    expect(page.querySelector('input[value="broken_link"]')?.hasAttribute('checked')).toBe(true);
    expect(page.getElementById('contact-email')?.getAttribute('value')).toBe('ana@example.com');
    // The island hydrates from props that say the same.
    expect(islandProps(page).server?.feedback?.errors).toEqual({ page_url: 'Enter a full web address', 'contact.name': 'Enter your name' });
  });

  it('titles a page of a form shown page by page as the island would, and keeps the fill’s key from page to page', () => {
    const telecom: ServiceRequestIslandProps = { ...examples['telecom work, English'], graphqlUrl: props.graphqlUrl, addressesUrl: props.addressesUrl };
    const { graphqlUrl: _g, addressesUrl: _a, ...telecomForm } = telecom;
    const built = `<!doctype html><html lang="en"><head><title>Telecom | City</title></head><body><main><div data-island="service-request">${renderToString(
      createElement(ServiceRequestForm, telecomForm),
    )}</div><script type="application/json" data-island-props="service-request">${JSON.stringify(telecom).replace(/</g, '\\u003c')}</script></main></body></html>`;
    const key = 'fill-key-0000-0000-0000-000000000000';
    const search = sentBack({ errors: {}, values: { answers: { company_name: 'Fiber & Co' }, contact: {} }, step: { view: 'check', screen: 'contact' }, idempotencyKey: key });
    const page = parse(personalizeRequestPage('/en/services/telecommunications-work-in-the-right-of-way/request', search, () => built, options)!);
    expect(page.title).toBe(`${telecom.messages.checkHeading} | Telecom | City`);
    expect(hiddenValue(page, 'idempotencyKey')).toBe(key);
  });

  it('writes what a resident typed only as text, never as markup', () => {
    const hostile = '</script><script>alert(1)</script><img src=x onerror=alert(2)>';
    const search = sentBack({ errors: { description: hostile }, values: { answers: { description: hostile }, contact: { name: hostile } } });
    const html = personalizeRequestPage(FORM_PATH, search, () => builtPage, options)!;
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<img src=x');
    const page = parse(html);
    expect(page.querySelectorAll('script')).toHaveLength(1);
    expect(page.getElementById('answers-description')?.textContent).toBe(hostile);
  });

  it('shows no error and fills nothing in from an address the CMS did not seal: crafted, forged or expired', () => {
    const typed = { answers: { page_url: 'planted.example' }, contact: {} };
    const planted = { errors: { page_url: 'Call 555-0100: your permit is revoked' }, values: typed };
    const addresses = [
      // The old readable form of the feedback: nobody's word but the CMS's is shown.
      new URLSearchParams({ errors: encodeBase64UrlJson(planted.errors), values: encodeBase64UrlJson(typed) }),
      new URLSearchParams({ feedback: encodeBase64UrlJson(planted) }),
      new URLSearchParams({ feedback: sealed(planted, 'another-secret') }),
      new URLSearchParams({ feedback: sealed(planted, SECRET, NOW - 31 * 60 * 1000) }),
      new URLSearchParams({ feedback: 'not sealed!' }),
    ];
    for (const search of addresses) {
      const html = personalizeRequestPage(FORM_PATH, search, () => builtPage, options)!;
      const page = parse(html);
      expect(page.getElementById('error-summary'), search.toString()).toBeNull();
      expect(html).not.toContain('555-0100');
      expect(page.getElementById('answers-page_url')?.getAttribute('value') ?? '').toBe('');
      expect(page.title).toBe('Report a problem | City');
      expect(hiddenValue(page, 'idempotencyKey')).toMatch(/^key-/);
    }
  });

  it('keeps the first serving time, so an error page does not restart the fill-time clock', () => {
    const page = parse(personalizeRequestPage(FORM_PATH, sentBack({ errors: { page_url: 'Enter a full web address' }, values: { answers: {}, contact: {} }, startedAt: NOW - 5000 }), () => builtPage, options)!);
    expect(hiddenValue(page, 'startedAt')).toBe(String(NOW - 5000));
    expect(hiddenValue(page, 'confirmation')).toBeUndefined();
  });

  it('asks to confirm a send the CMS held: its message, the answers, the same key and the CMS’s proof', () => {
    const search = sentBack({
      errors: { confirmation: 'Your request has not been sent yet. Check your answers, then send the form again to confirm it' },
      values: { answers: { page_url: 'https://example.org/a' }, contact: { name: 'Ana', email: 'ana@example.com' } },
      startedAt: NOW - 1000,
      confirmation: { idempotencyKey: 'held-key-0000-0000-0000-000000000000', token: '1800000000000.proof' },
    });
    const page = parse(personalizeRequestPage(FORM_PATH, search, () => builtPage, options)!);
    const link = page.querySelector('#error-summary a');
    expect(link?.textContent).toContain('has not been sent yet');
    // The summary leads to the button that sends it again.
    expect(link?.getAttribute('href')).toBe('#request-submit');
    expect(page.getElementById('request-submit')?.getAttribute('type')).toBe('submit');
    expect(hiddenValue(page, 'idempotencyKey')).toBe('held-key-0000-0000-0000-000000000000');
    expect(hiddenValue(page, 'confirmation')).toBe('1800000000000.proof');
    expect(hiddenValue(page, 'honeypot')).toBe('');
    expect(page.getElementById('answers-page_url')?.getAttribute('value')).toBe('https://example.org/a');
    expect(islandProps(page).server?.confirmation).toBe('1800000000000.proof');
  });
});

describe('the confirmation page for one visitor', () => {
  const CONFIRMATION_PATH = '/es/services/report-a-website-problem/request/confirmation/';

  it('shows a well-formed reference', () => {
    const page = parse(personalizeRequestPage(CONFIRMATION_PATH, new URLSearchParams({ reference: 'ALX-7K4M-2Q9P' }), () => confirmationPage, options)!);
    expect(page.querySelector('[data-reference-slot]')?.hasAttribute('hidden')).toBe(false);
    expect(page.querySelector('[data-reference-value]')?.textContent).toBe('ALX-7K4M-2Q9P');
  });

  it('writes nothing else from the address', () => {
    for (const reference of ['', '<b>ALX-7K4M-2Q9P</b>', 'ALX-7K4M-2Q9P"><script>', 'alx-7k4m-2q9p-x']) {
      expect(personalizeRequestPage(CONFIRMATION_PATH, new URLSearchParams({ reference }), () => confirmationPage, options)).toBeUndefined();
    }
  });

  it('leaves every other page alone', () => {
    expect(personalizeRequestPage('/en/services/report-a-website-problem/', new URLSearchParams({ reference: 'ALX-7K4M-2Q9P' }), () => confirmationPage, options)).toBeUndefined();
    expect(personalizeRequestPage('/en/track/', new URLSearchParams(), () => builtPage, options)).toBeUndefined();
  });
});

describe('the static server with the personalizer', () => {
  let root: string;
  let server: http.Server;
  let base: string;

  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'islands-static-'));
    const dir = path.join(root, 'en', 'services', 'report-a-website-problem', 'request');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'index.html'), builtPage);
    fs.writeFileSync(path.join(root, 'plain.html'), '<p>plain</p>');
    server = http.createServer(createStaticHandler(() => root, {}, (pathname, search, readHtml) => personalizeRequestPage(pathname, search, readHtml, options)));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address() as { port: number };
    base = `http://127.0.0.1:${address.port}`;
  });
  afterAll(() => {
    server.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('serves the personalized page uncached, and other pages as files', async () => {
    const form = await fetch(`${base}${FORM_PATH}`);
    expect(form.status).toBe(200);
    expect(form.headers.get('cache-control')).toBe('no-store');
    expect(hiddenValue(parse(await form.text()), 'idempotencyKey')).toMatch(/^key-/);
    const plain = await fetch(`${base}/plain.html`);
    expect(plain.headers.get('cache-control')).toBe('no-cache');
    expect(await plain.text()).toBe('<p>plain</p>');
  });
});
