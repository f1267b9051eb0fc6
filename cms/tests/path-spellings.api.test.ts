import crypto from 'node:crypto';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSeededCms, type RunningCms } from './harness/cms';
import { adminLogin, jsonInit, request } from './harness/http';
import { SPELLINGS, spell, type Spelling } from './harness/spellings';
import { CONTACT, FILE_BYTES, formFields, newKey, postForm, publishedForms, queryDatabase, validAnswers } from './service-requests.helpers';

/**
 * Every check holds on every spelling of its path: drafts are never served without a log-in, the
 * Editor never lists, reads or deletes a resident's attachment, and the submission guard's
 * 415/411/413/429 answer whatever the spelling of the submit path.
 */
const SUBMIT_PATH = '/api/service-requests/submit';
const SUBMIT_MAX = 2;
const MARKER = `SECRET DRAFT TEXT ${crypto.randomBytes(4).toString('hex')}`;
const EDITORIAL = ['api::page.page', 'api::service.service'] as const;

let cms: RunningCms;
let editorToken: string;

beforeAll(async () => {
  cms = await startSeededCms({
    RATE_LIMIT_SUBMIT_MAX: String(SUBMIT_MAX),
    // The island's JSON posts would go on past the allowance with a challenge; at the ceiling the
    // guard refuses them, which is what the 429 on every spelling checks.
    RATE_LIMIT_SUBMIT_CEILING: String(SUBMIT_MAX),
    RATE_LIMIT_SUBMIT_WINDOW_MS: '600000',
    REQUEST_MAX_BODY_MB: '1',
    OUTBOX_WORKER: 'false',
  });
  editorToken = await adminLogin(cms.url, cms.editor.email, cms.editor.password);
});
afterAll(async () => {
  await cms?.stop();
});

interface RawAnswer {
  status: number;
  text: string;
}

/** No answer within this time is status 0 (a body parser waiting for a body that never comes). */
const ANSWER_TIMEOUT_MS = 5_000;

/** A request with the path sent byte for byte as written (fetch and URL keep it too, but this says so). */
function raw(method: string, path: string, headers: Record<string, string> = {}, body?: string | string[]): Promise<RawAnswer> {
  const url = new URL(cms.url);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: url.hostname, port: url.port, path, method, headers, timeout: ANSWER_TIMEOUT_MS }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, text });
        // A body declared but never sent (the 413 case): the answer came, the request is done.
        req.destroy();
      });
    });
    req.on('timeout', () => {
      resolve({ status: 0, text: `no answer within ${ANSWER_TIMEOUT_MS} ms` });
      req.destroy();
    });
    req.on('error', reject);
    if (Array.isArray(body)) for (const chunk of body) req.write(chunk);
    else if (body !== undefined) req.write(body);
    if (body !== undefined || !headers['content-length']) req.end();
    else req.flushHeaders();
  });
}

const adminGet = (path: string) => raw('GET', path, { authorization: `Bearer ${editorToken}`, accept: 'application/json' });

describe('drafts on every spelling of the content API', () => {
  beforeAll(async () => {
    // The Editor saves a draft (not published) with the marker in the summary.
    for (const uid of EDITORIAL) {
      const base = `${cms.url}/content-manager/collection-types/${uid}`;
      const list = await request<{ results: { documentId: string }[] }>(`${base}?page=1&pageSize=1&locale=en`, { headers: { authorization: `Bearer ${editorToken}` } });
      const documentId = list.body.results[0]?.documentId;
      if (!documentId) throw new Error(`no ${uid} to edit`);
      const saved = await request(`${base}/${documentId}?locale=en`, jsonInit('PUT', { summary: MARKER }, editorToken));
      if (saved.status !== 200) throw new Error(`could not save a draft of ${uid}: ${saved.status}`);
    }
  });

  it('the draft exists and the canonical path refuses status=draft (the check can see a leak)', async () => {
    const editorView = await request(`${cms.url}/content-manager/collection-types/api::page.page?page=1&pageSize=10&locale=en`, { headers: { authorization: `Bearer ${editorToken}` } });
    expect(JSON.stringify(editorView.body)).toContain(MARKER);
    for (const path of ['/api/pages', '/api/services']) {
      const answer = await raw('GET', `${path}?locale=en&status=draft`);
      expect(answer.status, path).toBe(400);
      expect(answer.text).not.toContain(MARKER);
    }
  });

  it.each(SPELLINGS)('never serves a draft to anyone on %s', async (spelling: Spelling) => {
    for (const path of ['/api/pages', '/api/services']) {
      for (const query of ['?locale=en&status=draft', '?status=draft', '?locale=en&status=draft&pagination[pageSize]=100']) {
        const spelled = spell(path, spelling) + query;
        const answer = await raw('GET', spelled, { accept: 'application/json' });
        expect(answer.text, spelled).not.toContain(MARKER);
        expect([400, 404], `${spelled}: ${answer.status}`).toContain(answer.status);
      }
    }
  });
});

describe("a resident's attachment on every spelling of the media library", () => {
  let fileId = 0;
  let storedName = '';

  beforeAll(async () => {
    const website = (await publishedForms(cms, 'en')).get('website-problem');
    if (!website) throw new Error('website-problem is not published');
    const key = newKey();
    const posted = await postForm(cms, [...formFields({ formCode: website.code, locale: 'en', answers: validAnswers(website), contact: CONTACT, idempotencyKey: key }), ['answers[screenshot]', FILE_BYTES.png(), 'private-router.png']], { multipart: true, json: true });
    if (posted.status !== 201) throw new Error(`the submission with a file failed: ${posted.status} ${posted.text}`);
    const [row] = await queryDatabase<{ id: number; url: string }>(cms, "SELECT id, url FROM files WHERE url LIKE '/private-uploads/%'");
    if (!row) throw new Error('no private file stored');
    fileId = Number(row.id);
    storedName = row.url.replace('/private-uploads/', '');
  });

  const showsPrivateFile = (text: string) => text.includes(storedName) || text.includes('private-router.png') || text.includes('/private-uploads/');

  it('the Editor reads the media library on the canonical path, without the attachment', async () => {
    const library = await adminGet('/upload/files?page=1&pageSize=100');
    expect(library.status).toBe(200);
    expect(showsPrivateFile(library.text)).toBe(false);
  });

  it.each(SPELLINGS)('the Editor never lists, reads or deletes it on %s', async (spelling: Spelling) => {
    const list = spell('/upload/files', spelling) + '?page=1&pageSize=100';
    const listed = await adminGet(list);
    expect(showsPrivateFile(listed.text), list).toBe(false);
    expect([200, 404], `${list}: ${listed.status}`).toContain(listed.status);

    const one = spell('/upload/files/:id', spelling).replace(':id', String(fileId));
    const read = await adminGet(one);
    expect(showsPrivateFile(read.text), one).toBe(false);
    expect(read.status, one).toBe(404);

    const removed = await raw('DELETE', one, { authorization: `Bearer ${editorToken}`, accept: 'application/json' });
    // 405: a spelling in another letter case is no route; only the site's static GET route matches it.
    expect([404, 405], `DELETE ${one}: ${removed.status}`).toContain(removed.status);
    const [still] = await queryDatabase<{ id: number }>(cms, 'SELECT id FROM files WHERE id = ?', [fileId]);
    expect(Number(still?.id)).toBe(fileId);
  });
});

describe('the submission guard on every spelling of the submit path', () => {
  const FORM = 'application/x-www-form-urlencoded';

  it.each(SPELLINGS)('refuses a JSON body with 415 on %s', async (spelling: Spelling) => {
    const body = JSON.stringify({ formCode: 'wifi-outage' });
    const answer = await raw('POST', spell(SUBMIT_PATH, spelling), { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), accept: 'application/json' }, body);
    expect(answer.status).toBe(415);
  });

  it.each(SPELLINGS)('asks for a declared length (411) on %s', async (spelling: Spelling) => {
    const answer = await raw('POST', spell(SUBMIT_PATH, spelling), { 'content-type': FORM, 'transfer-encoding': 'chunked', accept: 'application/json' }, ['formCode=wifi-outage&', 'locale=en']);
    expect(answer.status).toBe(411);
  });

  it.each(SPELLINGS)('refuses a declared length over REQUEST_MAX_BODY_MB with 413 before reading it, on %s', async (spelling: Spelling) => {
    // Multipart: past the guard, the parser would take up to its own default (about 200 MB) and wait
    // for the body. Nothing is sent after the headers: the answer must come from the declared length.
    const type = 'multipart/form-data; boundary=spellings';
    const answer = await raw('POST', spell(SUBMIT_PATH, spelling), { 'content-type': type, 'content-length': String(2 * 1024 * 1024), accept: 'application/json' });
    expect(answer.status).toBe(413);
  });

  it('answers 429 on every spelling once the address used its submissions', async () => {
    const form = (await publishedForms(cms, 'en')).get('wifi-outage');
    if (!form) throw new Error('wifi-outage is not published');
    const input = () => ({ formCode: form.code, locale: 'en', answers: validAnswers(form), contact: CONTACT, idempotencyKey: newKey() });
    // The attachment's submission was one; the rest reach the limit.
    for (let i = 0; i < SUBMIT_MAX; i += 1) await postForm(cms, formFields(input()), { json: true });
    expect((await postForm(cms, formFields(input()), { json: true })).status).toBe(429);
    for (const spelling of SPELLINGS) {
      const body = new URLSearchParams(formFields(input())).toString();
      const answer = await raw('POST', spell(SUBMIT_PATH, spelling), { 'content-type': FORM, 'content-length': String(Buffer.byteLength(body)), accept: 'application/json' }, body);
      expect(answer.status, spelling).toBe(429);
    }
  });
});

describe('paths that would name another route once decoded', () => {
  it.each(['/api/pages%2F..%2Fservices', '/api/pag%zzes', '/api/pages%00', '/upload/files/%2e%2e/1', '/api/./pages', '/api/x/../pages'])('refuses %s with 400', async (path) => {
    const answer = await raw('GET', path, { accept: 'application/json' });
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.text)).toMatchObject({ error: { status: 400, details: { key: 'path' } } });
  });

  it('serves the canonical spellings of a public read like the canonical path', async () => {
    const canonical = await raw('GET', '/api/pages?locale=en');
    expect(canonical.status).toBe(200);
    for (const path of ['/api/pages/', '//api//pages', '/%61pi/%70ages', '/api/pag%65s', '/api//pages/']) {
      const answer = await raw('GET', `${path}?locale=en`);
      expect(answer.status, path).toBe(200);
      expect(answer.text, path).toBe(canonical.text);
    }
    expect((await raw('GET', '/API/pages?locale=en')).status).toBe(404);
  });
});
