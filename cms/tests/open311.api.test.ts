import crypto from 'node:crypto';
import path from 'node:path';
import fs from 'node:fs';
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, databaseKind, freePort, runCmsScript, runSeed, startCms, testEnv, type RunningCms, type ThrowawayDatabase } from './harness/cms';
import { namespaces } from '@city/shared/i18n';
import { adminWording } from '../src/admin-wording';
import { adminLogin, graphql, jsonInit, request } from './harness/http';
import { fetchText, formBody, OPENAPI_FILE, openapiErrors, readXml, schemaErrors, type SchemaName } from './open311/helpers';

/**
 * Open311 GeoReport v2 end to end: every endpoint in XML and JSON against JSON Schemas written
 * from the specification and against the OpenAPI document; submissions through Open311 seen by
 * staff and by the web status look-up, web submissions seen through Open311; no contact details
 * in any answer; every kind of refusal.
 */
const DEMO_KEY = `demo-${crypto.randomBytes(12).toString('hex')}`;
/** Manages Open311 clients (the Triage role only reads and updates requests). */
const ADMIN = { email: 'super.admin@test.example', password: 'Super-Admin-Password-1' };
const TRIAGE = { email: 'triage@test.example', password: 'Triage-Password-1' };
const REQUESTS_ADMIN = '/content-manager/collection-types/api::service-request.service-request';
const FORMS_ADMIN = 'api::service-form.service-form';
/** Enough for every submission below; the rate-limit test then spends the rest. */
const SUBMIT_LIMIT = 40;
/** Enough for every anonymous read of requests below; the read-limit test then spends the rest. */
const LOOKUP_LIMIT = 100;

let cms: RunningCms;
let database: ThrowawayDatabase;
let base: string;

beforeAll(async () => {
  database = await createDatabase(databaseKind());
  const env = testEnv(await freePort(), database, {
    OPEN311_DEMO_KEY: DEMO_KEY,
    OUTBOX_WORKER: 'false',
    RATE_LIMIT_SUBMIT_MAX: String(SUBMIT_LIMIT),
    RATE_LIMIT_OPEN311_MAX: String(SUBMIT_LIMIT),
    RATE_LIMIT_LOOKUP_MAX: String(LOOKUP_LIMIT),
    SUPER_ADMIN_EMAIL: ADMIN.email,
    SUPER_ADMIN_PASSWORD: ADMIN.password,
    TRIAGE_EMAIL: TRIAGE.email,
    TRIAGE_PASSWORD: TRIAGE.password,
  });
  await runSeed(env);
  await runCmsScript(path.join('tests', 'open311', 'super-admin.mjs'), env);
  cms = await startCms(env);
  base = `${cms.url}/api/open311/v2`;
});
afterAll(async () => {
  await cms?.stop();
  await database?.drop();
});

type Format = 'json' | 'xml';
const ROOTS: Record<SchemaName, string> = {
  discovery: 'discovery',
  services: 'services',
  'service-definition': 'service_definition',
  'service-requests': 'service_requests',
  'created-request': 'service_requests',
  token: 'service_requests',
  errors: 'errors',
};

/**
 * Reads an answer in its format, checks the media type, the JSON Schema and the OpenAPI document,
 * and returns the body in the JSON shape.
 */
function check<T>(answer: { status: number; text: string; type: string }, format: Format, schema: SchemaName, method: string, template: string): T {
  if (format === 'json') expect(answer.type).toBe('application/json; charset=utf-8');
  else expect(answer.type).toBe('application/xml; charset=utf-8');
  const body = format === 'json' ? (JSON.parse(answer.text) as unknown) : readXml(answer.text, ROOTS[schema]);
  expect(schemaErrors(schema, body, format === 'xml'), `${schema} (${format}): ${answer.text.slice(0, 300)}`).toBe('');
  expect(openapiErrors(method, template, answer.status, format === 'json' ? 'application/json' : 'application/xml', body)).toBe('');
  return body as T;
}

/** GETs a path in both formats; both must say the same once read. Returns the JSON body. */
async function getBoth<T>(pathAndQuery: string, schema: SchemaName, template: string, status = 200): Promise<T> {
  const [resourcePath, query] = pathAndQuery.split('?');
  const bodies: Record<Format, unknown> = { json: undefined, xml: undefined };
  for (const format of ['json', 'xml'] as const) {
    const answer = await fetchText(`${base}${resourcePath}.${format}${query ? `?${query}` : ''}`);
    expect(answer.status, answer.text.slice(0, 300)).toBe(status);
    bodies[format] = check(answer, format, schema, 'GET', template);
  }
  return bodies.json as T;
}

interface Service {
  service_code: string;
  service_name: string;
  metadata: boolean;
  keywords: string;
  group: string;
}
interface Attribute {
  code: string;
  datatype: string;
  required: boolean;
  order: number;
  description: string;
  values?: { key: string; name: string }[];
}
interface Definition {
  service_code: string;
  attributes: Attribute[];
}
interface OpenRequest {
  service_request_id: string;
  status: string;
  status_notes: string | null;
  service_code: string;
  description: string | null;
  address: string | null;
  lat: number | null;
  long: number | null;
  media_url: string | null;
  agency_responsible: string | null;
  requested_datetime: string;
}
interface Created {
  service_request_id: string;
  token: string;
  service_notice: string | null;
}
interface FormRow {
  code: string;
  fields: { __component: string; key: string; required: boolean; options?: { value: string }[] }[];
}

const T = {
  discovery: '/api/open311/v2/discovery.{format}',
  services: '/api/open311/v2/services.{format}',
  definition: '/api/open311/v2/services/{service_code}.{format}',
  requests: '/api/open311/v2/requests.{format}',
  request: '/api/open311/v2/requests/{service_request_id}.{format}',
  token: '/api/open311/v2/tokens/{token}.{format}',
};

const RESIDENT = { first_name: 'Grace', last_name: 'Hopper', email: 'grace.hopper@example.com', phone: '+1 703 555 0199' };

/** A valid wifi-outage submission as Open311 parameters. */
function wifiOutage(extra: [string, string][] = [], key = DEMO_KEY): [string, string][] {
  return [
    ['api_key', key],
    ['service_code', 'wifi-outage'],
    ['lat', '38.804836'],
    ['long', '-77.046921'],
    ['address_string', '5005 Duke Street'],
    ['description', 'The Wi-Fi at the Beatley library has been down since this morning.'],
    ['media_url', 'https://photos.example.org/outage.jpg'],
    // "Another City building": the form then asks where, which lat/long answer.
    ['attribute[location_type]', 'other'],
    ['attribute[problem]', 'no_network'],
    ['attribute[noticed_on]', '2026-01-15T09:30:00-05:00'],
    ['first_name', RESIDENT.first_name],
    ['last_name', RESIDENT.last_name],
    ['email', RESIDENT.email],
    ['phone', RESIDENT.phone],
    ...extra,
  ];
}

async function post(format: Format, pairs: [string, string][], headers: Record<string, string> = {}) {
  const init = formBody(pairs);
  return fetchText(`${base}/requests.${format}`, { ...init, headers: { ...(init.headers as Record<string, string>), ...headers } });
}

/** The submitter's details must appear nowhere in an answer. */
function expectNoContact(text: string): void {
  for (const secret of [RESIDENT.email, RESIDENT.first_name, RESIDENT.last_name, '555 0199', 'ana.web@example.com', 'Ana Web']) expect(text).not.toContain(secret);
}

async function publishedForms(locale: string): Promise<FormRow[]> {
  const { body } = await request<{ data: FormRow[] }>(`${cms.url}/api/service-forms?locale=${locale}&pagination[pageSize]=100`);
  return body.data;
}

describe('discovery, services and definitions', () => {
  it('discovery names the v2 endpoint and both formats', async () => {
    const discovery = await getBoth<{ endpoints: { url: string; formats: string[] }[] }>('/discovery', 'discovery', T.discovery);
    expect(discovery.endpoints[0]?.url).toMatch(/\/api\/open311\/v2$/);
    expect(discovery.endpoints[0]?.formats).toEqual(['text/xml', 'application/json']);
  });

  it('lists one service per published form Open311 can submit, in the requested language', async () => {
    const forms = await publishedForms('en');
    const requiresFile = (form: FormRow) => form.fields.some((field) => field.__component === 'form-field.file-upload' && field.required);
    const services = await getBoth<Service[]>('/services', 'services', T.services);
    expect(services.map((service) => service.service_code).sort()).toEqual(forms.filter((form) => !requiresFile(form)).map((form) => form.code).sort());
    expect(services.length).toBeGreaterThanOrEqual(5);
    expect(services.every((service) => service.metadata)).toBe(true);
    const wifi = services.find((service) => service.service_code === 'wifi-outage');
    expect(wifi?.group).not.toBe('');
    const spanish = await getBoth<Service[]>('/services?locale=es', 'services', T.services);
    expect(spanish.map((service) => service.service_code)).toEqual(services.map((service) => service.service_code));
    expect(spanish.find((service) => service.service_code === 'wifi-outage')?.service_name).not.toBe(wifi?.service_name);
  });

  it('lists, defines and checks every service in Arabic and Amharic too, with the same codes, attributes and values', async () => {
    const services = await getBoth<Service[]>('/services', 'services', T.services);
    const logic = (definition: Definition) => definition.attributes.map((attribute) => [attribute.code, attribute.datatype, attribute.required, attribute.values?.map((value) => value.key)]);
    for (const [locale, script] of [['ar', /\p{Script=Arabic}/u], ['am', /\p{Script=Ethiopic}/u]] as const) {
      const translated = await getBoth<Service[]>(`/services?locale=${locale}`, 'services', T.services);
      expect(translated.map((service) => service.service_code), locale).toEqual(services.map((service) => service.service_code));
      for (const service of translated) expect(service.service_name, `${locale}: ${service.service_code}`).toMatch(script);
      for (const { service_code: code } of services) {
        const english = await getBoth<Definition>(`/services/${code}`, 'service-definition', T.definition);
        const definition = await getBoth<Definition>(`/services/${code}?locale=${locale}`, 'service-definition', T.definition);
        expect(logic(definition), `${locale}: ${code}`).toEqual(logic(english));
        for (const [index, attribute] of definition.attributes.entries()) {
          const at = `${locale}: ${code}.${attribute.code}`;
          expect(attribute.description, at).toMatch(script);
          // Option names in the language; only a format's own name (GeoJSON) stays as English has it.
          const englishNames = english.attributes[index]?.values?.map((value) => value.name) ?? [];
          attribute.values?.forEach((value, position) => {
            if (value.name !== englishNames[position]) expect(value.name, `${at} ${value.key}`).toMatch(script);
          });
          expect(attribute.values?.filter((value) => !script.test(value.name)).length ?? 0, at).toBeLessThanOrEqual(2);
        }
      }
    }
  });

  it('define every service with one attribute per field, typed by the mapping, with the options as values', async () => {
    const datatypeOf: Record<string, string> = {
      'form-field.short-text': 'string',
      'form-field.long-text': 'text',
      'form-field.email': 'string',
      'form-field.phone': 'string',
      'form-field.number': 'number',
      'form-field.date': 'datetime',
      'form-field.single-choice': 'singlevaluelist',
      'form-field.multiple-choice': 'multivaluelist',
      'form-field.checkbox': 'singlevaluelist',
      'form-field.address': 'string',
      'form-field.location': 'string',
    };
    const services = await getBoth<Service[]>('/services', 'services', T.services);
    const forms = new Map((await publishedForms('en')).map((form) => [form.code, form]));
    const seen = new Set<string>();
    const datatypes = new Set<string>();
    for (const service of services) {
      const definition = await getBoth<Definition>(`/services/${service.service_code}`, 'service-definition', T.definition);
      const form = forms.get(service.service_code);
      if (!form) throw new Error(`no form ${service.service_code}`);
      // The request's location answers the first location question, else the first address.
      const location = form.fields.find((field) => field.__component === 'form-field.location') ?? form.fields.find((field) => field.__component === 'form-field.address');
      const expected = form.fields.filter((field) => field.__component !== 'form-field.file-upload' && field !== location);
      expect(definition.service_code).toBe(service.service_code);
      expect(definition.attributes.map((attribute) => [attribute.code, attribute.datatype, attribute.required])).toEqual(
        expected.map((field) => [field.key, datatypeOf[field.__component], field.required]),
      );
      for (const [index, field] of expected.entries()) {
        const attribute = definition.attributes[index];
        seen.add(field.__component);
        datatypes.add(attribute?.datatype ?? '');
        if (field.options) expect(attribute?.values?.map((value) => value.key)).toEqual(field.options.map((option) => option.value));
        if (field.__component === 'form-field.checkbox') expect(attribute?.values?.map((value) => value.key)).toEqual(['true', 'false']);
      }
    }
    // The demo forms exercise every datatype of the specification.
    expect([...datatypes].sort()).toEqual(['datetime', 'multivaluelist', 'number', 'singlevaluelist', 'string', 'text']);
    expect(seen).toContain('form-field.checkbox');
  });

  it('answer 404 for an unknown service, in both formats', async () => {
    for (const format of ['json', 'xml'] as const) {
      const answer = await fetchText(`${base}/services/no-such-service.${format}`);
      expect(answer.status).toBe(404);
      const errors = check<{ code: number; description: string }[]>(answer, format, 'errors', 'GET', T.definition);
      expect(errors[0]?.description).toContain('no-such-service');
    }
  });
});

describe('a request submitted through Open311', () => {
  let created: Created;
  const idempotencyKey = crypto.randomUUID();

  it('is stored once and answered with its id, token and notice, in both formats', async () => {
    const first = await post('json', wifiOutage(), { 'Idempotency-Key': idempotencyKey });
    expect(first.status, first.text).toBe(201);
    [created] = check<Created[]>(first, 'json', 'created-request', 'POST', T.requests);
    expect(created.service_notice).not.toBeNull();
    expectNoContact(first.text);

    // A retry with the same key, in XML this time: the same id, nothing new stored.
    const again = await post('xml', wifiOutage(), { 'Idempotency-Key': idempotencyKey });
    expect(again.status, again.text).toBe(200);
    const [replayed] = check<Created[]>(again, 'xml', 'created-request', 'POST', T.requests);
    expect(replayed).toEqual(created);

    // The same key with a different request is refused.
    const changed = await post('json', wifiOutage([['attribute[network_name]', 'CityWiFi']]), { 'Idempotency-Key': idempotencyKey });
    expect(changed.status).toBe(422);
    check(changed, 'json', 'errors', 'POST', T.requests);
    const otherDescription = await post('xml', wifiOutage().map(([name, value]): [string, string] => [name, name === 'description' ? 'Something else' : value]), { 'Idempotency-Key': idempotencyKey });
    expect(otherDescription.status).toBe(422);
    check(otherDescription, 'xml', 'errors', 'POST', T.requests);
  });

  it('stores one request when the same key arrives ten times at once', async () => {
    const key = crypto.randomUUID();
    const answers = await Promise.all(Array.from({ length: 10 }, (_x, index) => post(index % 2 ? 'xml' : 'json', wifiOutage(), { 'Idempotency-Key': key })));
    const ids = answers.map((answer, index) => {
      expect([200, 201], answer.text).toContain(answer.status);
      return check<Created[]>(answer, index % 2 ? 'xml' : 'json', 'created-request', 'POST', T.requests)[0]?.service_request_id;
    });
    expect(new Set(ids).size).toBe(1);
    expect(answers.filter((answer) => answer.status === 201)).toHaveLength(1);
    const stored = await getBoth<OpenRequest[]>(`/requests?service_request_id=${ids[0]}`, 'service-requests', T.requests);
    expect(stored).toHaveLength(1);
  });

  it('reads back by id, by token and in the search, without contact details', async () => {
    const [byId] = await getBoth<OpenRequest[]>(`/requests/${created.service_request_id}`, 'service-requests', T.request);
    expect(byId).toMatchObject({
      service_request_id: created.service_request_id,
      status: 'open',
      service_code: 'wifi-outage',
      description: 'The Wi-Fi at the Beatley library has been down since this morning.',
      address: '5005 Duke Street',
      lat: 38.804836,
      long: -77.046921,
      media_url: 'https://photos.example.org/outage.jpg',
    });
    expect(byId?.agency_responsible).toMatch(/Information Technology/);
    expect(Date.now() - Date.parse(byId?.requested_datetime ?? '')).toBeLessThan(5 * 60_000);

    const [token] = await getBoth<{ service_request_id: string }[]>(`/tokens/${created.token}`, 'token', T.token);
    expect(token?.service_request_id).toBe(created.service_request_id);

    const listed = await getBoth<OpenRequest[]>('/requests?service_code=wifi-outage', 'service-requests', T.requests);
    expect(listed.map((item) => item.service_request_id)).toContain(created.service_request_id);
    for (const format of ['json', 'xml']) {
      expectNoContact((await fetchText(`${base}/requests.${format}`)).text);
      expectNoContact((await fetchText(`${base}/requests/${created.service_request_id}.${format}`)).text);
    }
  });

  it('shows up for triage staff in the admin with its contact and channel, and in the web status look-up', async () => {
    const token = await adminLogin(cms.url, TRIAGE.email, TRIAGE.password);
    const list = await request<{ results: { documentId: string; reference: string; channel: string; formCode: string }[] }>(
      `${cms.url}${REQUESTS_ADMIN}?filters[reference][$eq]=${created.service_request_id}`,
      { headers: { authorization: `Bearer ${token}` } },
    );
    expect(list.status).toBe(200);
    expect(list.body.results).toHaveLength(1);
    expect(list.body.results[0]).toMatchObject({ reference: created.service_request_id, channel: 'open311', formCode: 'wifi-outage' });
    const one = await request<{ data: { contact: { name: string; email: string; phone: string }; answers: Record<string, unknown> } }>(
      `${cms.url}${REQUESTS_ADMIN}/${list.body.results[0]?.documentId}`,
      { headers: { authorization: `Bearer ${token}` } },
    );
    expect(one.body.data.contact).toMatchObject({ name: 'Grace Hopper', email: RESIDENT.email, phone: RESIDENT.phone });
    // The location reached the form's location question (and, as written, its address field); the date attribute kept the date as written.
    expect(one.body.data.answers).toMatchObject({
      building_location: { address: '5005 Duke Street', lat: 38.804836, long: -77.046921 },
      location_address: '5005 Duke Street',
      noticed_on: '2026-01-15',
      location_type: 'other',
      problem: 'no_network',
    });

    const lookup = await graphql<{ serviceRequestStatus: { reference: string; status: string } }>(
      cms.url,
      'query($reference: String!, $email: String!) { serviceRequestStatus(reference: $reference, email: $email) { reference status } }',
      { reference: created.service_request_id, email: RESIDENT.email },
    );
    expect(lookup.body.errors).toBeUndefined();
    expect(lookup.body.data?.serviceRequestStatus).toEqual({ reference: created.service_request_id, status: 'submitted' });
  });

  it('follows the status triage staff set in the admin, with the public note and never the internal one', async () => {
    const token = await adminLogin(cms.url, TRIAGE.email, TRIAGE.password);
    const found = await request<{ results: { documentId: string }[] }>(`${cms.url}${REQUESTS_ADMIN}?filters[reference][$eq]=${created.service_request_id}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const updated = await request(
      `${cms.url}${REQUESTS_ADMIN}/${found.body.results[0]?.documentId}`,
      jsonInit('PUT', { requestStatus: 'resolved', nextPublicNote: 'The access point was replaced & works again.', nextInternalNote: 'Vendor ticket 4711' }, token),
    );
    expect(updated.status, JSON.stringify(updated.body)).toBe(200);
    const [byId] = await getBoth<OpenRequest[]>(`/requests/${created.service_request_id}`, 'service-requests', T.request);
    expect(byId).toMatchObject({ status: 'closed', status_notes: 'The access point was replaced & works again.' });
    const xml = await fetchText(`${base}/requests/${created.service_request_id}.xml`);
    expect(xml.text).toContain('<status_notes>The access point was replaced &amp; works again.</status_notes>');
    expect(xml.text).not.toContain('4711');
  });

  // Open311's `status=open|closed` is not a publication status: the published-only middleware lets it through.
  it('can be searched by status', async () => {
    const closed = await getBoth<OpenRequest[]>('/requests?status=closed', 'service-requests', T.requests);
    expect(closed.map((item) => item.service_request_id)).toContain(created.service_request_id);
    expect(closed.every((item) => item.status === 'closed')).toBe(true);
    const open = await getBoth<OpenRequest[]>('/requests?status=open', 'service-requests', T.requests);
    expect(open.map((item) => item.service_request_id)).not.toContain(created.service_request_id);
    const wrong = await fetchText(`${base}/requests.json?status=pending`);
    expect(wrong.status).toBe(400);
    expect(JSON.parse(wrong.text)).toEqual([{ code: 400, description: 'status: status must be open, closed, or both separated by a comma' }]);
  });
});

describe('a request submitted on the website', () => {
  it('is visible through Open311, without its answers beyond the address or its contact', async () => {
    const submitted = await graphql<{ submitServiceRequest: { reference: string } }>(
      cms.url,
      'mutation($input: SubmitServiceRequestInput!) { submitServiceRequest(input: $input) { reference } }',
      {
        input: {
          formCode: 'wifi-outage',
          locale: 'es',
          answers: { location_type: 'park', location_address: 'Market Square, 301 King Street', problem: 'slow', noticed_on: '2026-01-10', details: 'Muy lento por la tarde' },
          contact: { name: 'Ana Web', email: 'ana.web@example.com' },
          idempotencyKey: crypto.randomUUID(),
        },
      },
    );
    expect(submitted.body.errors).toBeUndefined();
    const reference = submitted.body.data?.submitServiceRequest.reference ?? '';
    const [byId] = await getBoth<OpenRequest[]>(`/requests/${reference}`, 'service-requests', T.request);
    expect(byId).toMatchObject({ service_request_id: reference, status: 'open', service_code: 'wifi-outage', description: null, address: 'Market Square, 301 King Street', lat: null });
    const listed = await getBoth<OpenRequest[]>(`/requests?service_request_id=${reference},ALX-0000-0000`, 'service-requests', T.requests);
    expect(listed.map((item) => item.service_request_id)).toEqual([reference]);
    for (const format of ['json', 'xml']) {
      const text = (await fetchText(`${base}/requests/${reference}.${format}`)).text;
      expectNoContact(text);
      expect(text).not.toContain('Muy lento');
    }
  });
});

describe('which requests Open311 shows', () => {
  const RECORDS_ANSWERS = { records_description: 'Every contract for the library network since 2020.', delivery_format: 'electronic', cost_acknowledgment: true };
  let hidden: string[] = [];
  let shown = '';

  beforeAll(async () => {
    const web = await graphql<{ submitServiceRequest: { reference: string } }>(
      cms.url,
      'mutation($input: SubmitServiceRequestInput!) { submitServiceRequest(input: $input) { reference } }',
      { input: { formCode: 'it-records-request', locale: 'en', answers: RECORDS_ANSWERS, contact: { name: 'Ana Web', email: 'ana.web@example.com' }, idempotencyKey: crypto.randomUUID() } },
    );
    expect(web.body.errors).toBeUndefined();
    const viaOpen311 = await post('json', [
      ['api_key', DEMO_KEY],
      ['service_code', 'it-records-request'],
      ['attribute[records_description]', RECORDS_ANSWERS.records_description],
      ['attribute[delivery_format]', 'electronic'],
      ['attribute[cost_acknowledgment]', 'true'],
      ['first_name', RESIDENT.first_name],
      ['last_name', RESIDENT.last_name],
      ['email', RESIDENT.email],
    ]);
    expect(viaOpen311.status, viaOpen311.text).toBe(201);
    hidden = [web.body.data?.submitServiceRequest.reference ?? '', (JSON.parse(viaOpen311.text) as Created[])[0]?.service_request_id ?? ''];
    expect(hidden.every((reference) => /^ALX-/.test(reference))).toBe(true);
    const publicOne = await graphql<{ submitServiceRequest: { reference: string } }>(
      cms.url,
      'mutation($input: SubmitServiceRequestInput!) { submitServiceRequest(input: $input) { reference } }',
      {
        input: {
          formCode: 'wifi-outage',
          locale: 'en',
          answers: { location_type: 'city_hall', location_address: '301 King Street', problem: 'slow', noticed_on: '2026-01-12' },
          contact: { name: 'Ana Web', email: 'ana.web@example.com', phone: '+1 703 555 0199' },
          idempotencyKey: crypto.randomUUID(),
        },
      },
    );
    expect(publicOne.body.errors).toBeUndefined();
    shown = publicOne.body.data?.submitServiceRequest.reference ?? '';
  });

  it('never a request of a service the city has not made public: not by id, not in a search, not by service_request_id', async () => {
    const searches = ['', '?service_code=it-records-request', '?service_code=it-records-request,wifi-outage', '?status=open', `?service_request_id=${hidden.join(',')},${shown}`, `?api_key=${DEMO_KEY}`];
    for (const format of ['json', 'xml'] as const) {
      for (const reference of hidden) {
        const byId = await fetchText(`${base}/requests/${reference}.${format}`);
        expect(byId.status, byId.text).toBe(404);
        check(byId, format, 'errors', 'GET', T.request);
        expect(byId.text).toContain(`There is no request with the id ${reference}`);
        const keyed = await fetchText(`${base}/requests/${reference}.${format}?api_key=${DEMO_KEY}`);
        expect(keyed.status).toBe(404);
      }
      for (const search of searches) {
        const answer = await fetchText(`${base}/requests.${format}${search}`);
        expect(answer.status, `${search}: ${answer.text.slice(0, 300)}`).toBe(200);
        const listed = check<OpenRequest[]>(answer, format, 'service-requests', 'GET', T.requests);
        for (const reference of hidden) expect(answer.text, search).not.toContain(reference);
        expect(listed.every((item) => item.service_code === 'wifi-outage'), search).toBe(true);
        expect(answer.text).not.toContain('library network');
        expectNoContact(answer.text);
      }
    }
  });

  it('a request of a public service, without any contact data', async () => {
    for (const format of ['json', 'xml'] as const) {
      const byId = await fetchText(`${base}/requests/${shown}.${format}`);
      expect(byId.status).toBe(200);
      const [request] = check<OpenRequest[]>(byId, format, 'service-requests', 'GET', T.request);
      expect(request).toMatchObject({ service_request_id: shown, service_code: 'wifi-outage', address: '301 King Street' });
      expectNoContact(byId.text);
      const ids = await fetchText(`${base}/requests.${format}?service_request_id=${hidden.join(',')},${shown}`);
      expect(check<OpenRequest[]>(ids, format, 'service-requests', 'GET', T.requests).map((item) => String(item.service_request_id))).toEqual([shown]);
      expectNoContact(ids.text);
      const all = await fetchText(`${base}/requests.${format}`);
      expect(all.text).toContain(shown);
      expectNoContact(all.text);
    }
  });

  it('follow the box editors tick on the service form: unticking hides the requests at once; the public API never shows the box', async () => {
    const token = await adminLogin(cms.url, ADMIN.email, ADMIN.password);
    const configuration = await request<{ data: { contentType: { metadatas: Record<string, { edit: { label: string; description: string } }> } } }>(
      `${cms.url}/content-manager/content-types/${FORMS_ADMIN}/configuration`,
      { headers: { authorization: `Bearer ${token}` } },
    );
    expect(configuration.body.data.contentType.metadatas.open311Public?.edit.label).toBe(adminWording.en[FORMS_ADMIN]?.open311Public?.label);
    expect(configuration.body.data.contentType.metadatas.open311Public?.edit.description).toMatch(/never contact details/);
    const rest = await request<{ data: Record<string, unknown>[] }>(`${cms.url}/api/service-forms?locale=en&pagination[pageSize]=100`);
    expect(rest.body.data.length).toBeGreaterThan(0);
    expect(rest.body.data.every((form) => !('open311Public' in form))).toBe(true);

    const forms = await request<{ results: { documentId: string }[] }>(`${cms.url}/content-manager/collection-types/${FORMS_ADMIN}?filters[code][$eq]=wifi-outage&locale=en`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const documentId = forms.body.results[0]?.documentId;
    const tick = async (open311Public: boolean) => {
      const saved = await request(`${cms.url}/content-manager/collection-types/${FORMS_ADMIN}/${documentId}?locale=en`, jsonInit('PUT', { open311Public }, token));
      expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    };
    await tick(false);
    try {
      for (const format of ['json', 'xml'] as const) {
        expect((await fetchText(`${base}/requests/${shown}.${format}`)).status).toBe(404);
        const listed = await fetchText(`${base}/requests.${format}?service_code=wifi-outage`);
        expect(check<OpenRequest[]>(listed, format, 'service-requests', 'GET', T.requests)).toEqual([]);
      }
    } finally {
      await tick(true);
    }
    expect((await fetchText(`${base}/requests/${shown}.json`)).status).toBe(200);
  });

  it('at most 100 at a time, and a wrong api_key is refused', async () => {
    const many = Array.from({ length: 101 }, (_x, index) => `ALX-${String(index).padStart(4, '0')}-0000`).join(',');
    const tooMany = await fetchText(`${base}/requests.json?service_request_id=${many}`);
    expect(tooMany.status).toBe(400);
    expect(JSON.parse(tooMany.text)).toEqual([{ code: 400, description: 'service_request_id: service_request_id can list 100 ids at most' }]);
    for (const format of ['json', 'xml'] as const) {
      const wrong = await fetchText(`${base}/requests.${format}?api_key=not-a-key-of-ours-at-all`);
      expect(wrong.status).toBe(403);
      check(wrong, format, 'errors', 'GET', T.requests);
    }
  });
});

describe('refusals', () => {
  async function expectErrors(answer: { status: number; text: string; type: string }, format: Format, status: number, method: string, template: string): Promise<string[]> {
    expect(answer.status, answer.text.slice(0, 400)).toBe(status);
    const errors = check<{ code: number; description: string }[]>(answer, format, 'errors', method, template);
    expect(errors.every((error) => error.code === status)).toBe(true);
    return errors.map((error) => error.description);
  }

  it('a request in Arabic is checked against the Arabic form, in Arabic (a form missing in Arabic would be an unknown service)', async () => {
    const missing = wifiOutage([['locale', 'ar']]).filter(([name]) => name !== 'attribute[problem]');
    const errors = await expectErrors(await post('json', missing), 'json', 400, 'POST', T.requests);
    expect(errors).toEqual([expect.stringMatching(/^attribute\[problem\]: .*\p{Script=Arabic}/u)]);
  });

  it('a missing, wrong or revoked API key is 403', async () => {
    const without = wifiOutage().filter(([name]) => name !== 'api_key');
    for (const format of ['json', 'xml'] as const) {
      expect(await expectErrors(await post(format, without), format, 403, 'POST', T.requests)).toEqual(['api_key is required to submit a request']);
      expect(await expectErrors(await post(format, wifiOutage([], 'not-a-key-of-ours-at-all')), format, 403, 'POST', T.requests)).toEqual(['The api_key is not valid or was revoked']);
    }

    // A key made with the command works until staff untick "Enabled" in the admin.
    const output = await runCmsScript(path.join('src', 'api', 'open311', 'scripts', 'create-key.mjs'), { ...cms.env, CMS_PRECOMPILED: 'true' }, ['Civic', 'app']);
    const key = /^(o311_[A-Za-z0-9_-]{43})$/m.exec(output)?.[1] ?? '';
    expect(key).not.toBe('');
    const accepted = await post('json', wifiOutage([], key));
    expect(accepted.status, accepted.text).toBe(201);
    const token = await adminLogin(cms.url, ADMIN.email, ADMIN.password);
    const clients = await request<{ results: { documentId: string; name: string; keyHash?: string }[] }>(
      `${cms.url}/content-manager/collection-types/api::open311.open311-client?filters[name][$eq]=Civic%20app`,
      { headers: { authorization: `Bearer ${token}` } },
    );
    const client = clients.body.results[0];
    expect(JSON.stringify(clients.body)).not.toContain(key);
    const revoked = await request(`${cms.url}/content-manager/collection-types/api::open311.open311-client/${client?.documentId}`, jsonInit('PUT', { enabled: false }, token));
    expect(revoked.status, JSON.stringify(revoked.body)).toBe(200);
    expect(await expectErrors(await post('xml', wifiOutage([], key)), 'xml', 403, 'POST', T.requests)).toEqual(['The api_key is not valid or was revoked']);
  });

  it('an unknown service, missing required attributes, bad values and over-long descriptions are 400, in the requested language', async () => {
    const otherService = wifiOutage().map(([name, value]): [string, string] => [name, name === 'service_code' ? 'no-such-service' : value]);
    const unknown = await expectErrors(await post('json', otherService), 'json', 400, 'POST', T.requests);
    expect(unknown).toEqual(['service_code: There is no service with the code no-such-service']);

    const missing = wifiOutage([['locale', 'es']]).filter(([name]) => !['attribute[problem]', 'attribute[noticed_on]'].includes(name));
    const spanish = await expectErrors(await post('xml', missing), 'xml', 400, 'POST', T.requests);
    expect(spanish).toEqual([expect.stringMatching(/^attribute\[problem\]: Elija una opción/), expect.stringMatching(/^attribute\[noticed_on\]: Escriba una fecha/)]);

    const wrongValues = wifiOutage().map(([name, value]): [string, string] => [name, name === 'attribute[problem]' ? 'alien_invasion' : value]);
    expect(await expectErrors(await post('json', wrongValues), 'json', 400, 'POST', T.requests)).toEqual([expect.stringMatching(/^attribute\[problem\]: Select one of the options/)]);

    const noContact = wifiOutage().filter(([name]) => !['email', 'first_name', 'last_name'].includes(name));
    expect(await expectErrors(await post('json', noContact), 'json', 400, 'POST', T.requests)).toEqual(['first_name: Enter your name', 'email: Enter your email address']);

    const long = wifiOutage().map(([name, value]): [string, string] => [name, name === 'description' ? 'x'.repeat(4001) : value]);
    expect(await expectErrors(await post('xml', long), 'xml', 400, 'POST', T.requests)).toEqual(['description: description must be 4,000 characters or fewer']);
    const html = wifiOutage().map(([name, value]): [string, string] => [name, name === 'description' ? 'Down <b>again</b>' : value]);
    expect(await expectErrors(await post('json', html), 'json', 400, 'POST', T.requests)).toEqual(['description: description must be plain text, without HTML']);

    const unknownAttribute = await expectErrors(await post('json', wifiOutage([['attribute[favourite_colour]', 'blue']])), 'json', 400, 'POST', T.requests);
    expect(unknownAttribute).toEqual(['attribute[favourite_colour]: attribute[favourite_colour] is not an attribute of this service']);

    const json = await fetchText(`${base}/requests.json`, jsonInit('POST', Object.fromEntries(wifiOutage())));
    expect(await expectErrors(json, 'json', 400, 'POST', T.requests)).toEqual(['Send the request form-encoded (application/x-www-form-urlencoded)']);
    const badKey = await post('json', wifiOutage(), { 'Idempotency-Key': 'short' });
    expect(await expectErrors(badKey, 'json', 400, 'POST', T.requests)).toEqual([expect.stringMatching(/^Idempotency-Key: /)]);
  });

  it('a location outside the city, or an address the city does not have, is 400 naming the location', async () => {
    const at = (lat: string, long: string, address?: string) =>
      wifiOutage().flatMap(([name, value]): [string, string][] => (name === 'lat' ? [['lat', lat]] : name === 'long' ? [['long', long]] : name === 'address_string' ? (address ? [['address_string', address]] : []) : [[name, value]]));
    // The Pentagon, in Arlington County.
    const outside = await expectErrors(await post('json', at('38.8719', '-77.0563')), 'json', 400, 'POST', T.requests);
    expect(outside).toEqual(['lat: The location for “Where is the building?” is outside the city: choose a place in the city']);
    const spanish = await expectErrors(await post('xml', [...at('38.8719', '-77.0563'), ['locale', 'es']]), 'xml', 400, 'POST', T.requests);
    expect(spanish).toEqual(['lat: La ubicación para “¿Dónde está el edificio?” está fuera de la ciudad: elija un lugar dentro de la ciudad']);
    const addressOnly = wifiOutage().filter(([name]) => name !== 'lat' && name !== 'long');
    const unknown = addressOnly.map(([name, value]): [string, string] => [name, name === 'address_string' ? '1 Nowhere Lane' : value]);
    expect(await expectErrors(await post('json', unknown), 'json', 400, 'POST', T.requests)).toEqual([expect.stringMatching(/^address_string: Choose an address from the list/)]);
    // An address the city's points have is found without coordinates.
    const found = await post('json', addressOnly, { 'Idempotency-Key': crypto.randomUUID() });
    expect(found.status, found.text).toBe(201);
    const [created] = JSON.parse(found.text) as Created[];
    const [byId] = await getBoth<OpenRequest[]>(`/requests/${created?.service_request_id}`, 'service-requests', T.request);
    expect(byId).toMatchObject({ address: '5005 Duke Street', lat: 38.8131, long: -77.1125 });
  });

  it('bad dates and an over-wide range are 400; unknown requests and tokens 404', async () => {
    for (const format of ['json', 'xml'] as const) {
      const badDate = await fetchText(`${base}/requests.${format}?start_date=2026-02-30T00:00:00Z`);
      expect(await expectErrors(badDate, format, 400, 'GET', T.requests)).toEqual([expect.stringMatching(/^start_date: start_date must be an ISO 8601 date/)]);
      const wide = await fetchText(`${base}/requests.${format}?start_date=2026-01-01T00:00:00Z&end_date=2026-05-01T00:00:00Z&locale=es`);
      expect(await expectErrors(wide, format, 400, 'GET', T.requests)).toEqual(['end_date: start_date y end_date pueden estar separadas 90 días como máximo']);
      const missing = await fetchText(`${base}/requests/ALX-0000-0000.${format}`);
      expect(await expectErrors(missing, format, 404, 'GET', T.request)).toEqual(['There is no request with the id ALX-0000-0000']);
      const token = await fetchText(`${base}/tokens/o311_${'A'.repeat(43)}.${format}`);
      expect(await expectErrors(token, format, 404, 'GET', T.token)).toHaveLength(1);
    }
    // Text from the path is escaped in XML.
    const escaped = await fetchText(`${base}/requests/${encodeURIComponent('<x>&"')}.xml`);
    expect(escaped.status).toBe(404);
    expect(escaped.text).toContain('&lt;x&gt;&amp;&quot;');
    readXml(escaped.text, 'errors');
  });

  it('an unknown resource or format gets an error list too', async () => {
    const resource = await fetchText(`${base}/nothing-here.xml`);
    expect(resource.status).toBe(404);
    expect(readXml(resource.text, 'errors')).toEqual([{ code: '404', description: 'There is no such Open311 resource' }]);
    const format = await fetchText(`${base}/services.html`);
    expect(format.status).toBe(404);
    expect(schemaErrors('errors', JSON.parse(format.text))).toBe('');
    for (const lang of ['ar', 'am'] as const) {
      const translated = await fetchText(`${base}/services.html?locale=${lang}`);
      expect(JSON.parse(translated.text)).toEqual([{ code: 404, description: namespaces.open311[lang]['format.unknown'] }]);
    }
    const locale = await fetchText(`${base}/services.json?locale=fr`);
    expect(locale.status).toBe(400);
    expect(JSON.parse(locale.text)).toEqual([{ code: 400, description: 'locale must be en, am, ar, or es' }]);
  });
});

describe('the OpenAPI document', () => {
  it('is valid OpenAPI 3.1, and the CMS serves the checked-in file', async () => {
    const validator = new Validator();
    const result = await validator.validate(OPENAPI_FILE);
    expect(result.errors ?? []).toEqual([]);
    expect(validator.version).toBe('3.1');
    const served = await fetchText(`${base}/openapi.yaml`);
    expect(served.status).toBe(200);
    expect(served.type).toMatch(/^application\/yaml/);
    expect(served.text).toBe(fs.readFileSync(OPENAPI_FILE, 'utf8'));
  });
});

describe('rate limits', () => {
  it('reading requests is limited per address, a client with its key is not', async () => {
    let limited: Awaited<ReturnType<typeof fetchText>> | undefined;
    for (let attempt = 0; attempt <= LOOKUP_LIMIT && !limited; attempt += 1) {
      const answer = await fetchText(`${base}/requests${attempt % 2 ? '/ALX-0000-0000' : ''}.${attempt % 3 ? 'json' : 'xml'}`);
      if (answer.status === 429) limited = answer;
      else expect([200, 404]).toContain(answer.status);
    }
    expect(limited, 'no 429 within the limit').toBeDefined();
    if (!limited) return;
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    const json = await fetchText(`${base}/requests/ALX-0000-0000.json`);
    expect(json.status).toBe(429);
    expect(check(json, 'json', 'errors', 'GET', T.request)).toEqual([{ code: 429, description: 'Too many requests from this address. Wait a moment and try again' }]);
    const spanish = await fetchText(`${base}/requests.xml?locale=es`);
    expect(spanish.status).toBe(429);
    expect(readXml(spanish.text, 'errors')).toEqual([{ code: '429', description: 'Demasiadas solicitudes desde esta dirección. Espere un momento y vuelva a intentarlo' }]);
    const keyed = await fetchText(`${base}/requests.json?api_key=${DEMO_KEY}`);
    expect(keyed.status).toBe(200);
  });

  it('limit each Open311 client by its key, counting stored requests, apart from the address’s residents', async () => {
    // Refused requests spend nothing.
    for (let attempt = 0; attempt <= SUBMIT_LIMIT; attempt += 1) expect((await post('xml', [['api_key', DEMO_KEY], ['service_code', 'no-such-service']])).status).toBe(400);
    let limited: Awaited<ReturnType<typeof post>> | undefined;
    for (let attempt = 0; attempt <= SUBMIT_LIMIT && !limited; attempt += 1) {
      const answer = await post('xml', wifiOutage());
      if (answer.status === 429) limited = answer;
      else expect(answer.status).toBe(201);
    }
    expect(limited, 'no 429 within the limit').toBeDefined();
    if (!limited) return;
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    const errors = check<{ code: number }[]>(limited, 'xml', 'errors', 'POST', T.requests);
    expect(errors[0]?.code).toBe(429);
    // Residents at the same address keep their own budget.
    const web = await graphql(cms.url, 'mutation($input: SubmitServiceRequestInput!) { submitServiceRequest(input: $input) { reference } }', {
      input: { formCode: 'wifi-outage', locale: 'en', answers: {}, contact: {}, idempotencyKey: crypto.randomUUID() },
    });
    expect(JSON.stringify(web.body.errors)).toMatch(/BAD_USER_INPUT/);
    expect(JSON.stringify(web.body.errors)).not.toMatch(/RATE_LIMIT|Too many/i);
  });
});
