// @vitest-environment jsdom
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PUBLISHER_SECRET_HEADER, VISITOR_IP_HEADER } from '@city/shared/forms';
import { resources } from '@city/shared/i18n';
import { personalizeResumedPage } from './no-script';
import { openSaveThroughCms, type OpenSave, type ResumeLookup } from './resume';
import { examples } from '../../site/islands/service-request/ServiceRequestForm.examples';
import { ServiceRequestForm, type ServiceRequestIslandProps } from '../../site/islands/service-request/ServiceRequestForm';

const props: ServiceRequestIslandProps = { ...examples['website problem, English'], graphqlUrl: 'http://127.0.0.1:1337/graphql', addressesUrl: 'http://127.0.0.1:1337/api/addresses' };
const { graphqlUrl: _graphqlUrl, addressesUrl: _addressesUrl, ...formProps } = props;
const builtPage = `<!doctype html><html lang="en"><head><title>Report a problem | City</title></head><body><main><div data-island="service-request">${renderToString(
  createElement(ServiceRequestForm, formProps),
)}</div><script type="application/json" data-island-props="service-request">${JSON.stringify(props).replace(/</g, '\\u003c')}</script></main></body></html>`;

const FORM_PATH = '/en/services/report-a-website-problem/request/';
const TOKEN = 'A'.repeat(43);
const text = resources.en.requestForm.save;
const options = (lookup: ResumeLookup, asked: string[] = []) => ({
  now: () => 1_767_225_600_000,
  newKey: () => 'key-1-0000-0000-0000-000000000000',
  secret: 'publisher-secret',
  visitorIp: '203.0.113.9',
  openSave: (async (token: string) => {
    asked.push(token);
    return lookup;
  }) satisfies OpenSave,
});
const parse = (html: string | undefined) => new DOMParser().parseFromString(html ?? '', 'text/html');
const fieldValue = (page: Document, name: string) => (page.querySelector(`[name="${name}"]`) as HTMLInputElement | HTMLTextAreaElement | null)?.value;
const fileLabels = () => props.form.fields.filter((field) => field.__component === 'form-field.file-upload').map((field) => field.label);

describe('a resume link on the form page (no JavaScript needed)', () => {
  const textField = props.form.fields.find((field) => field.key === 'page_url')!;

  it('renders the saved answers into the form, with the token in a hidden field and the files to attach again', async () => {
    const asked: string[] = [];
    const lookup: ResumeLookup = {
      kind: 'ready',
      token: TOKEN,
      view: { state: 'ready', formCode: props.form.code, locale: 'en', values: { answers: { [textField.key]: 'https://example.org/broken' }, contact: { name: 'Ana', email: 'ana@example.com' } }, expiresAt: '2027-01-01T00:00:00Z' },
    };
    const html = await personalizeResumedPage(FORM_PATH, new URLSearchParams({ resume: TOKEN }), () => builtPage, options(lookup, asked));
    expect(asked).toEqual([TOKEN]);
    const page = parse(html);
    expect(fieldValue(page, `answers[${textField.key}]`)).toBe('https://example.org/broken');
    expect(fieldValue(page, 'contact[email]')).toBe('ana@example.com');
    expect(fieldValue(page, 'resumeToken')).toBe(TOKEN);
    expect(page.getElementById('resume-notice')?.textContent).toContain(text.resumed);
    for (const label of fileLabels()) expect(page.getElementById('resume-notice')?.textContent).toContain(label);
    // The island hydrates the same state.
    const island = JSON.parse(page.querySelector('script[data-island-props]')?.textContent ?? '{}') as ServiceRequestIslandProps;
    expect(island.server?.resume?.token).toBe(TOKEN);
    // The no-JS form has the second submit button.
    expect(page.querySelector('button[name="intent"][value="save"]')?.textContent).toBe(text.button);
  });

  it.each([
    ['used', text.usedTitle],
    ['expired', text.expiredTitle],
    ['unknown', text.unknownTitle],
    ['unavailable', text.unavailableTitle],
  ] as const)('says the link is %s, with a link to start again, and no form', async (problem, title) => {
    const page = parse(await personalizeResumedPage(FORM_PATH, new URLSearchParams({ resume: TOKEN }), () => builtPage, options({ kind: 'problem', problem })));
    expect(page.querySelector('h1')?.textContent).toBe(title);
    expect(page.title).toBe(`${title} | Report a problem | City`);
    expect(page.querySelector('form')).toBeNull();
    expect(page.querySelector(`a[href="${FORM_PATH}"]`)?.textContent).toBe(text.startAgain);
  });

  it('treats saved answers of another form as unknown, and leaves other pages alone', async () => {
    const other: ResumeLookup = { kind: 'ready', token: TOKEN, view: { state: 'ready', formCode: 'another-form', locale: 'en', values: { answers: {}, contact: {} }, expiresAt: '2027-01-01T00:00:00Z' } };
    const page = parse(await personalizeResumedPage(FORM_PATH, new URLSearchParams({ resume: TOKEN }), () => builtPage, options(other)));
    expect(page.querySelector('h1')?.textContent).toBe(text.unknownTitle);
    expect(await personalizeResumedPage('/en/track/', new URLSearchParams({ resume: TOKEN }), () => builtPage, options(other))).toBeUndefined();
  });
});

describe('asking the CMS for saved answers', () => {
  const answer = (status: number, body: unknown): typeof fetch => async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

  it('names the visitor with the shared secret, and reads each answer of the CMS', async () => {
    let headers: Headers | undefined;
    let url = '';
    const ready = { data: { state: 'ready', formCode: 'f', locale: 'es', values: { answers: { a: 'b' }, contact: {} }, expiresAt: '2027-01-01T00:00:00.000Z' } };
    const open = openSaveThroughCms({
      cmsUrl: 'http://cms.test/',
      secret: 's3cret',
      fetch: async (input, init) => {
        url = String(input);
        headers = new Headers(init?.headers);
        return answer(200, ready)(input, init);
      },
    });
    expect(await open(TOKEN, '198.51.100.4')).toMatchObject({ kind: 'ready', token: TOKEN, view: { formCode: 'f', values: { answers: { a: 'b' } } } });
    expect(url).toBe(`http://cms.test/api/form-saves/${TOKEN}`);
    expect(headers?.get(VISITOR_IP_HEADER)).toBe('198.51.100.4');
    expect(headers?.get(PUBLISHER_SECRET_HEADER)).toBe('s3cret');

    const at = (fetchImpl: typeof fetch) => openSaveThroughCms({ cmsUrl: 'http://cms.test', secret: 's', fetch: fetchImpl })(TOKEN, '1.2.3.4');
    expect(await at(answer(410, { data: { state: 'used' } }))).toEqual({ kind: 'problem', problem: 'used' });
    expect(await at(answer(410, { data: { state: 'expired' } }))).toEqual({ kind: 'problem', problem: 'expired' });
    expect(await at(answer(404, {}))).toEqual({ kind: 'problem', problem: 'unknown' });
    expect(await at(answer(429, {}))).toEqual({ kind: 'problem', problem: 'unavailable' });
    expect(await at(answer(200, { data: { nonsense: true } }))).toEqual({ kind: 'problem', problem: 'unavailable' });
    expect(await at(async () => Promise.reject(new TypeError('offline')))).toEqual({ kind: 'problem', problem: 'unavailable' });
    // A malformed token is never sent.
    let called = false;
    const notAsked = openSaveThroughCms({ cmsUrl: 'http://cms.test', secret: 's', fetch: async () => ((called = true), new Response('{}')) });
    expect(await notAsked('short', '1.2.3.4')).toEqual({ kind: 'problem', problem: 'unknown' });
    expect(called).toBe(false);
  });
});
