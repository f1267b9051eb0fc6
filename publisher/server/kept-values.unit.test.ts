// @vitest-environment jsdom
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PUBLISHER_SECRET_HEADER, type FormFeedback } from '@city/shared/forms';
import { resources } from '@city/shared/i18n';
import { sealFormFeedback } from '@city/shared/sealed';
import { openKeptThroughCms, type KeptLookup, type OpenKept } from './kept-values';
import { personalizeFeedbackPage, personalizeRequestPage } from './no-script';
import { examples } from '../../site/islands/service-request/ServiceRequestForm.examples';
import { ServiceRequestForm, type ServiceRequestIslandProps } from '../../site/islands/service-request/ServiceRequestForm';

const props: ServiceRequestIslandProps = { ...examples['website problem, English'], graphqlUrl: 'http://127.0.0.1:1337/graphql', addressesUrl: 'http://127.0.0.1:1337/api/addresses' };
const { graphqlUrl: _graphqlUrl, addressesUrl: _addressesUrl, ...formProps } = props;
const builtPage = `<!doctype html><html lang="en"><head><title>Report a problem | City</title></head><body><main><div data-island="service-request">${renderToString(
  createElement(ServiceRequestForm, formProps),
)}</div><script type="application/json" data-island-props="service-request">${JSON.stringify(props).replace(/</g, '\\u003c')}</script></main></body></html>`;

const FORM_PATH = '/en/services/report-a-website-problem/request/';
const SECRET = 'publisher-secret';
const NOW = 1_767_225_600_000;
const FILL = 'K'.repeat(43);
const LONG_AMHARIC = 'የመንገድ መብራት ተሰብሯል። '.repeat(200).slice(0, 2000);
const text = resources.en.requestForm.kept;

// What the CMS seals when the answers were kept: the errors and the fill, no values.
const keptFeedback: FormFeedback = { errors: { 'contact.email': 'Enter an email address' }, values: { answers: {}, contact: {} }, startedAt: NOW - 60_000, keptValues: { fill: FILL } };
const SEALED = sealFormFeedback(keptFeedback, SECRET, NOW);
const search = () => new URLSearchParams({ feedback: SEALED });
const options = (lookup: KeptLookup, asked: [string, string][] = []) => ({
  now: () => NOW,
  newKey: () => 'key-1-0000-0000-0000-000000000000',
  secret: SECRET,
  openKept: (async (fill: string, formCode: string) => {
    asked.push([fill, formCode]);
    return lookup;
  }) satisfies OpenKept,
});
const parse = (html: string | undefined) => new DOMParser().parseFromString(html ?? '', 'text/html');
const fieldValue = (page: Document, name: string) => (page.querySelector(`[name="${name}"]`) as HTMLInputElement | HTMLTextAreaElement | null)?.value;
const islandOf = (page: Document) => JSON.parse(page.querySelector('script[data-island-props]')?.textContent ?? '{}') as ServiceRequestIslandProps;

describe('a form page whose answers the CMS kept (too long for the address)', () => {
  it('reads them from the CMS and renders them in full, with the errors and the fill for the next post', async () => {
    const asked: [string, string][] = [];
    const values = { answers: { description: LONG_AMHARIC, page_url: 'https://example.org/x' }, contact: { name: 'Selam' } };
    const page = parse(await personalizeFeedbackPage(FORM_PATH, search(), () => builtPage, options({ kind: 'ready', values }, asked)));
    expect(asked).toEqual([[FILL, props.form.code]]);
    expect(fieldValue(page, 'answers[description]')).toBe(LONG_AMHARIC);
    expect(fieldValue(page, 'answers[page_url]')).toBe('https://example.org/x');
    expect(fieldValue(page, 'contact[name]')).toBe('Selam');
    expect(page.getElementById('error-summary')?.textContent).toContain('Enter an email address');
    expect(page.title).toBe(`${props.messages.errorTitlePrefix} Report a problem | City`);
    const island = islandOf(page);
    expect(island.server?.feedback?.values.answers.description).toBe(LONG_AMHARIC);
    expect(island.server?.staged?.id).toBe(FILL);
    // The form of one page posts the fill again, so the CMS removes the kept answers once the request is stored.
    expect(page.querySelectorAll('input[name="staged"]')).toHaveLength(1);
    expect(fieldValue(page, 'staged')).toBe(FILL);
    expect(page.getElementById('kept-problem')).toBeNull();
  });

  it('says the answers cannot be loaded right now, with a way to try again, and no empty form', async () => {
    const page = parse(await personalizeFeedbackPage(FORM_PATH, search(), () => builtPage, options({ kind: 'problem', problem: 'unavailable' })));
    expect(page.querySelector('h1')?.textContent).toBe(text.title);
    expect(page.title).toBe(`${text.title} | Report a problem | City`);
    expect(page.getElementById('kept-problem')?.textContent).toContain(text.text);
    expect(page.querySelector('form')).toBeNull();
    expect(page.querySelector('textarea')).toBeNull();
    const retry = [...page.querySelectorAll('a')].find((link) => link.textContent === text.retry);
    expect(retry?.getAttribute('href')).toBe(`${FORM_PATH}?${search().toString()}`);
    expect(page.querySelector(`a[href="${FORM_PATH}"]`)?.textContent).toBe(text.startAgain);
    expect(islandOf(page).server?.keptProblem).toMatchObject({ problem: 'unavailable', startUrl: FORM_PATH });
  });

  it('says plainly when nothing is kept any more (sent, or past 24 hours): no "try again", only "start again"', async () => {
    const page = parse(await personalizeFeedbackPage(FORM_PATH, search(), () => builtPage, options({ kind: 'problem', problem: 'gone' })));
    expect(page.querySelector('h1')?.textContent).toBe(text.goneTitle);
    expect(page.title).toBe(`${text.goneTitle} | Report a problem | City`);
    expect(page.getElementById('kept-problem')?.textContent).toContain(text.goneText);
    expect(page.getElementById('kept-problem')?.textContent).not.toContain(text.text);
    expect(page.querySelector('form')).toBeNull();
    expect([...page.querySelectorAll('a')].map((link) => link.textContent)).not.toContain(text.retry);
    expect(page.querySelector(`a[href="${FORM_PATH}"]`)?.textContent).toBe(text.startAgain);
    expect(islandOf(page).server?.keptProblem?.problem).toBe('gone');
  });

  it('never shows an empty form when nothing could ask the CMS, and asks nothing for feedback without kept answers', async () => {
    const unasked = parse(personalizeRequestPage(FORM_PATH, search(), () => builtPage, options({ kind: 'ready', values: { answers: {}, contact: {} } })));
    expect(unasked.querySelector('h1')?.textContent).toBe(text.title);
    expect(unasked.querySelector('form')).toBeNull();

    const asked: [string, string][] = [];
    const plain = new URLSearchParams({ feedback: sealFormFeedback({ errors: { 'contact.email': 'Enter an email address' }, values: { answers: { description: 'Short' }, contact: {} } }, SECRET, NOW) });
    const page = parse(await personalizeFeedbackPage(FORM_PATH, plain, () => builtPage, options({ kind: 'problem', problem: 'unavailable' }, asked)));
    expect(asked).toEqual([]);
    expect(fieldValue(page, 'answers[description]')).toBe('Short');
    expect(page.getElementById('kept-problem')).toBeNull();
  });

  it('ignores a kept marker it cannot open: a crafted feedback asks nothing', async () => {
    const asked: [string, string][] = [];
    const forged = new URLSearchParams({ feedback: sealFormFeedback(keptFeedback, 'another-secret', NOW) });
    const page = parse(await personalizeFeedbackPage(FORM_PATH, forged, () => builtPage, options({ kind: 'problem', problem: 'unavailable' }, asked)));
    expect(asked).toEqual([]);
    expect(page.querySelector('form')).not.toBeNull();
    expect(page.getElementById('kept-problem')).toBeNull();
  });
});

describe('asking the CMS for kept answers', () => {
  const answer = (status: number, body: unknown): typeof fetch => async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

  it('sends the shared secret to the fill and form, and reads each answer of the CMS', async () => {
    let headers: Headers | undefined;
    let url = '';
    const values = { answers: { description: LONG_AMHARIC }, contact: {} };
    const open = openKeptThroughCms({
      cmsUrl: 'http://cms.test/',
      secret: 's3cret',
      fetch: async (input, init) => {
        url = String(input);
        headers = new Headers(init?.headers);
        return answer(200, { data: { values } })(input, init);
      },
    });
    expect(await open(FILL, 'website-problem')).toEqual({ kind: 'ready', values });
    expect(url).toBe(`http://cms.test/api/service-requests/kept-values/${FILL}?form=website-problem`);
    expect(headers?.get(PUBLISHER_SECRET_HEADER)).toBe('s3cret');

    const at = (fetchImpl: typeof fetch) => openKeptThroughCms({ cmsUrl: 'http://cms.test', secret: 's', fetch: fetchImpl })(FILL, 'website-problem');
    expect(await at(answer(404, {}))).toEqual({ kind: 'problem', problem: 'gone' });
    expect(await at(answer(401, {}))).toEqual({ kind: 'problem', problem: 'unavailable' });
    expect(await at(answer(500, {}))).toEqual({ kind: 'problem', problem: 'unavailable' });
    expect(await at(answer(200, { data: { nonsense: true } }))).toEqual({ kind: 'problem', problem: 'unavailable' });
    expect(await at(async () => Promise.reject(new TypeError('offline')))).toEqual({ kind: 'problem', problem: 'unavailable' });
    // A malformed fill id is never sent.
    let called = false;
    const notAsked = openKeptThroughCms({ cmsUrl: 'http://cms.test', secret: 's', fetch: async () => ((called = true), new Response('{}')) });
    expect(await notAsked('../../etc', 'website-problem')).toEqual({ kind: 'problem', problem: 'gone' });
    expect(called).toBe(false);
  });
});
