/**
 * Helpers of the Open311 API tests: fetching a resource in both formats, reading the XML back into
 * the JSON shape, and checking answers against the JSON Schemas written from the GeoReport v2
 * specification (cms/tests/open311/schemas) and against the OpenAPI document (docs/openapi).
 */
import fs from 'node:fs';
import path from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import YAML from 'yaml';
import { CMS_DIR } from '../harness/cms';

// ajv-formats is CommonJS with a default export; under NodeNext its type is the module object.
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

export const SCHEMA_NAMES = ['discovery', 'services', 'service-definition', 'service-requests', 'created-request', 'token', 'errors'] as const;
export type SchemaName = (typeof SCHEMA_NAMES)[number];

const SCHEMA_DIR = path.join(__dirname, 'schemas');
export const OPENAPI_FILE = path.resolve(CMS_DIR, '..', 'docs', 'openapi', 'open311.yaml');

function loadSchemas(coerce: boolean): Record<SchemaName, ValidateFunction> {
  // XML has no types: the same schemas check it once text is coerced to the types they name.
  const ajv = addFormats(new Ajv2020({ allErrors: true, strict: true, strictRequired: false, coerceTypes: coerce }));
  return Object.fromEntries(
    SCHEMA_NAMES.map((name) => [name, ajv.compile(JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, `${name}.json`), 'utf8')))]),
  ) as Record<SchemaName, ValidateFunction>;
}
const jsonSchemas = loadSchemas(false);
const xmlSchemas = loadSchemas(true);

export function schemaErrors(name: SchemaName, data: unknown, fromXml = false): string {
  const validate = (fromXml ? xmlSchemas : jsonSchemas)[name];
  return validate(data) ? '' : JSON.stringify(validate.errors?.slice(0, 5));
}

/** GeoReport v2's list elements and the name of their items. */
const LIST_ITEMS: Record<string, string> = {
  services: 'service',
  attributes: 'attribute',
  values: 'value',
  service_requests: 'request',
  errors: 'error',
  endpoints: 'endpoint',
  formats: 'format',
};
const ITEM_NAMES = new Set(Object.values(LIST_ITEMS));
const parser = new XMLParser({ parseTagValue: false, trimValues: true, isArray: (name) => ITEM_NAMES.has(name) });

/** `{ services: { service: [...] } }` → `[...]`; empty elements of lists → `[]`. */
function unwrap(name: string, value: unknown): unknown {
  const item = LIST_ITEMS[name];
  if (item) {
    if (value === '' || value === undefined) return [];
    const items = (value as Record<string, unknown>)[item];
    return (Array.isArray(items) ? items : []).map((child) => unwrap(item, child));
  }
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, unwrap(key, child)]));
  }
  // An empty element is the specification's "no value"; the coercing validator turns it back into "" where a string is required.
  return value === '' ? null : value;
}

/** Checks an XML answer is well-formed with the expected root, and reads it into the JSON shape. */
export function readXml(text: string, root: string): unknown {
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new Error(`not well-formed XML: ${JSON.stringify(valid)}\n${text.slice(0, 500)}`);
  if (!text.startsWith('<?xml version="1.0" encoding="utf-8"?>')) throw new Error('no XML declaration');
  const parsed = parser.parse(text) as Record<string, unknown>;
  const roots = Object.keys(parsed).filter((key) => key !== '?xml');
  if (roots.length !== 1 || roots[0] !== root) throw new Error(`root element ${roots.join(',')}, expected ${root}`);
  return unwrap(root, parsed[root]);
}

export interface Answer {
  status: number;
  text: string;
  type: string;
  headers: Headers;
}

export async function fetchText(url: string, init: RequestInit = {}): Promise<Answer> {
  const response = await fetch(url, init);
  return { status: response.status, text: await response.text(), type: response.headers.get('content-type') ?? '', headers: response.headers };
}

/** A form-encoded POST body from pairs (repeat a name for several values). */
export function formBody(pairs: [string, string][]): RequestInit {
  return { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(pairs).toString() };
}

// --- The OpenAPI document -------------------------------------------------------------------

interface OpenApiDocument {
  paths: Record<string, Record<string, { responses: Record<string, { $ref?: string; content?: Record<string, { schema: unknown }> }> }>>;
  components: { responses: Record<string, { content?: Record<string, { schema: unknown }> }>; schemas: Record<string, unknown> };
}
export const openapi = YAML.parse(fs.readFileSync(OPENAPI_FILE, 'utf8')) as OpenApiDocument;
const openapiAjv = {
  json: addFormats(new Ajv2020({ allErrors: true, strict: false })),
  xml: addFormats(new Ajv2020({ allErrors: true, strict: false, coerceTypes: true })),
};
for (const ajv of Object.values(openapiAjv)) ajv.addSchema({ $id: 'https://city.example/openapi.json', components: openapi.components });
const openapiCache = new Map<string, ValidateFunction>();

/** Rewrites the document's local references to the copy of its components registered above. */
function absolute(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(absolute);
  if (typeof schema !== 'object' || schema === null) return schema;
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [key, key === '$ref' && typeof value === 'string' ? `https://city.example/openapi.json${value}` : absolute(value)]),
  );
}

/**
 * The problems of an answer against the OpenAPI document: the path template and method must be
 * documented, with this status and this media type, and the body must match its schema.
 */
export function openapiErrors(method: string, template: string, status: number, mediaType: 'application/json' | 'application/xml', body: unknown): string {
  const operation = openapi.paths[template]?.[method.toLowerCase()];
  if (!operation) return `${method} ${template} is not documented`;
  let response = operation.responses[String(status)];
  if (!response) return `${method} ${template} does not document ${status}`;
  if (response.$ref) response = openapi.components.responses[response.$ref.split('/').pop() ?? ''] ?? {};
  const schema = response.content?.[mediaType]?.schema;
  if (!schema) return `${method} ${template} ${status} does not document ${mediaType}`;
  const key = `${method} ${template} ${status} ${mediaType}`;
  let validate = openapiCache.get(key);
  if (!validate) {
    validate = openapiAjv[mediaType === 'application/xml' ? 'xml' : 'json'].compile(absolute(schema) as object);
    openapiCache.set(key, validate);
  }
  return validate(body) ? '' : JSON.stringify(validate.errors?.slice(0, 5));
}
