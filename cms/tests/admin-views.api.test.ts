import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminWording, typeNames } from '../src/admin-wording';
import { CMS_DIR, startSeededCms, type RunningCms } from './harness/cms';
import { adminLogin, jsonInit, request } from './harness/http';

/**
 * What editors and staff read in the admin: every field they can see has a label and a one-line
 * description in each admin language, entries are named by a title (never a key or id), and the
 * publisher's reports stay off the editor's home page.
 */
interface FieldMetadata {
  edit: { label?: string; description?: string; visible?: boolean; editable?: boolean };
  list: { label?: string };
}
interface Configuration {
  settings: { mainField?: string };
  metadatas: Record<string, FieldMetadata>;
  layouts: { list: string[]; edit: { name: string; size: number }[][] };
}

const ADMIN = { email: 'admin@test.example', password: 'Admin-Password-1' };
const SYSTEM_FIELDS = new Set(['id', 'documentId', 'locale', 'localizations', 'createdBy', 'updatedBy']);

/** Our content types and components, read from the source tree (Strapi's own are not ours to word). */
function ourModels(): { uid: string; kind: 'content-types' | 'components' }[] {
  const models: { uid: string; kind: 'content-types' | 'components' }[] = [];
  const apiDir = path.join(CMS_DIR, 'src', 'api');
  for (const api of fs.readdirSync(apiDir)) {
    const typesDir = path.join(apiDir, api, 'content-types');
    if (!fs.existsSync(typesDir)) continue;
    for (const type of fs.readdirSync(typesDir)) models.push({ uid: `api::${api}.${type}`, kind: 'content-types' });
  }
  const componentsDir = path.join(CMS_DIR, 'src', 'components');
  for (const category of fs.readdirSync(componentsDir)) {
    for (const file of fs.readdirSync(path.join(componentsDir, category))) models.push({ uid: `${category}.${file.replace(/\.json$/, '')}`, kind: 'components' });
  }
  return models;
}

let cms: RunningCms;
let adminToken: string;
const configurations = new Map<string, Configuration>();

beforeAll(async () => {
  cms = await startSeededCms({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password });
  adminToken = await adminLogin(cms.url, ADMIN.email, ADMIN.password);
  for (const { uid, kind } of ourModels()) {
    const response = await request<{ data: { contentType?: Configuration; component?: Configuration } }>(`${cms.url}/content-manager/${kind}/${uid}/configuration`, {
      headers: { Authorization: `Bearer ${adminToken}` },
    });
    expect(response.status, uid).toBe(200);
    const configuration = response.body.data.contentType ?? response.body.data.component;
    if (configuration) configurations.set(uid, configuration);
  }
});
afterAll(async () => {
  await cms?.stop();
});

describe('the admin speaks the editors\' language', () => {
  it('reads every content type and component of ours', () => {
    expect(configurations.size).toBe(ourModels().length);
    expect(configurations.size).toBeGreaterThan(25);
  });

  it('every field an editor sees has a stored label and description, never the code\'s name', () => {
    const problems: string[] = [];
    for (const [uid, configuration] of configurations) {
      for (const [field, meta] of Object.entries(configuration.metadatas)) {
        if (SYSTEM_FIELDS.has(field) || meta.edit.visible === false) continue;
        const placed = configuration.layouts.edit.flat().some((cell) => cell.name === field) || configuration.layouts.list.includes(field);
        if (!placed) continue;
        if (!meta.edit.label || meta.edit.label === field) problems.push(`${uid}.${field}: label "${meta.edit.label ?? ''}"`);
        if (!meta.edit.description?.trim() && configuration.layouts.edit.flat().some((cell) => cell.name === field)) problems.push(`${uid}.${field}: no description`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('each admin language words every field an editor sees, and nothing that does not exist', () => {
    const problems: string[] = [];
    for (const [locale, wording] of Object.entries(adminWording)) {
      for (const [uid, configuration] of configurations) {
        for (const [field, meta] of Object.entries(configuration.metadatas)) {
          if (SYSTEM_FIELDS.has(field) || meta.edit.visible === false) continue;
          const words = wording[uid]?.[field] ?? wording['*']?.[field];
          if (!words?.label.trim() || !words.description.trim()) problems.push(`${locale}: ${uid}.${field}`);
        }
      }
      for (const [uid, fields] of Object.entries(wording)) {
        if (uid === '*') continue;
        const configuration = configurations.get(uid);
        if (!configuration) problems.push(`${locale}: ${uid} is not a model`);
        else for (const field of Object.keys(fields)) if (!(field in configuration.metadatas)) problems.push(`${locale}: ${uid}.${field} is not a field`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('names every content type in the menus in each admin language', () => {
    const apiDir = path.join(CMS_DIR, 'src', 'api');
    for (const { uid, kind } of ourModels()) {
      if (kind !== 'content-types') continue;
      const [api, type] = uid.replace('api::', '').split('.');
      const schema = JSON.parse(fs.readFileSync(path.join(apiDir, api ?? '', 'content-types', type ?? '', 'schema.json'), 'utf8')) as { info: { displayName: string } };
      for (const [locale, names] of Object.entries(typeNames)) expect(names[schema.info.displayName]?.trim(), `${locale}: ${schema.info.displayName}`).toBeTruthy();
    }
  });

  it('entries are named by a title in lists, relations and form questions, never an id or key', () => {
    const keyLike = new Set(['id', 'documentId', 'key', 'code', 'slug', 'value']);
    for (const [uid, configuration] of configurations) expect(keyLike.has(configuration.settings.mainField ?? 'id'), `${uid} mainField ${configuration.settings.mainField}`).toBe(false);
    expect(configurations.get('form-field.short-text')?.settings.mainField).toBe('label');
    expect(configurations.get('api::service.service')?.layouts.list).toEqual(['title', 'department', 'audience', 'serviceForm', 'updatedAt']);
    expect(configurations.get('api::service-form.service-form')?.layouts.list).toEqual(expect.arrayContaining(['title', 'code', 'department', 'divisionKey']));
  });

  it('the list of forms shows each form\'s number of questions, which the content API never serves', async () => {
    const auth = { headers: { Authorization: `Bearer ${adminToken}` } };
    const uid = 'api::service-form.service-form';
    const list = await request<{ results: { documentId: string; questionCount: number | null }[] }>(`${cms.url}/content-manager/collection-types/${uid}?locale=en`, auth);
    expect(list.body.results.length).toBeGreaterThan(0);
    for (const form of list.body.results) {
      const one = await request<{ data: { fields: unknown[] } }>(`${cms.url}/content-manager/collection-types/${uid}/${form.documentId}?locale=en`, auth);
      expect(form.questionCount, form.documentId).toBe(one.body.data.fields.length);
      expect(form.questionCount).toBeGreaterThan(0);
    }
    const publicForms = await request<{ data: Record<string, unknown>[] }>(`${cms.url}/api/service-forms?locale=en`);
    expect(publicForms.status).toBe(200);
    for (const form of publicForms.body.data) expect(form).not.toHaveProperty('questionCount');
  });

  it('internal fields are read-only or hidden', () => {
    const request = configurations.get('api::service-request.service-request');
    for (const field of ['idempotencyKey', 'contactEmailHash', 'fingerprint']) expect(request?.metadatas[field]?.edit.visible, field).toBe(false);
    for (const field of ['reference', 'answers', 'formSnapshot']) expect(request?.metadatas[field]?.edit.editable, field).toBe(false);
    expect(configurations.get('api::open311.open311-client')?.metadatas.keyHash?.edit.visible).toBe(false);
    expect(configurations.get('api::site-build.site-build')?.metadatas.log?.edit.editable).toBe(false);
  });

  it('the publisher\'s reports stay off the editor\'s home page, and stay readable in the content manager', async () => {
    const uid = 'api::site-build.site-build';
    const created = await request(`${cms.url}/content-manager/collection-types/${uid}`, jsonInit('POST', { outcome: 'failed', buildId: 'test-build', startedAt: new Date().toISOString(), finishedAt: new Date().toISOString(), problem: 'A test report' }, adminToken));
    expect(created.status).toBe(201);
    const editorToken = await adminLogin(cms.url, cms.editor.email, cms.editor.password);
    const home = await request<{ data: { contentTypeUid: string }[] }>(`${cms.url}/content-manager/homepage/recent-documents?action=update`, { headers: { Authorization: `Bearer ${editorToken}` } });
    expect(home.status).toBe(200);
    expect(home.body.data.length).toBeGreaterThan(0);
    expect(home.body.data.map((entry) => entry.contentTypeUid)).not.toContain(uid);
    const list = await request<{ results: { buildId: string }[] }>(`${cms.url}/content-manager/collection-types/${uid}`, { headers: { Authorization: `Bearer ${editorToken}` } });
    expect(list.status).toBe(200);
    expect(list.body.results.map((entry) => entry.buildId)).toContain('test-build');
  });

  it('refuses to save a form whose condition uses a later answer, naming the field, and saves a form whose conditions hold together', async () => {
    const uid = 'api::service-form.service-form';
    const editorToken = await adminLogin(cms.url, cms.editor.email, cms.editor.password);
    const question = (key: string, showWhen?: Record<string, unknown>) => ({ __component: 'form-field.single-choice', key, label: key, options: [{ value: 'yes', label: 'Yes' }], ...(showWhen ? { showWhen } : {}) });
    const data = (fields: unknown[]) => ({ code: `logic-${fields.length}-${Date.now()}`, title: 'Logic', fields });
    const broken = await request<{ error: { details: { errors: { path: string[]; message: string }[] } } }>(
      `${cms.url}/content-manager/collection-types/${uid}?locale=en`,
      jsonInit('POST', data([question('first', { question: 'second', operator: 'equals', values: 'yes' }), question('second')]), editorToken),
    );
    expect(broken.status).toBe(400);
    expect(broken.body.error.details.errors).toEqual([
      {
        path: ['fields', '0', 'showWhen', 'question'],
        message: 'the condition refers to "second", which is not asked before it: a condition may only use earlier answers',
        name: 'ValidationError',
        code: 'condition-later-question',
        params: { question: 'second' },
      },
    ]);
    const sound = await request(`${cms.url}/content-manager/collection-types/${uid}?locale=en`, jsonInit('POST', data([question('first'), question('second', { question: 'first', operator: 'equals', values: 'yes' }), question('third')]), editorToken));
    expect(sound.status).toBe(201);
  });

  it('the pickers (custom fields of plugins/form-logic) store answer names as text with the same rules as before', async () => {
    const uid = 'api::service-form.service-form';
    const editorToken = await adminLogin(cms.url, cms.editor.email, cms.editor.password);
    const kind = { __component: 'form-field.single-choice', key: 'kind', label: 'Kind', options: [{ value: 'pothole', label: 'Pothole' }] };
    const save = (extra: Record<string, unknown>) =>
      request<{ error?: { details: { errors: { path: string[] }[] } }; data?: { steps: { startsAt: string; showWhen: { question: string; values: string } }[] } }>(
        `${cms.url}/content-manager/collection-types/${uid}?locale=en`,
        jsonInit('POST', { code: `pickers-${Date.now()}-${Math.random().toString(36).slice(2, 6)}`, title: 'Pickers', fields: [kind, { __component: 'form-field.short-text', key: 'where', label: 'Where' }], ...extra }, editorToken),
      );
    // Not an answer name: the attributes' regex still refuses it, on the field, before the form logic runs.
    const refused = await save({ steps: [{ title: 'One', startsAt: 'Kind of problem', showWhen: { question: 'kind', operator: 'equals', values: 'pothole' } }] });
    expect(refused.status).toBe(400);
    expect(refused.body.error?.details.errors.map((error) => error.path.join('.'))).toEqual(['steps.0.startsAt']);
    const tooLong = await save({ exitPages: [{ title: 'Out', body: 'Call us.', showWhen: { question: 'kind', operator: 'one_of', values: 'pothole\n'.repeat(300) } }] });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error?.details.errors.map((error) => error.path.join('.'))).toEqual(['exitPages.0.showWhen.values']);
    const saved = await save({ steps: [{ title: 'Two', startsAt: 'where', showWhen: { question: 'kind', operator: 'one_of', values: 'pothole' } }] });
    expect(saved.status).toBe(201);
    expect(saved.body.data?.steps[0]).toMatchObject({ startsAt: 'where', showWhen: { question: 'kind', values: 'pothole' } });
  });

  it('words the refusal to save a form in the editor’s admin language (Spanish), naming the field', async () => {
    const uid = 'api::service-form.service-form';
    const editorToken = await adminLogin(cms.url, cms.editor.email, cms.editor.password);
    const setLanguage = (preferedLanguage: string | null) => request(`${cms.url}/admin/users/me`, jsonInit('PUT', { preferedLanguage }, editorToken));
    expect((await setLanguage('es')).status).toBe(200);
    try {
      const fields = [
        { __component: 'form-field.single-choice', key: 'kind', label: 'Kind', options: [{ value: 'pothole', label: 'Pothole' }] },
        { __component: 'form-field.short-text', key: 'where', label: 'Where', showWhen: { question: 'kind', operator: 'equals', values: 'sinkhole' } },
      ];
      const broken = await request<{ error: { message: string; details: { errors: { path: string[]; message: string; code: string }[] } } }>(
        `${cms.url}/content-manager/collection-types/${uid}?locale=en`,
        jsonInit('POST', { code: `logica-${Date.now()}`, title: 'Lógica', fields }, editorToken),
      );
      expect(broken.status).toBe(400);
      expect(broken.body.error.details.errors).toEqual([
        expect.objectContaining({ path: ['fields', '1', 'showWhen', 'values'], code: 'condition-unknown-option', message: '«sinkhole» no es una opción de «Kind» (sus opciones: Pothole)' }),
      ]);
      expect(broken.body.error.message).toBe('«sinkhole» no es una opción de «Kind» (sus opciones: Pothole)');
    } finally {
      expect((await setLanguage(null)).status).toBe(200);
    }
  });

  it('offers no preview for an alert, which has no page of its own (tests/preview.api.test.ts covers the rest)', async () => {
    const editorToken = await adminLogin(cms.url, cms.editor.email, cms.editor.password);
    const alerts = await request<{ results: { documentId: string }[] }>(`${cms.url}/content-manager/collection-types/api::alert.alert?locale=en`, { headers: { Authorization: `Bearer ${editorToken}` } });
    const documentId = alerts.body.results[0]?.documentId;
    expect(documentId).toBeTruthy();
    const preview = await request(`${cms.url}/content-manager/preview/url/api::alert.alert?documentId=${documentId}&locale=en&status=draft`, { headers: { Authorization: `Bearer ${editorToken}` } });
    // 204 hides the panel; 404 would make the admin show "Set up preview".
    expect(preview.status).toBe(204);
  });
});
