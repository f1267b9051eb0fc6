import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SiteBuilder, type BuildOutcome } from '../../../publisher/server/builder';
import { CMS_DIR, startCms, type RunningCms, type ThrowawayDatabase } from '../harness/cms';
import { adminLogin, jsonInit, request } from '../harness/http';
import { createSeededDatabase, reliabilityEnv, RELIABILITY_TMP } from './support/cms';
import { executeSql, queryRows } from '../harness/database';
import { checked, ROOT_DIR, writeFigures, type FigureTable } from './support/figures';

/**
 * Reliability report, item 7: the Editor puts hostile content into the CMS through the admin API (script
 * tags, event handlers, javascript: and data: links in rich text, a </script> break-out in text the
 * site embeds as JSON, an SVG with a script and other active files in the media library); the site
 * is built from it with the publisher's SiteBuilder, and every built page is parsed: no script but
 * the site's own bundles, no event-handler attribute, no javascript:/vbscript:/data: link. Uploads
 * that a browser would run on the CMS's origin are refused; the rest are served inert.
 */
const XSS = {
  script: '<script>alert("xss-script")</script>',
  img: '<img src=x onerror=alert("xss-img")>',
  svg: '"><svg onload=alert("xss-svg")>',
  breakout: '</script><script>alert("xss-breakout")</script>',
};
const BAD_URLS = ['javascript:alert(1)', 'JaVaScRiPt:alert(2)', ' javascript:alert(3)', 'java\tscript:alert(4)', 'javascript&colon;alert(5)', 'data:text/html;base64,PHNjcmlwdD5hbGVydCg2KTwvc2NyaXB0Pg==', 'vbscript:msgbox(7)'];

let cms: RunningCms;
let database: ThrowawayDatabase;
let editorToken: string;
const publishDir = path.join(RELIABILITY_TMP, `hostile-site-${crypto.randomBytes(4).toString('hex')}`);
const probeFiles: string[] = [];

beforeAll(async () => {
  database = await createSeededDatabase('sqlite');
  cms = await startCms(await reliabilityEnv(database));
  editorToken = await adminLogin(cms.url, cms.editor.email, cms.editor.password);
});
afterAll(async () => {
  await cms?.stop();
  await database?.drop();
  if (cms?.env.PRIVATE_UPLOADS_DIR) fs.rmSync(cms.env.PRIVATE_UPLOADS_DIR, { recursive: true, force: true });
  fs.rmSync(publishDir, { recursive: true, force: true });
  for (const file of probeFiles) fs.rmSync(file, { force: true });
});

const auth = () => ({ authorization: `Bearer ${editorToken}` });
const cm = (uid: string, rest = '') => `${cms.url}/content-manager/collection-types/${uid}${rest}`;

interface Document {
  documentId: string;
  slug?: string;
  [key: string]: unknown;
}

async function firstDocument(uid: string, filter = ''): Promise<Document> {
  const list = await request<{ results: Document[] }>(cm(uid, `?page=1&pageSize=1&locale=en${filter}`), { headers: auth() });
  const first = list.body.results?.[0];
  if (!first) throw new Error(`no ${uid}: ${list.status}`);
  return first;
}

/** Updates an entry as the Editor and publishes it (English). */
async function editAndPublish(uid: string, documentId: string, data: Record<string, unknown>): Promise<void> {
  const update = await request(cm(uid, `/${documentId}?locale=en`), jsonInit('PUT', data, editorToken));
  if (update.status !== 200) throw new Error(`update ${uid}: ${update.status} ${JSON.stringify(update.body).slice(0, 400)}`);
  const publish = await request(cm(uid, `/${documentId}/actions/publish?locale=en`), jsonInit('POST', {}, editorToken));
  if (publish.status !== 200) throw new Error(`publish ${uid}: ${publish.status} ${JSON.stringify(publish.body).slice(0, 400)}`);
}

const text = (value: string, marks: Record<string, boolean> = {}) => ({ type: 'text', text: value, ...marks });

const linkParagraph = () => ({ type: 'paragraph', children: BAD_URLS.map((url, index) => ({ type: 'link', url, children: [text(`hostile link ${index + 1}`)] })) });
const linkList = () => ({ type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [{ type: 'link', url: 'javascript:alert(8)', children: [text('listed hostile link')] }] }] });

/**
 * Strapi blocks with every hostile ingredient: markup in text, image blocks pointing at script,
 * and (`withLinks`) links to javascript:, data: and vbscript: URLs, which Strapi's own validator
 * refuses, so they are written into the database directly.
 */
function hostileBlocks(withLinks: boolean): unknown[] {
  return [
    { type: 'heading', level: 2, children: [text(`Heading ${XSS.svg}`)] },
    { type: 'paragraph', children: [text(`Text ${XSS.script} and ${XSS.img}`), text(XSS.breakout, { bold: true })] },
    ...(withLinks ? [linkParagraph(), linkList()] : []),
    { type: 'quote', children: [text(XSS.img)] },
    { type: 'code', children: [text(XSS.script)] },
    { type: 'image', image: { url: 'javascript:alert(9)', alternativeText: XSS.svg, name: 'x.png', width: 1, height: 1, ext: '.png', mime: 'image/png', size: 1, hash: 'x', provider: 'local', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' }, children: [text('')] },
    { type: 'image', image: { url: 'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMTApPjwvc3ZnPg==', alternativeText: 'data image', name: 'y.svg', width: 1, height: 1, ext: '.svg', mime: 'image/svg+xml', size: 1, hash: 'y', provider: 'local', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' }, children: [text('')] },
  ];
}

interface UploadProbe {
  name: string;
  file: string;
  claimedType: string;
  content: Buffer;
}

const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(document.domain)</script><script href="/uploads/evil.js"/></svg>');
const UPLOADS: UploadProbe[] = [
  { name: 'SVG with a script', file: 'logo.svg', claimedType: 'image/svg+xml', content: SVG },
  { name: 'SVG claiming to be a PNG', file: 'logo.svg', claimedType: 'image/png', content: SVG },
  { name: 'HTML page', file: 'page.html', claimedType: 'text/html', content: Buffer.from('<html><script>alert(1)</script></html>') },
  { name: 'XHTML page', file: 'page.xhtml', claimedType: 'application/xhtml+xml', content: Buffer.from('<html xmlns="http://www.w3.org/1999/xhtml"><script>alert(1)</script></html>') },
  { name: 'JavaScript', file: 'evil.js', claimedType: 'text/javascript', content: Buffer.from('alert(document.cookie)') },
  { name: 'XML with a stylesheet', file: 'feed.xml', claimedType: 'application/xml', content: Buffer.from('<?xml version="1.0"?><?xml-stylesheet type="text/xsl" href="x.xsl"?><x/>') },
];
/** Named and typed as an image, with markup inside: accepted, and must be served as what its name says. */
const DISGUISED: UploadProbe = { name: 'HTML named photo.png', file: 'photo.png', claimedType: 'image/png', content: Buffer.from('<html><script>alert(1)</script></html>') };

async function upload(probe: UploadProbe): Promise<{ status: number; url?: string }> {
  const form = new FormData();
  form.append('files', new Blob([new Uint8Array(probe.content)], { type: probe.claimedType }), probe.file);
  const response = await request<{ url?: string }[] | { error?: unknown }>(`${cms.url}/upload`, { method: 'POST', headers: auth(), body: form });
  const url = Array.isArray(response.body) ? response.body[0]?.url : undefined;
  return { status: response.status, url };
}

interface PageFinding {
  file: string;
  problem: string;
}

/** Everything executable or navigable in a built page that did not come from the site's own bundles. */
function inspectPage(file: string, html: string): { findings: PageFinding[]; scripts: number; urls: number; dom: JSDOM } {
  const dom = new JSDOM(html);
  const document = dom.window.document;
  const findings: PageFinding[] = [];
  const report = (problem: string) => findings.push({ file, problem });
  let scripts = 0;
  for (const script of document.querySelectorAll('script')) {
    scripts += 1;
    const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
    if (type === 'application/json' || type === 'application/ld+json') {
      try {
        JSON.parse(script.textContent ?? '');
      } catch {
        report(`a ${type} script is not valid JSON (broken out of?): ${(script.textContent ?? '').slice(0, 120)}`);
      }
      continue;
    }
    if (!['', 'module', 'text/javascript'].includes(type)) {
      report(`script of type ${type}`);
      continue;
    }
    const src = script.getAttribute('src');
    if (!src || !/^\/_astro\/[\w.-]+\.js$/.test(src)) report(`executable script not from the site's bundles: ${src ?? (script.textContent ?? '').slice(0, 120)}`);
    else if ((script.textContent ?? '').trim() !== '') report(`script with both src and inline code: ${src}`);
  }
  let urls = 0;
  for (const element of document.querySelectorAll('*')) {
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) report(`event handler ${element.tagName.toLowerCase()}[${name}]`);
      if (['href', 'src', 'action', 'formaction', 'xlink:href', 'srcset', 'poster', 'data', 'cite', 'background', 'ping'].includes(name)) {
        urls += 1;
        // What a browser would use: entities decoded by the parser, whitespace and controls ignored.
        const value = attribute.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
        if (/^(javascript|vbscript|livescript):/.test(value)) report(`${name}="${attribute.value}" on ${element.tagName.toLowerCase()}`);
        if (/^data:/.test(value) && !(name === 'src' && element.tagName === 'IMG' && /^data:image\/(png|jpeg|gif|webp);/.test(value))) report(`data: URL in ${name} on ${element.tagName.toLowerCase()}`);
      }
    }
    if (['IFRAME', 'OBJECT', 'EMBED', 'BASE', 'FRAME'].includes(element.tagName)) report(`<${element.tagName.toLowerCase()}> element`);
    // The site's own redirects (the root to a language) are meta refreshes to a path of the site.
    if (element.tagName === 'META' && /refresh/i.test(element.getAttribute('http-equiv') ?? '') && !/^\s*\d+\s*;\s*url=\/(?!\/)[\w/.-]*\s*$/i.test(element.getAttribute('content') ?? '')) {
      report(`meta refresh to ${element.getAttribute('content')}`);
    }
  }
  return { findings, scripts, urls, dom };
}

function htmlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

describe('hostile content', () => {
  it('is inert on the built site, and active files never reach the media library', async () => {
    const started = Date.now();

    // 1. The Editor writes hostile content into a page, a service and a service form, and publishes.
    const page = await firstDocument('api::page.page');
    // Links to script are refused by Strapi's blocks validator: one try per URL.
    const linkAttempts = await Promise.all(
      BAD_URLS.map(async (url) => {
        const body = [{ type: 'paragraph', children: [{ type: 'link', url, children: [text('hostile link')] }] }];
        const response = await request(cm('api::page.page', `/${page.documentId}?locale=en`), jsonInit('PUT', { body }, editorToken));
        return { url, status: response.status };
      }),
    );
    await editAndPublish('api::page.page', page.documentId, { title: `Hostile page ${XSS.script}`, summary: `Summary ${XSS.img} ${XSS.breakout}`, body: hostileBlocks(false) });
    const service = await firstDocument('api::service.service');
    await editAndPublish('api::service.service', service.documentId, { summary: `Service ${XSS.svg}`, body: hostileBlocks(false) });
    // …so they go in past the CMS, into the stored rows, as content from an import or an older version would.
    const patched =
      (await executeSql(cms.env, "UPDATE pages SET body = ? WHERE document_id = ? AND locale = 'en'", [JSON.stringify(hostileBlocks(true)), page.documentId])) +
      (await executeSql(cms.env, "UPDATE services SET body = ? WHERE document_id = ? AND locale = 'en'", [JSON.stringify(hostileBlocks(true)), service.documentId]));
    const formList = await request<{ results: Document[] }>(cm('api::service-form.service-form', '?page=1&pageSize=100&locale=en'), { headers: auth() });
    const formSummary = formList.body.results[0];
    if (!formSummary) throw new Error('no service form');
    const form = await request<{ data: { fields: Record<string, unknown>[] } }>(cm('api::service-form.service-form', `/${formSummary.documentId}?locale=en`), { headers: auth() });
    const fields = form.body.data.fields.map((field, index) => (index === 0 ? { ...field, label: `Question ${XSS.breakout}`, hint: `Hint ${XSS.img}` } : field));
    await editAndPublish('api::service-form.service-form', formSummary.documentId, { introduction: `Introduction ${XSS.breakout} ${XSS.script}`, fields });

    // 2. Active files through the media library, as the Editor.
    const uploads = await Promise.all(UPLOADS.map(async (probe) => ({ probe, ...(await upload(probe)) })));
    const disguised = await upload(DISGUISED);
    const disguisedHeaders = disguised.url ? (await fetch(`${cms.url}${disguised.url}`)).headers : undefined;
    // An SVG that was already in the library before SVGs were refused: how would the CMS serve it?
    const legacySvg = path.join(CMS_DIR, 'public', 'uploads', `reliability-legacy-${crypto.randomBytes(4).toString('hex')}.svg`);
    fs.writeFileSync(legacySvg, SVG);
    probeFiles.push(legacySvg);
    const legacyHeaders = (await fetch(`${cms.url}/uploads/${path.basename(legacySvg)}`)).headers;
    const legacyCsp = legacyHeaders.get('content-security-policy') ?? '';

    // 3. The site, built from it by the publisher's builder.
    const builder = new SiteBuilder({ rootDir: ROOT_DIR, publishDir, env: { CMS_URL: cms.url, NODE_ENV: 'production', ASTRO_CACHE_DIR: path.join(publishDir, 'astro-cache') } });
    const outcome: BuildOutcome = await builder.build();
    const root = builder.currentRoot();

    // 4. Every page, parsed, by a checker that first proves it sees what it looks for.
    const selfCheck = inspectPage('probe', '<img src=x onerror=alert(1)><a href=" JaVa&#x09;script:x">a</a><script>alert(1)</script><a href="data:text/html,x">d</a><script type="application/json"></script><iframe></iframe>');
    expect(selfCheck.findings.map((finding) => finding.problem)).toHaveLength(6);
    const files = root ? htmlFiles(root) : [];
    const findings: PageFinding[] = [];
    let scripts = 0;
    let urls = 0;
    const rendered = new Map<string, boolean>();
    const pageFile = files.find((file) => file.includes(`${path.sep}en${path.sep}pages${path.sep}${page.slug}${path.sep}`));
    const serviceFile = files.find((file) => file.includes(`${path.sep}en${path.sep}services${path.sep}${service.slug}${path.sep}index.html`));
    const requestFile = files.find((file) => file.includes(`${path.sep}en${path.sep}services${path.sep}`) && file.endsWith(`${path.sep}request${path.sep}index.html`) && fs.readFileSync(file, 'utf8').includes('xss-breakout'));
    for (const file of files) {
      const result = inspectPage(path.relative(root ?? '', file), fs.readFileSync(file, 'utf8'));
      findings.push(...result.findings);
      scripts += result.scripts;
      urls += result.urls;
      if (file === pageFile || file === serviceFile) {
        // The hostile text is on the page, as text.
        const textContent = result.dom.window.document.body.textContent ?? '';
        for (const [name, value] of Object.entries(XSS)) rendered.set(`${name} on ${file === pageFile ? 'the page' : 'the service'}`, textContent.includes(value.trim()));
        const labels = [...result.dom.window.document.querySelectorAll('a')].map((anchor) => anchor.textContent ?? '');
        rendered.set(`hostile links kept as plain text on ${file === pageFile ? 'the page' : 'the service'}`, textContent.includes('hostile link 1') && !labels.some((label) => /hostile link [1-7]\b/.test(label)));
      }
    }
    if (requestFile) {
      const dom = new JSDOM(fs.readFileSync(requestFile, 'utf8'));
      const props = dom.window.document.querySelector('script[data-island-props]')?.textContent ?? '';
      // The parsed data holds the label exactly as the Editor wrote it: escaped in the page, not cut short.
      rendered.set('`</script>` break-out kept inside the form’s JSON', JSON.stringify(JSON.parse(props)).includes(JSON.stringify(XSS.breakout).slice(1, -1)));
    }

    const refused = uploads.filter((upload) => upload.status >= 400 && upload.status < 500);
    const accepted = uploads.filter((upload) => upload.status < 300);
    const tables: FigureTable[] = [
      {
        title: 'Active files uploaded by the Editor (admin POST /upload)',
        columns: ['file', 'declared type', 'answer'],
        rows: [...uploads.map((upload) => [`${upload.probe.name} (${upload.probe.file})`, upload.probe.claimedType, upload.status < 300 ? `${upload.status} stored at ${upload.url}` : `${upload.status} refused`]), [`${DISGUISED.name}`, DISGUISED.claimedType, disguised.status < 300 ? `${disguised.status} stored; served as ${disguisedHeaders?.get('content-type')}, ${disguisedHeaders?.get('x-content-type-options')}` : `${disguised.status} refused`]],
      },
      { title: 'Hostile content rendered as text', columns: ['check', 'result'], rows: [...rendered.entries()].map(([name, ok]) => [name, ok ? 'yes' : 'NO']) },
      ...(findings.length > 0 ? [{ title: 'Findings in the built pages', columns: ['page', 'problem'], rows: findings.slice(0, 30).map((finding) => [finding.file, finding.problem]) }] : []),
    ];
    writeFigures({
      id: '7-hostile-content',
      item: 7,
      title: 'Hostile content',
      durationSeconds: (Date.now() - started) / 1000,
      figures: [
        { label: 'site build from the hostile content', value: outcome.ok ? `succeeded in ${outcome.seconds.toFixed(0)} s` : 'FAILED' },
        { label: 'built pages parsed', value: files.length },
        { label: 'script elements checked / URL attributes checked', value: `${scripts} / ${urls}` },
        checked('executable scripts not from the site’s bundles, event-handler attributes, javascript:/vbscript:/data: links, embedding elements', findings.length, '= 0'),
        checked('hostile strings shown as text, not markup (checks passed)', [...rendered.values()].filter(Boolean).length, `= ${rendered.size}`),
        checked('rich-text links to javascript:, data: and vbscript: refused by the CMS (one try each)', linkAttempts.filter((attempt) => attempt.status === 400).length, `= ${BAD_URLS.length}`),
        { label: 'rows given those links directly in the database (past the CMS) for the build', value: patched },
        checked('active uploads refused (SVG, HTML, XHTML, JavaScript, XML)', refused.length, `= ${UPLOADS.length}`),
        { label: 'an SVG already in the library would be served with', value: `${legacyHeaders.get('content-type')}; nosniff: ${legacyHeaders.get('x-content-type-options') ?? 'no'}; CSP script-src: ${/script-src ([^;]+)/.exec(legacyCsp)?.[1] ?? 'none'}` },
      ],
      tables,
      notes: [
        `The Editor (admin API) published a page, a service and a service form with: ${Object.values(XSS).map((value) => `\`${value}\``).join(', ')}, and image blocks pointing at javascript: and data: URLs. Rich-text links to ${BAD_URLS.map((url) => `\`${JSON.stringify(url)}\``).join(', ')} are refused by Strapi's blocks validator, so the test writes them into the stored page and service rows directly before the build: the site must be safe even with content that never passed the CMS.`,
        'The site renders rich text with site/components/rich-text/render.ts (every text escaped, unsafe links as plain text) and embeds island data as JSON; every built HTML file (Pagefind’s own files aside) is parsed with jsdom.',
        'Uploads are refused by the upload plugin’s security.deniedTypes (cms/config/plugins.ts), checked against the declared type, the file name’s type and the detected type; everything served from /uploads carries X-Content-Type-Options: nosniff and the CMS’s CSP.',
      ],
    });

    if (findings.length > 0) console.error(findings.slice(0, 20));
    expect(linkAttempts.filter((attempt) => attempt.status !== 400)).toEqual([]);
    expect(patched, JSON.stringify(await queryRows(cms.env, 'SELECT id, document_id, locale, published_at FROM pages WHERE document_id = ?', [page.documentId]))).toBeGreaterThanOrEqual(2);
    expect(outcome.ok, outcome.log).toBe(true);
    expect(files.length).toBeGreaterThan(10);
    expect(pageFile && serviceFile && requestFile).toBeTruthy();
    expect(findings).toEqual([]);
    expect([...rendered.entries()].filter(([, ok]) => !ok).map(([name]) => name)).toEqual([]);
    expect(accepted.map((upload) => upload.probe.name)).toEqual([]);
    expect(refused.length).toBe(UPLOADS.length);
    // Anything that does get stored is served as what it claims, and never sniffed into a page.
    if (disguised.status < 300) {
      expect(disguisedHeaders?.get('content-type')).toBe('image/png');
      expect(disguisedHeaders?.get('x-content-type-options')).toBe('nosniff');
    }
    expect(legacyHeaders.get('x-content-type-options')).toBe('nosniff');
    expect(legacyCsp).toMatch(/script-src[^;]*'self'/);
    expect(legacyCsp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  });
});
