// Node, as the publisher runs (jsdom's own AbortSignal does not reach Node's fetch); pages are
// parsed with jsdom.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PUBLISHER_SECRET_HEADER, RESIDENT_REPLY_KEPT_FORM, serviceFormObjectSchema, VISITOR_IP_HEADER } from '@city/shared/forms';
import { resources } from '@city/shared/i18n';
import type { Locale } from '@city/shared/locales';
import { createStaticHandler } from './static';
import { answerLookupPost, lookupFormPosts, lookUpForVisitor, MAX_LOOKUP_BODY_BYTES, personalizeTrackPage } from './no-script-lookup';
import { personalizeFeedbackPage, personalizeRequestPage } from './no-script';
import type { KeptLookup } from './kept-values';
import { sealFormFeedback } from '@city/shared/sealed';
import { inProgressView, lookupProps, TIMELINE_REPLY, waitingView } from '../../site/islands/status-lookup/StatusLookup.examples';
import { StatusLookup, type StatusLookupIslandProps } from '../../site/islands/status-lookup/StatusLookup';
import type { LookupOutcome } from '../../site/islands/status-lookup/lookup';

/** The track page as the build writes it (see IslandRoot.astro): the island's HTML, then its props. */
function builtPage(locale: Locale): string {
  const props: StatusLookupIslandProps = { ...lookupProps(locale), referencePrefix: 'ALX', graphqlUrl: 'http://127.0.0.1:1337/graphql' };
  const { graphqlUrl: _graphqlUrl, ...island } = props;
  return `<!doctype html><html lang="${locale}"><head><title>Track | City</title></head><body><main><div data-island="status-lookup">${renderToString(
    createElement(StatusLookup, island),
  )}</div><script type="application/json" data-island-props="status-lookup">${JSON.stringify(props).replace(/</g, '\\u003c')}</script></main></body></html>`;
}

const parse = (html: string) => new JSDOM(html).window.document;
const islandProps = (page: Document) => JSON.parse(page.querySelector('script[data-island-props]')?.textContent ?? '{}') as StatusLookupIslandProps;
const form = (reference: string, email: string) => new URLSearchParams({ reference, email });
const answering = (outcome: LookupOutcome) => vi.fn(async () => outcome);

describe('the track page answering a post without JavaScript', () => {
  it('checks the answers with the island’s rules first: field errors, "Error:" in the title, what was typed kept', async () => {
    const lookUp = answering({ kind: 'not-found' });
    const page = parse((await answerLookupPost(builtPage('en'), form('ALX-12', 'nope'), lookUp))!.html);
    expect(lookUp).not.toHaveBeenCalled();
    expect(page.title).toBe('Error: Track | City');
    expect([...page.querySelectorAll('#error-summary a')].map((link) => [link.getAttribute('href'), link.textContent])).toEqual([
      ['#track-reference', resources.en.statusLookup.referenceInvalid],
      ['#track-email', 'Enter an email address in the correct format, like name@example.com'],
    ]);
    expect(page.getElementById('error-summary')?.hasAttribute('autofocus')).toBe(true);
    expect(page.getElementById('track-reference')?.getAttribute('aria-invalid')).toBe('true');
    expect(page.getElementById('track-reference')?.getAttribute('value')).toBe('ALX-12');
    expect(page.getElementById('track-email')?.getAttribute('value')).toBe('nope');
    // The island hydrates from props that say the same.
    expect(islandProps(page).server).toEqual({ values: { reference: 'ALX-12', email: 'nope' }, errors: { reference: resources.en.statusLookup.referenceInvalid, email: expect.any(String) } });
    expect(islandProps(page).graphqlUrl).toBe('http://127.0.0.1:1337/graphql');
  });

  it('shows the status, public notes and history, focused, after asking with the normalized answers', async () => {
    const lookUp = answering({ kind: 'found', view: inProgressView });
    const page = parse((await answerLookupPost(builtPage('en'), form(' alx 7k4m 2q9p ', ' ana@example.com '), lookUp))!.html);
    expect(lookUp).toHaveBeenCalledWith('ALX-7K4M-2Q9P', 'ana@example.com', 'en');
    expect(page.title).toBe('Track | City');
    const heading = page.getElementById('status-result-heading');
    expect(heading?.textContent).toBe('Request ALX-7K4M-2Q9P');
    expect(heading?.hasAttribute('autofocus')).toBe(true);
    expect(page.querySelector('.status-result__status')?.textContent).toBe('In progress');
    expect([...page.querySelectorAll('ol.status-timeline > li')].map((item) => item.querySelector('h4')?.textContent)).toEqual(['Request received', 'Status: Being reviewed', 'Status: In progress']);
    expect(page.querySelector('.status-timeline')?.textContent).toContain('We found the fault in the payment page');
    expect(islandProps(page).server?.view).toEqual(inProgressView);
  });

  it('shows the whole public timeline without JavaScript, dated in the page’s language, the reply as text', async () => {
    for (const [locale, received, date] of [
      ['en', 'Request received', 'May 4, 2026 at 10:30 AM'],
      ['es', 'Solicitud recibida', '4 de mayo de 2026 a las 10:30 a.m.'],
    ] as const) {
      const { html } = (await answerLookupPost(builtPage(locale), form('ALX-7K4M-2Q9P', 'ana@example.com'), answering({ kind: 'found', view: inProgressView })))!;
      // The reply's markup is escaped in the page and in the props the script reads.
      expect(html).not.toContain('<b>Thank you</b>');
      const page = parse(html);
      const steps = [...page.querySelectorAll('ol.status-timeline > li')];
      expect(steps).toHaveLength(3);
      expect(steps[0]?.querySelector('h4')?.textContent).toBe(received);
      expect(steps.map((step) => step.querySelector('time')?.getAttribute('datetime'))).toEqual(inProgressView.events.map((event) => event.at));
      expect(steps[0]?.querySelector('time')?.textContent).toBe(date);
      expect(steps[2]?.querySelector('.status-timeline__note')?.textContent).toBe(TIMELINE_REPLY);
      expect(steps[2]?.querySelector('b')).toBeNull();
      expect(islandProps(page).server?.view?.events).toEqual(inProgressView.events);
    }
  });

  it('says "not found" with the island’s own words, in the page’s language', async () => {
    const page = parse((await answerLookupPost(builtPage('es'), form('ALX-7K4M-2Q9P', 'otra@example.com'), answering({ kind: 'not-found' })))!.html);
    const failure = page.getElementById('status-failure');
    expect(failure?.textContent).toBe(resources.es.statusLookup.notFoundTitle);
    expect(failure?.hasAttribute('autofocus')).toBe(true);
    expect(failure?.closest('.usa-alert')?.querySelector('.usa-alert__text')?.textContent).toBe(resources.es.statusLookup.notFound);
    expect(page.querySelector('.status-result')).toBeNull();
  });

  it('says plainly when the CMS is down or refuses, never a stack trace', async () => {
    const downAnswer = (await answerLookupPost(builtPage('en'), form('ALX-7K4M-2Q9P', 'ana@example.com'), answering({ kind: 'unavailable' })))!;
    expect(downAnswer.status).toBe(503);
    const down = parse(downAnswer.html);
    expect(down.getElementById('status-failure')?.textContent).toBe(resources.en.statusLookup.failedTitle);
    expect(down.body.textContent).toContain(resources.en.statusLookup.unavailable);
    const limitedAnswer = (await answerLookupPost(builtPage('en'), form('ALX-7K4M-2Q9P', 'ana@example.com'), answering({ kind: 'rate-limited' })))!;
    expect(limitedAnswer.status).toBe(429);
    const limited = parse(limitedAnswer.html);
    expect(limited.body.textContent).toContain(resources.en.statusLookup.tooManyRequests);
  });

  it('writes what was typed only as text, never as markup', async () => {
    const hostile = '</script><script>alert(1)</script><img src=x onerror=alert(2)>';
    const { html, status } = (await answerLookupPost(builtPage('en'), form(hostile, hostile), answering({ kind: 'not-found' })))!;
    expect(status).toBe(200);
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<img src=x');
    const page = parse(html);
    expect(page.querySelectorAll('script')).toHaveLength(1);
    expect(page.getElementById('track-email')?.getAttribute('value')).toBe(hostile);
  });

  it('needs the island in the page', async () => {
    expect(await answerLookupPost('<html><body>no island</body></html>', form('a', 'b'), answering({ kind: 'not-found' }))).toBeUndefined();
  });
});

describe('asking the CMS for a visitor', () => {
  it('names the visitor’s address with the publisher’s secret, and sends the email in the body only', async () => {
    const seen: { url: string; headers: Headers; body: string }[] = [];
    const fakeFetch: typeof fetch = async (input, init) => {
      seen.push({ url: String(input), headers: new Headers(init?.headers), body: String(init?.body) });
      return new Response(JSON.stringify({ data: { serviceRequestStatus: inProgressView } }), { headers: { 'content-type': 'application/json' } });
    };
    const lookUp = lookUpForVisitor('203.0.113.7', { cmsUrl: 'http://cms.test/', secret: 's3cret', fetch: fakeFetch });
    await expect(lookUp('ALX-7K4M-2Q9P', 'ana@example.com', 'es')).resolves.toEqual({ kind: 'found', view: inProgressView });
    expect(seen).toHaveLength(1);
    expect(seen[0]?.url).toBe('http://cms.test/graphql');
    expect(seen[0]?.url).not.toContain('ana@example.com');
    expect(seen[0]?.headers.get(VISITOR_IP_HEADER)).toBe('203.0.113.7');
    expect(seen[0]?.headers.get(PUBLISHER_SECRET_HEADER)).toBe('s3cret');
    expect(JSON.parse(seen[0]?.body ?? '{}')).toMatchObject({ variables: { reference: 'ALX-7K4M-2Q9P', email: 'ana@example.com', locale: 'es' } });
  });

  it('reports a CMS it cannot reach, or one that does not answer in time, as unavailable', async () => {
    const refused: typeof fetch = async () => {
      throw new TypeError('fetch failed');
    };
    await expect(lookUpForVisitor('203.0.113.7', { cmsUrl: 'http://cms.test', secret: 's', fetch: refused })('ALX-7K4M-2Q9P', 'a@b.co', 'en')).resolves.toEqual({ kind: 'unavailable' });
    // Rejects with the signal's reason when aborted, as Node's fetch does…
    const hangs: typeof fetch = (_input, init) => new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
    await expect(lookUpForVisitor('203.0.113.7', { cmsUrl: 'http://cms.test', secret: 's', fetch: hangs, timeoutMs: 50 })('ALX-7K4M-2Q9P', 'a@b.co', 'en')).resolves.toEqual({ kind: 'unavailable' });
    // …and even a fetch that never settles cannot hold the page past the deadline.
    const never: typeof fetch = () => new Promise(() => undefined);
    await expect(lookUpForVisitor('203.0.113.7', { cmsUrl: 'http://cms.test', secret: 's', fetch: never, timeoutMs: 50 })('ALX-7K4M-2Q9P', 'a@b.co', 'en')).resolves.toEqual({ kind: 'unavailable' });
  });
});

describe('the static server taking the look-up form', () => {
  let root: string;
  let site: http.Server;
  let cms: http.Server;
  let base: string;
  let cmsUrl: string;
  const cmsSaw: http.IncomingHttpHeaders[] = [];

  const listen = async (server: http.Server) => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  };
  const post = (pathname: string, body: string, type = 'application/x-www-form-urlencoded') => fetch(`${base}${pathname}`, { method: 'POST', headers: { 'content-type': type }, body });

  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'lookup-static-'));
    for (const locale of ['en', 'es'] as const) {
      fs.mkdirSync(path.join(root, locale, 'track'), { recursive: true });
      fs.writeFileSync(path.join(root, locale, 'track', 'index.html'), builtPage(locale));
    }
    // A CMS that knows one request, answering as Strapi's GraphQL does.
    cms = http.createServer((request, response) => {
      cmsSaw.push(request.headers);
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        const { variables } = JSON.parse(body) as { variables: { reference: string; email: string } };
        const found = variables.reference === 'ALX-7K4M-2Q9P' && variables.email === 'ana@example.com';
        response.writeHead(200, { 'content-type': 'application/json' }).end(
          JSON.stringify(found ? { data: { serviceRequestStatus: inProgressView } } : { data: null, errors: [{ message: 'No request', extensions: { code: 'STRAPI_NOT_FOUND_ERROR' } }] }),
        );
      });
    });
    cmsUrl = await listen(cms);
    site = http.createServer(createStaticHandler(() => root, { 'x-test': 'headers' }, undefined, lookupFormPosts({ cmsUrl, secret: 'shared-secret' })));
    base = await listen(site);
  });
  afterAll(() => {
    site.close();
    cms.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('answers a post to /{locale}/track/ with the page for this visitor, uncached, at every spelling of the path', async () => {
    for (const pathname of ['/en/track/', '/en/track', '/en/track/index.html']) {
      const response = await post(pathname, form('ALX-7K4M-2Q9P', 'ana@example.com').toString());
      expect(response.status, pathname).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('x-test')).toBe('headers');
      expect(parse(await response.text()).querySelector('.status-result__status')?.textContent).toBe('In progress');
    }
    // The CMS was told who asked, with the secret.
    expect(cmsSaw.at(-1)?.[VISITOR_IP_HEADER]).toMatch(/127\.0\.0\.1$/);
    expect(cmsSaw.at(-1)?.[PUBLISHER_SECRET_HEADER]).toBe('shared-secret');
    const spanish = parse(await (await post('/es/track/', form('ALX-7K4M-2Q9P', 'otra@example.com').toString())).text());
    expect(spanish.body.textContent).toContain(resources.es.statusLookup.notFound);
  });

  it('takes form bodies only (415), small ones only (413), and posts to no other page (405)', async () => {
    const json = await post('/en/track/', JSON.stringify({ reference: 'ALX-7K4M-2Q9P', email: 'ana@example.com' }), 'application/json');
    expect(json.status).toBe(415);
    const multipart = new FormData();
    multipart.set('reference', 'ALX-7K4M-2Q9P');
    expect((await fetch(`${base}/en/track/`, { method: 'POST', body: multipart })).status).toBe(415);
    expect((await post('/en/track/', `reference=${'A'.repeat(MAX_LOOKUP_BODY_BYTES)}`)).status).toBe(413);
    const elsewhere = await post('/en/', 'reference=x');
    expect(elsewhere.status).toBe(405);
    expect(elsewhere.headers.get('allow')).toBe('GET, HEAD');
    expect((await post('/zxx/track/', 'reference=x')).status).toBe(405);
  });

  it('still serves the built page to GET', async () => {
    const response = await fetch(`${base}/en/track/`);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toBe(builtPage('en'));
  });

  it('says in the page that the CMS is down, with 503 and Retry-After', async () => {
    const closed = http.createServer();
    const deadCms = await listen(closed);
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const lonely = http.createServer(createStaticHandler(() => root, {}, undefined, lookupFormPosts({ cmsUrl: deadCms, secret: 's' })));
    const lonelyBase = await listen(lonely);
    try {
      const response = await fetch(`${lonelyBase}/en/track/`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form('ALX-7K4M-2Q9P', 'ana@example.com').toString() });
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('30');
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(parse(await response.text()).body.textContent).toContain(resources.en.statusLookup.unavailable);
    } finally {
      lonely.close();
    }
  });
});

describe('the track page after a reply posted without JavaScript', () => {
  const SECRET = 'publisher-secret-0123456789';
  const options = { secret: SECRET, now: Date.now, newKey: () => 'unused' };
  const sealed = (errors: Record<string, string>, message = '') =>
    new URLSearchParams({ feedback: sealFormFeedback({ errors, values: { answers: { reference: 'ALX-7K4M-2Q9P', message }, contact: { email: 'ana@example.com' } } }, SECRET) });

  it('says the reply was sent, focused, above the look-up form filled in to see the history', async () => {
    const html = personalizeRequestPage('/es/track/', sealed({}), () => builtPage('es'), options);
    const page = parse(html!);
    const heading = page.getElementById('reply-sent');
    expect(heading?.textContent).toBe(resources.es.statusLookup.reply.sentTitle);
    expect(heading?.hasAttribute('autofocus')).toBe(true);
    expect(page.getElementById('track-reference')?.getAttribute('value')).toBe('ALX-7K4M-2Q9P');
    expect(page.getElementById('track-email')?.getAttribute('value')).toBe('ana@example.com');
    expect(page.title).toBe('Track | City');
  });

  it('shows the reply form again with the errors and the message typed, "Error:" in the title', () => {
    const page = parse(personalizeTrackPage(builtPage('en'), sealed({ message: 'Too long' }, 'x'.repeat(20)), options)!);
    expect(page.title).toBe('Error: Track | City');
    expect(page.getElementById('error-summary')?.hasAttribute('autofocus')).toBe(true);
    expect(page.querySelector('#error-summary a')?.getAttribute('href')).toBe('#answers-message');
    expect(page.getElementById('answers-message')?.textContent).toBe('x'.repeat(20));
    expect(page.querySelector<HTMLInputElement>('.status-reply input[name="email"]')?.value).toBe('ana@example.com');
    // A wrong reference or email: the look-up's own "not found".
    const notFound = parse(personalizeTrackPage(builtPage('en'), sealed({ lookup: 'No request' }), options)!);
    expect(notFound.getElementById('status-failure')?.textContent).toBe(resources.en.statusLookup.notFoundTitle);
  });

  it('leaves the page as built for anything the CMS did not seal with this secret', () => {
    const forged = new URLSearchParams({ feedback: sealFormFeedback({ errors: {}, values: { answers: { reference: 'ALX-7K4M-2Q9P' }, contact: {} } }, 'another-secret') });
    expect(personalizeTrackPage(builtPage('en'), forged, options)).toBeUndefined();
    expect(personalizeTrackPage(builtPage('en'), new URLSearchParams({ feedback: 'junk' }), options)).toBeUndefined();
    // Sealed for a request form (no reference): not a reply's outcome.
    const requestFeedback = new URLSearchParams({ feedback: sealFormFeedback({ errors: { page_url: 'Wrong' }, values: { answers: {}, contact: {} } }, SECRET) });
    expect(personalizeTrackPage(builtPage('en'), requestFeedback, options)).toBeUndefined();
  });

  it('renders the reply form in the look-up result when the request waits for the resident', async () => {
    const page = parse((await answerLookupPost(builtPage('en'), form('ALX-7K4M-2Q9P', 'ana@example.com'), answering({ kind: 'found', view: waitingView })))!.html);
    const reply = page.querySelector('.status-reply form');
    expect(reply?.getAttribute('action')).toBe(lookupProps('en').replyUrl);
    expect(reply?.getAttribute('enctype')).toBe('multipart/form-data');
  });
});

describe('the track page after a reply too long for its address', () => {
  const SECRET = 'publisher-secret-0123456789';
  const FILL = 'r'.repeat(43);
  // 5000 characters of Amharic, the longest reply: some 15 KB of UTF-8, far past the address's budget.
  const LONG_AMHARIC = 'የመንገድ መብራት ተሰብሯል። '.repeat(300).slice(0, 5000);
  const filesError = 'ይህ የፋይል አይነት አይፈቀድም';
  const keptFeedback = (errors: Record<string, string>) =>
    new URLSearchParams({
      feedback: sealFormFeedback({ errors, values: { answers: { reference: 'ALX-7K4M-2Q9P' }, contact: { email: 'ana@example.com' } }, keptValues: { fill: FILL } }, SECRET),
    });
  const withKept = (lookup: KeptLookup) => {
    const openKept = vi.fn(async (_fill: string, _formCode: string) => lookup);
    return { openKept, options: { secret: SECRET, now: Date.now, newKey: () => 'unused', openKept } };
  };

  it('reads the message back from the CMS under the reply’s own form code and shows it whole, posting the fill again', async () => {
    const { openKept, options } = withKept({ kind: 'ready', values: { answers: { reference: 'ALX-7K4M-2Q9P', message: LONG_AMHARIC }, contact: { email: 'ana@example.com' } } });
    const search = keptFeedback({ files: filesError });
    const page = parse((await personalizeFeedbackPage('/am/track/', search, () => builtPage('am'), options))!);
    expect(openKept).toHaveBeenCalledWith(FILL, RESIDENT_REPLY_KEPT_FORM);
    expect(page.getElementById('answers-message')?.textContent).toBe(LONG_AMHARIC);
    expect(page.querySelector('#error-summary')?.textContent).toContain(filesError);
    expect(page.querySelector<HTMLInputElement>('.status-reply input[name="staged"]')?.value).toBe(FILL);
    expect(page.querySelector<HTMLInputElement>('.status-reply input[name="reference"]')?.value).toBe('ALX-7K4M-2Q9P');
    expect(page.querySelector<HTMLInputElement>('.status-reply input[name="email"]')?.value).toBe('ana@example.com');
    expect(page.getElementById('reply-kept-problem')).toBeNull();
    expect(page.title).toBe(`${resources.am.requestForm.errorTitlePrefix} Track | City`);
    // The props say the same, so the script hydrates the message too.
    expect(islandProps(page).server?.reply).toMatchObject({ sent: false, message: LONG_AMHARIC, fill: FILL });
  });

  it('says in the resident’s language that the message cannot be loaded, with this page to try again, never an empty box alone', async () => {
    const { options } = withKept({ kind: 'problem', problem: 'unavailable' });
    const search = keptFeedback({ files: filesError });
    const page = parse((await personalizeFeedbackPage('/am/track/', search, () => builtPage('am'), options))!);
    const notice = page.getElementById('reply-kept-problem');
    expect(notice?.textContent).toContain(resources.am.statusLookup.reply.keptTitle);
    expect(notice?.textContent).toContain(resources.am.statusLookup.reply.keptText);
    expect(notice?.querySelector('a')?.getAttribute('href')).toBe(`/am/track/?${search.toString()}`);
    expect(notice?.querySelector('a')?.textContent).toBe(resources.am.requestForm.kept.retry);
    // The errors and the form stay, to write the reply again; the fill goes on so it is replaced.
    expect(page.querySelector('#error-summary')?.textContent).toContain(filesError);
    expect(page.getElementById('answers-message')?.textContent).toBe('');
    expect(page.querySelector<HTMLInputElement>('.status-reply input[name="staged"]')?.value).toBe(FILL);
  });

  it('says when the message is no longer kept (sent, or past 24 hours), without a "try again" that cannot help', async () => {
    const { options } = withKept({ kind: 'problem', problem: 'gone' });
    const page = parse((await personalizeFeedbackPage('/am/track/', keptFeedback({ files: filesError }), () => builtPage('am'), options))!);
    const notice = page.getElementById('reply-kept-problem');
    expect(notice?.textContent).toContain(resources.am.statusLookup.reply.keptGoneTitle);
    expect(notice?.textContent).toContain(resources.am.statusLookup.reply.keptGoneText);
    expect(notice?.textContent).not.toContain(resources.am.statusLookup.reply.keptText);
    expect(notice?.querySelector('a')).toBeNull();
    expect(page.getElementById('answers-message')?.textContent).toBe('');
  });

  it('asks the CMS only for a refused reply that names a kept message', async () => {
    const { openKept, options } = withKept({ kind: 'problem', problem: 'unavailable' });
    const notFound = parse((await personalizeFeedbackPage('/en/track/', keptFeedback({ lookup: 'No request' }), () => builtPage('en'), options))!);
    expect(notFound.getElementById('status-failure')?.textContent).toBe(resources.en.statusLookup.notFoundTitle);
    const short = new URLSearchParams({
      feedback: sealFormFeedback({ errors: { files: 'Wrong type' }, values: { answers: { reference: 'ALX-7K4M-2Q9P', message: 'Short' }, contact: { email: 'ana@example.com' } } }, SECRET),
    });
    const page = parse((await personalizeFeedbackPage('/en/track/', short, () => builtPage('en'), options))!);
    expect(page.getElementById('answers-message')?.textContent).toBe('Short');
    expect(page.querySelector('.status-reply input[name="staged"]')).toBeNull();
    expect(openKept).not.toHaveBeenCalled();
  });

  it('keeps replies under a form code no real form can have', () => {
    expect(serviceFormObjectSchema.shape.code.safeParse(RESIDENT_REPLY_KEPT_FORM).success).toBe(false);
  });
});
