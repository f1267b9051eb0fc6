import { LOCALES } from '@city/shared/locales';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSeed, startSeededCms, type RunningCms } from './harness/cms';
import { adminLogin, graphql, jsonInit, request } from './harness/http';

interface Paged<T> {
  data: T[];
  meta: { pagination: { total: number } };
}
interface Division {
  key: string;
  name: string;
  responsibilities: { text: string }[];
}
interface Department {
  documentId: string;
  name: string;
  slug: string;
  summary: string;
  divisions: Division[];
  goals: { text: string }[];
  documents: { title: string; url: string }[];
  contact: { phone: string; email: string } | null;
  services: { slug: string }[];
}

const COLLECTIONS = ['departments', 'services', 'service-forms', 'pages', 'alerts'] as const;

let cms: RunningCms;

const ADMIN = { email: 'admin@test.example', password: 'Admin-Password-1' };
const TRIAGE = { email: 'triage@test.example', password: 'Triage-Password-1' };

beforeAll(async () => {
  cms = await startSeededCms({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, TRIAGE_EMAIL: TRIAGE.email, TRIAGE_PASSWORD: TRIAGE.password });
});
afterAll(async () => {
  await cms?.stop();
});

async function totals(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const locale of LOCALES) {
    for (const plural of COLLECTIONS) {
      const { status, body } = await request<Paged<unknown>>(`${cms.url}/api/${plural}?locale=${locale}&pagination[pageSize]=1`);
      expect(status, `${plural} ${locale}`).toBe(200);
      counts[`${plural}:${locale}`] = body.meta.pagination.total;
    }
  }
  return counts;
}

interface AdminRole {
  id: number;
  code: string;
}

describe('the demo accounts of the first start', () => {
  const bearer = (token: string) => ({ headers: { Authorization: `Bearer ${token}` } });

  it('the administrator is a super admin who can invite the city\'s staff', async () => {
    const token = await adminLogin(cms.url, ADMIN.email, ADMIN.password);
    const me = await request<{ data: { roles: AdminRole[] } }>(`${cms.url}/admin/users/me`, bearer(token));
    expect(me.body.data.roles.map((role) => role.code)).toContain('strapi-super-admin');
    const roles = await request<{ data: AdminRole[] }>(`${cms.url}/admin/roles`, bearer(token));
    const editorRole = roles.body.data.find((role) => role.code === 'strapi-editor');
    expect(editorRole, 'the Editor role set in code').toBeDefined();
    const invited = await request<{ data: { registrationToken: string | null; isActive: boolean } }>(
      `${cms.url}/admin/users`,
      jsonInit('POST', { email: 'new.editor@test.example', firstname: 'New', lastname: 'Editor', roles: [editorRole?.id] }, token),
    );
    expect(invited.status).toBe(201);
    expect(invited.body.data.registrationToken).toMatch(/\w{20,}/);
    expect(invited.body.data.isActive).toBe(false);
  });

  it('the triage officer signs in; the editor cannot invite anyone', async () => {
    await expect(adminLogin(cms.url, TRIAGE.email, TRIAGE.password)).resolves.toMatch(/\S+/);
    const editorToken = await adminLogin(cms.url, cms.editor.email, cms.editor.password);
    const invited = await request(`${cms.url}/admin/users`, jsonInit('POST', { email: 'x@test.example', firstname: 'X', lastname: 'Y', roles: [1] }, editorToken));
    expect(invited.status).toBe(403);
  });
});

describe('the demo city seed', () => {
  it('is idempotent: a second run creates nothing and the counts stay equal', async () => {
    const before = await totals();
    expect(before['departments:en']).toBe(1);
    expect(before['services:en']).toBeGreaterThanOrEqual(8);
    expect(before['service-forms:en']).toBeGreaterThanOrEqual(5);
    expect(before['alerts:en']).toBeGreaterThanOrEqual(1);
    for (const plural of COLLECTIONS) expect(before[`${plural}:es`], plural).toBe(before[`${plural}:en`]);
    // Arabic and Amharic: the department, every page, the alert, every service and every service form.
    for (const locale of ['ar', 'am']) {
      expect(before[`departments:${locale}`], locale).toBe(1);
      expect(before[`pages:${locale}`], locale).toBe(before['pages:en']);
      expect(before[`alerts:${locale}`], locale).toBe(before['alerts:en']);
      expect(before[`services:${locale}`], locale).toBe(before['services:en']);
      expect(before[`service-forms:${locale}`], locale).toBe(before['service-forms:en']);
    }

    const output = await runSeed(cms.env);
    expect(output).toMatch(/Demo city: 0 locale versions created/);
    expect(await totals()).toEqual(before);
  });

  it('uses every form field type across its service forms', async () => {
    const { body } = await request<Paged<{ code: string; fields: { __component: string }[] }>>(`${cms.url}/api/service-forms?locale=en`);
    const used = new Set(body.data.flatMap((form) => form.fields.map((field) => field.__component)));
    for (const type of ['short-text', 'long-text', 'email', 'phone', 'number', 'date', 'single-choice', 'multiple-choice', 'checkbox', 'address', 'file-upload', 'location']) {
      expect(used, type).toContain(`form-field.${type}`);
    }
  });
});

describe('public reads', () => {
  it('return the department populated with all eight divisions, goals, documents and contact', async () => {
    const { status, body } = await request<Paged<Department>>(`${cms.url}/api/departments?filters[slug][$eq]=information-technology-services`);
    expect(status).toBe(200);
    const [department] = body.data;
    expect(department.divisions).toHaveLength(8);
    expect(department.divisions.every((division) => division.responsibilities.length > 0)).toBe(true);
    expect(department.goals.length).toBeGreaterThanOrEqual(6);
    expect(department.documents.length).toBeGreaterThanOrEqual(2);
    expect(department.contact?.email).toMatch(/@/);
    expect(department.services.length).toBeGreaterThanOrEqual(8);
  });

  it('return Spanish text for the Spanish locale, with the same divisions', async () => {
    const path = '/api/departments?filters[slug][$eq]=information-technology-services';
    const en = (await request<Paged<Department>>(`${cms.url}${path}&locale=en`)).body.data[0];
    const es = (await request<Paged<Department>>(`${cms.url}${path}&locale=es`)).body.data[0];
    expect(es.documentId).toBe(en.documentId);
    expect(es.name).not.toBe(en.name);
    expect(es.summary).not.toBe(en.summary);
    expect(es.divisions.map((d) => d.key)).toEqual(en.divisions.map((d) => d.key));
    expect(`${es.name} ${es.summary}`).toMatch(/[áéíóúñ]|\b(de|la|los|las|y)\b/i);
  });

  it('return Arabic and Amharic text in their own scripts, with the same divisions', async () => {
    const path = '/api/departments?filters[slug][$eq]=information-technology-services';
    const en = (await request<Paged<Department>>(`${cms.url}${path}&locale=en`)).body.data[0];
    for (const [locale, script] of [['ar', /\p{Script=Arabic}/u], ['am', /\p{Script=Ethiopic}/u]] as const) {
      const translated = (await request<Paged<Department>>(`${cms.url}${path}&locale=${locale}`)).body.data[0];
      expect(translated.documentId).toBe(en.documentId);
      expect(translated.name).toMatch(script);
      expect(translated.divisions.map((d) => d.key)).toEqual(en.divisions.map((d) => d.key));
      const global = await graphql<{ global: { siteName: string } | null }>(cms.url, 'query($locale: I18NLocaleCode) { global(locale: $locale) { siteName } }', { locale });
      expect(global.body.data?.global?.siteName).toMatch(script);
    }
  });

  it('return every service in Arabic and Amharic, in its own script, with its form in the same language', async () => {
    type Listed = { slug: string; title: string; summary: string; topic: string; serviceForm: { code: string; locale: string | null } | null };
    const servicesIn = async (locale: string) => {
      const { body } = await graphql<{ services: Listed[] }>(
        cms.url,
        'query($locale: I18NLocaleCode) { services(locale: $locale, pagination: { limit: 100 }) { slug title summary topic serviceForm { code locale } } }',
        { locale },
      );
      expect(body.errors, locale).toBeUndefined();
      return new Map((body.data?.services ?? []).map((service) => [service.slug, service]));
    };
    const en = await servicesIn('en');
    for (const [locale, script] of [['ar', /\p{Script=Arabic}/u], ['am', /\p{Script=Ethiopic}/u]] as const) {
      const translated = await servicesIn(locale);
      expect([...translated.keys()].sort(), locale).toEqual([...en.keys()].sort());
      for (const [slug, service] of translated) {
        for (const text of [service.title, service.summary, service.topic]) expect(text, `${slug} (${locale})`).toMatch(script);
        // The start button leads to the form in the reader's language, never to another language's.
        const form = en.get(slug)?.serviceForm;
        expect(service.serviceForm, `${slug} (${locale})`).toEqual(form ? { code: form.code, locale } : null);
      }
    }
  });

  it('populate the service form fields over REST and GraphQL, in Spanish too', async () => {
    const { body } = await graphql<{ serviceForms: { code: string; title: string; fields: { __typename: string }[] }[] }>(
      cms.url,
      'query($locale: I18NLocaleCode) { serviceForms(locale: $locale) { code title fields { __typename } } }',
      { locale: 'es' },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.serviceForms.length).toBeGreaterThanOrEqual(5);
    expect(body.data?.serviceForms.every((form) => form.fields.length > 0)).toBe(true);
  });

  it('serve every service form over GraphQL in Arabic and Amharic, with English\'s questions, options, steps, exit pages and conditions', async () => {
    type Condition = { question: string; operator: string; values: string | null } | null;
    type Form = {
      code: string;
      title: string;
      fields: { __typename: string; key?: string; label?: string; showWhen?: Condition; options?: { value: string; label: string }[] }[];
      steps: { title: string; startsAt: string; showWhen: Condition }[] | null;
      exitPages: { title: string; body: string; showWhen: Condition }[] | null;
      responseTime: string | null;
      confirmationText: string | null;
    };
    const condition = 'showWhen { question operator values }';
    const fields = ['ShortText', 'LongText', 'Email', 'Phone', 'Number', 'Date', 'Checkbox', 'Address', 'Location', 'FileUpload']
      .map((type) => `... on ComponentFormField${type} { key label ${condition} }`)
      .concat(['SingleChoice', 'MultipleChoice'].map((type) => `... on ComponentFormField${type} { key label ${condition} options { value label } }`))
      .join(' ');
    const query = `query($locale: I18NLocaleCode) { serviceForms(locale: $locale, sort: "code", pagination: { limit: 100 }) {
      code title responseTime confirmationText fields { __typename ${fields} } steps { title startsAt ${condition} } exitPages { title body ${condition} } } }`;
    const formsIn = async (locale: string) => {
      const { body } = await graphql<{ serviceForms: Form[] }>(cms.url, query, { locale });
      expect(body.errors, locale).toBeUndefined();
      return body.data?.serviceForms ?? [];
    };
    // What is the same in every language: the form's logic, not its words.
    const logic = (form: Form) => ({
      code: form.code,
      fields: form.fields.map(({ __typename, key, showWhen, options }) => ({ __typename, key, showWhen, values: options?.map((option) => option.value) })),
      steps: form.steps?.map(({ startsAt, showWhen }) => ({ startsAt, showWhen })),
      exitPages: form.exitPages?.map(({ showWhen }) => showWhen),
    });
    const english = await formsIn('en');
    expect(english.some((form) => (form.steps?.length ?? 0) > 1 && (form.exitPages?.length ?? 0) > 0), 'a form with steps and an exit page').toBe(true);
    for (const [locale, script] of [['ar', /\p{Script=Arabic}/u], ['am', /\p{Script=Ethiopic}/u]] as const) {
      const translated = await formsIn(locale);
      expect(translated.map(logic), locale).toEqual(english.map(logic));
      for (const form of translated) {
        const texts = [form.title, form.responseTime, form.confirmationText, ...form.fields.map((field) => field.label), ...(form.steps ?? []).map((step) => step.title), ...(form.exitPages ?? []).flatMap((exit) => [exit.title, exit.body])];
        for (const text of texts) expect(text, `${locale}: ${form.code}`).toMatch(script);
      }
    }
  });

  it('never return drafts, over REST or GraphQL', async () => {
    const token = await adminLogin(cms.url, cms.editor.email, cms.editor.password);
    const created = await request<{ data: { documentId: string } }>(
      `${cms.url}/content-manager/collection-types/api::page.page?locale=en`,
      jsonInit('POST', { title: 'Unpublished draft page', slug: 'unpublished-draft-page', summary: 'secret' }, token),
    );
    expect(created.status).toBe(201);
    const documentId = created.body.data.documentId;

    const list = await request<Paged<{ slug: string }>>(`${cms.url}/api/pages?filters[slug][$eq]=unpublished-draft-page`);
    expect(list.status).toBe(200);
    expect(list.body.data).toEqual([]);
    expect((await request(`${cms.url}/api/pages/${documentId}`)).status).toBe(404);
    expect((await request(`${cms.url}/api/pages?status=draft`)).status).toBe(400);

    const asDraft = await graphql(cms.url, 'query { pages(status: DRAFT) { slug } }');
    expect(asDraft.body.errors?.[0]?.message).toMatch(/published/i);
    expect(JSON.stringify(asDraft.body)).not.toContain('unpublished-draft-page');
    const published = await graphql<{ pages: { slug: string }[] }>(cms.url, 'query { pages(pagination: { limit: 100 }) { slug } }');
    expect(published.body.data?.pages.map((p) => p.slug)).not.toContain('unpublished-draft-page');
  });

  it('refuse unknown query parameters and cap the page size', async () => {
    expect((await request(`${cms.url}/api/services?unknownParameter=1`)).status).toBe(400);
    const { body } = await request<Paged<unknown> & { meta: { pagination: { pageSize: number } } }>(`${cms.url}/api/services?pagination[pageSize]=100000`);
    expect(body.meta.pagination.pageSize).toBeLessThanOrEqual(100);
  });
});

describe('public writes', () => {
  const samples: Record<string, Record<string, unknown>> = {
    departments: { name: 'x', slug: 'x', summary: 'x' },
    services: { title: 'x', slug: 'x', summary: 'x', topic: 'x', audience: 'both' },
    'service-forms': { code: 'x', title: 'x' },
    pages: { title: 'x', slug: 'x' },
    alerts: { message: 'x', severity: 'info', startsAt: new Date().toISOString() },
  };

  it.each(Object.entries(samples))('are refused for %s (create, update, delete)', async (plural, data) => {
    const list = await request<Paged<{ documentId: string }>>(`${cms.url}/api/${plural}`);
    const existing = list.body.data[0].documentId;
    const attempts = [
      await request(`${cms.url}/api/${plural}`, jsonInit('POST', { data })),
      await request(`${cms.url}/api/${plural}/${existing}`, jsonInit('PUT', { data })),
      await request(`${cms.url}/api/${plural}/${existing}`, { method: 'DELETE' }),
    ];
    for (const attempt of attempts) expect([401, 403]).toContain(attempt.status);
    const after = await request<Paged<unknown>>(`${cms.url}/api/${plural}`);
    expect(after.body.meta.pagination.total).toBe(list.body.meta.pagination.total);
  });

  it('are refused for the global settings', async () => {
    for (const method of ['PUT', 'DELETE']) {
      const response = await request(`${cms.url}/api/global`, jsonInit(method, { data: { siteName: 'Hacked' } }));
      expect([401, 403]).toContain(response.status);
    }
    const global = await request<{ data: { siteName: string } }>(`${cms.url}/api/global`);
    expect(global.body.data.siteName).not.toBe('Hacked');
  });

  it('have no GraphQL mutations for content', async () => {
    const response = await graphql(cms.url, 'mutation { createPage(data: { title: "x", slug: "x" }) { documentId } }');
    expect(response.body.errors?.length).toBeGreaterThan(0);
    expect(response.body.data ?? null).toBeNull();
  });
});

describe('the Editor admin role', () => {
  it('edits and publishes content but cannot manage users or roles', async () => {
    const token = await adminLogin(cms.url, cms.editor.email, cms.editor.password);
    const auth = { headers: { authorization: `Bearer ${token}` } };
    const created = await request<{ data: { documentId: string } }>(
      `${cms.url}/content-manager/collection-types/api::page.page?locale=en`,
      jsonInit('POST', { title: 'Editor page', slug: 'editor-page', summary: 'Written by the editor.' }, token),
    );
    expect(created.status).toBe(201);
    const published = await request(
      `${cms.url}/content-manager/collection-types/api::page.page/${created.body.data.documentId}/actions/publish?locale=en`,
      jsonInit('POST', {}, token),
    );
    expect(published.status).toBe(200);
    const live = await request<Paged<{ summary: string }>>(`${cms.url}/api/pages?filters[slug][$eq]=editor-page`);
    expect(live.body.data[0]?.summary).toBe('Written by the editor.');

    expect((await request(`${cms.url}/admin/users`, auth)).status).toBe(403);
    expect((await request(`${cms.url}/admin/roles`, auth)).status).toBe(403);
    expect((await request(`${cms.url}/users-permissions/roles`, auth)).status).toBe(403);
  });

  it('cannot change the code of a published service form, but may fix a draft one', async () => {
    const token = await adminLogin(cms.url, cms.editor.email, cms.editor.password);
    const forms = await request<Paged<{ documentId: string; code: string }>>(`${cms.url}/api/service-forms?filters[code][$eq]=wifi-outage`);
    const form = forms.body.data[0];
    expect(form?.code).toBe('wifi-outage');
    const renamed = await request<{ error?: { message: string } }>(
      `${cms.url}/content-manager/collection-types/api::service-form.service-form/${form?.documentId}?locale=en`,
      jsonInit('PUT', { code: 'wifi-outage-renamed' }, token),
    );
    expect(renamed.status).toBe(400);
    expect(renamed.body.error?.message).toMatch(/cannot change once published/);
    const stillThere = await request<Paged<{ code: string }>>(`${cms.url}/api/service-forms?filters[code][$eq]=wifi-outage`);
    expect(stillThere.body.data).toHaveLength(1);

    const draft = await request<{ data: { documentId: string } }>(
      `${cms.url}/content-manager/collection-types/api::service-form.service-form?locale=en`,
      jsonInit('POST', { code: 'draft-form', title: 'Draft form', fields: [{ __component: 'form-field.email', key: 'email', label: 'Email' }] }, token),
    );
    expect(draft.status).toBe(201);
    const fixed = await request(
      `${cms.url}/content-manager/collection-types/api::service-form.service-form/${draft.body.data.documentId}?locale=en`,
      jsonInit('PUT', { code: 'draft-form-fixed' }, token),
    );
    expect(fixed.status).toBe(200);
  });
});
