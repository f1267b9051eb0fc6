import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { spell, type Spelling } from '../../harness/spellings';
import { familyOf, graphqlFamily, type Actor, type Family } from './policy';

/**
 * The routes of the permission matrix: the REST and admin routes Strapi really mounted (read from
 * its router by inspect-cms.mjs), with their parameters filled in with real ids where reading one
 * means something; and every GraphQL query and mutation from the schema (introspection, which the
 * development mode allows). Each call is classified from the answer: allowed, refused, or reached
 * (authorization passed, then the input was refused: an empty body, an id that does not exist).
 */
const routeTableSchema = z.array(z.object({ method: z.string(), path: z.string() }));
export type RouteTable = z.infer<typeof routeTableSchema>;

/** Runs inspect-cms.mjs against a CMS's environment (not running): the route table, and a super admin. */
export function inspectCms(env: Record<string, string>, superAdmin: { email: string; password: string }, outFile: string): Promise<RouteTable> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(__dirname, 'inspect-cms.mjs')], {
      env: { ...process.env, ...env, ROUTES_OUT: outFile, SUPER_ADMIN_EMAIL: superAdmin.email, SUPER_ADMIN_PASSWORD: superAdmin.password },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`inspect-cms.mjs exited with ${code}:\n${output}`));
      resolve(routeTableSchema.parse(JSON.parse(fs.readFileSync(outFile, 'utf8'))));
    });
  });
}

export interface Fixtures {
  /** A document of each content type (collection types), by uid. */
  documentIds: Record<string, string>;
  /** Content types as the content manager lists them. */
  models: { uid: string; kind: 'collectionType' | 'singleType' }[];
  /** A component (for the component routes), and its view configuration as the super admin reads it. */
  componentUid: string;
  componentConfiguration: string;
  /** A relation field of each type that has one (for the content manager's relations routes). */
  relationFields: Record<string, string>;
  reference: string;
  open311Token: string;
  serviceCode: string;
  /** An id of the media library (a public file) and of a resident's private attachment. */
  publicFileId: number;
  /** Files uploaded only to be deleted (by whoever may). */
  sacrificialFileIds: [number, number];
  privateFileId: number;
  attachmentName: string;
  editorUserId: number;
  roleId: number;
  /** A documentId that exists nowhere (for writes, so nothing real is changed). */
  missingDocumentId: string;
  /** Text saved only in drafts (never published): an answer showing it serves a draft. */
  draftMarker: string;
}

export interface MatrixCall {
  /** Shown in the table, e.g. `GET /api/pages/:id`. */
  label: string;
  method: string;
  /** With parameters filled in. */
  url: string;
  family: Family;
  /** The body to send: JSON text, or a small PNG for upload routes. */
  body?: { kind: 'json'; text: string } | { kind: 'png'; field: string };
  graphql?: { operation: 'query' | 'mutation'; field: string };
  /** Run after every other call: settings changes, then calls that end the session (with a fresh log-in each). */
  late?: 'settings' | 'session';
  /** The URL in another spelling, when the route's words and its filled-in values differ (see spelledUrl). */
  spelled?: (spelling: Spelling) => string;
  /** Text only a leak shows: the call is allowed exactly when the answer contains it. */
  reveals?: string;
}

/** The URL of a call in another spelling: the route's words change, the values filled in do not. */
export function spelledUrl(call: MatrixCall, spelling: Spelling): string {
  if (call.spelled) return call.spelled(spelling);
  const url = new URL(call.url);
  return `${url.origin}${spell(url.pathname, spelling)}${url.search}`;
}

const ALL_METHOD_SAMPLE = ['GET', 'POST'];
/** Methods a route answering ALL (koa's list of every method) is probed with. */
const KOA_ALL = 30;

/** A valid 1×1 PNG (the media library checks images). */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
export const PNG_BYTES = PNG;

/** Calls for the REST and admin routes of the table. */
export function restCalls(table: RouteTable, fixtures: Fixtures, baseUrl: string): MatrixCall[] {
  // Collapse routes mounted for every method (ALL) to two.
  const byPath = new Map<string, Set<string>>();
  for (const route of table) byPath.set(route.path, (byPath.get(route.path) ?? new Set()).add(route.method));
  const calls: MatrixCall[] = [];
  for (const [routePath, methods] of byPath) {
    if (!/^\/(api|admin|content-manager|content-type-builder|upload|i18n|users-permissions|email)(\/|$)/.test(routePath)) continue;
    const list = methods.size >= KOA_ALL ? ALL_METHOD_SAMPLE : [...methods];
    for (const method of list) calls.push(...expand(method, routePath, fixtures, baseUrl));
  }
  return calls;
}

/** Real ids for reads (so an allowed read shows data), ids that exist nowhere for writes. */
function expand(method: string, routePath: string, fixtures: Fixtures, baseUrl: string): MatrixCall[] {
  const write = method !== 'GET';
  const models = routePath.startsWith('/content-manager/components/') || routePath.includes('/components/:uid')
    ? [fixtures.componentUid]
    : routePath.includes(':model') || routePath.includes(':uid') || routePath.includes(':contentType')
    ? fixtures.models
        .filter((model) => (routePath.includes('/single-types/') ? model.kind === 'singleType' : routePath.includes('/collection-types/') ? model.kind === 'collectionType' : true))
        .map((model) => model.uid)
    : [undefined];
  return models.flatMap((model): MatrixCall[] => {
    // The relations routes need a relation field of the type; types without one have no such route to speak of.
    if (routePath.includes(':targetField') && !(model && fixtures.relationFields[model])) return [];
    const documentId = model ? fixtures.documentIds[model] ?? fixtures.missingDocumentId : fixtures.missingDocumentId;
    const fill = (name: string): string => {
      switch (name) {
        case 'model':
        case 'uid':
        case 'contentType':
          return model ?? 'api::page.page';
        case 'id':
          if (routePath.startsWith('/api/open311/')) return fixtures.reference;
          if (routePath.includes('/upload/files')) return String(method === 'DELETE' ? fixtures.sacrificialFileIds[0] : fixtures.publicFileId);
          if (routePath.startsWith('/admin/users')) return String(write ? 999_999 : fixtures.editorUserId);
          if (routePath.startsWith('/admin/roles') || routePath.startsWith('/users-permissions/roles') || routePath.startsWith('/api/users-permissions/roles')) return String(write ? 999_999 : fixtures.roleId);
          if (routePath.startsWith('/content-manager/') || /^\/api\/[a-z-]+\/:id$/.test(routePath)) return write ? fixtures.missingDocumentId : documentId;
          return '999999';
        case 'documentId':
          return write ? fixtures.missingDocumentId : documentId;
        case 'sourceId':
          return fixtures.missingDocumentId;
        case 'serviceCode':
          return fixtures.serviceCode;
        case 'token':
          return fixtures.open311Token;
        case 'format':
          return 'json';
        case 'name':
          return routePath.includes('attachments') ? fixtures.attachmentName : 'content';
        case 'targetField':
          return (model && fixtures.relationFields[model]) ?? 'department';
        case 'provider':
          return 'github';
        case 'role':
          return '999999';
        case 'reference':
          return fixtures.reference;
        case 'sessionId':
          return 'reliability-matrix-no-such-session';
        default:
          return 'reliability-matrix';
      }
    };
    // Routes that validate their input before they check permissions get well-formed input, so the answer says who may.
    const query = routePath.startsWith('/i18n/content-manager/get-fill-from-locale/')
      ? `?${new URLSearchParams({ documentId, sourceLocale: 'en', targetLocale: 'es', collectionType: model && fixtures.models.find((m) => m.uid === model)?.kind === 'singleType' ? 'single-types' : 'collection-types' })}`
      : routePath.startsWith('/content-manager/single-types/')
        ? '?locale=en'
        : '';
    const template = routePath.replace(/\(\.\*\)|\(\(\?!uploads\/\)\.\+\)/g, 'reliability-matrix');
    const filled = (path: string) => path.replace(/:([A-Za-z]+)/g, (_match, name: string) => encodeURIComponent(fill(name)));
    const url = baseUrl + filled(template) + query;
    const label = `${method} ${routePath}${model ? ` [${model}]` : ''}`;
    const upload = method === 'POST' && (routePath === '/upload' || routePath === '/api/upload');
    // The slug helpers answer only a well-formed question: ask one, so the answer says who may ask.
    const wellFormed: Record<string, unknown> = {
      '/content-manager/uid/generate': { contentTypeUID: 'api::page.page', field: 'slug', data: { title: 'Reliability matrix' } },
      '/content-manager/uid/check-availability': { contentTypeUID: 'api::page.page', field: 'slug', value: 'reliability-matrix' },
      '/i18n/content-manager/actions/get-non-localized-fields': { model: 'api::page.page', id: 1, locale: 'es' },
      '/upload/actions/bulk-delete': { fileIds: [fixtures.sacrificialFileIds[1]], folderIds: [] },
      '/i18n/settings': { aiLocalizations: false },
    };
    const uidQuestion = routePath === '/content-manager/components/:uid/configuration' ? fixtures.componentConfiguration : wellFormed[routePath] === undefined ? undefined : JSON.stringify(wellFormed[routePath]);
    return [
      {
        label,
        method,
        url,
        family: familyOf(method, routePath.replace(/:model|:uid|:contentType/g, model ?? 'api::page.page')),
        ...(write ? { body: upload ? { kind: 'png' as const, field: 'files' } : { kind: 'json' as const, text: uidQuestion ?? '[]' } } : {}),
        late: lateness(method, routePath),
        spelled: (spelling: Spelling) => baseUrl + filled(spell(template, spelling)) + query,
      },
    ];
  });
}

/** Calls that change settings, then calls that end sessions, go last, so every other call runs with working tokens. */
function lateness(method: string, routePath: string): MatrixCall['late'] {
  if (method === 'GET') return undefined;
  if (/^\/admin\/(logout|access-token)|sessions/.test(routePath)) return 'session';
  if (/^\/admin\/users\/me$|settings|advanced|providers|email-templates|configuration|homepage\/layout|project-settings/.test(routePath)) return 'settings';
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// GraphQL

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface IntrospectedField {
  name: string;
  args: { name: string; type: TypeRef }[];
  type: TypeRef;
}
interface IntrospectedType {
  name: string;
  kind: string;
  fields: IntrospectedField[] | null;
  inputFields: { name: string; type: TypeRef }[] | null;
  enumValues: { name: string }[] | null;
}
export interface Schema {
  queryType: { name: string };
  mutationType: { name: string } | null;
  types: IntrospectedType[];
}

const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }';
export const INTROSPECTION = `{ __schema { queryType { name } mutationType { name } types { name kind fields { name args { name type { ${TYPE_REF} } } type { ${TYPE_REF} } } inputFields { name type { ${TYPE_REF} } } enumValues { name } } } }`;

const named = (ref: TypeRef): TypeRef => (ref.ofType ? named(ref.ofType) : ref);
const render = (ref: TypeRef): string => (ref.kind === 'NON_NULL' && ref.ofType ? `${render(ref.ofType)}!` : ref.kind === 'LIST' && ref.ofType ? `[${render(ref.ofType)}]` : (ref.name ?? ''));

/** A value of a type that the schema accepts (required input fields filled in, recursively). */
function dummy(ref: TypeRef, types: Map<string, IntrospectedType>, fixtures: Fixtures, depth = 0): unknown {
  if (ref.kind === 'NON_NULL' && ref.ofType) return dummy(ref.ofType, types, fixtures, depth);
  if (ref.kind === 'LIST' && ref.ofType) return [dummy(ref.ofType, types, fixtures, depth)];
  switch (ref.name) {
    case 'ID':
      return fixtures.missingDocumentId;
    case 'String':
      return 'reliability-matrix';
    case 'Int':
    case 'Float':
    case 'Long':
      return 1;
    case 'Boolean':
      return false;
    case 'JSON':
      return {};
    case 'DateTime':
      return '2026-01-01T00:00:00.000Z';
    case 'Date':
      return '2026-01-01';
    case 'Time':
      return '00:00:00.000';
  }
  const type = types.get(ref.name ?? '');
  if (type?.kind === 'ENUM') return type.enumValues?.[0]?.name;
  if (type?.kind === 'INPUT_OBJECT' && depth < 4) {
    const value: Record<string, unknown> = {};
    for (const field of type.inputFields ?? []) if (field.type.kind === 'NON_NULL') value[field.name] = dummy(field.type, types, fixtures, depth + 1);
    return value;
  }
  return 'reliability-matrix';
}

/** One call per query and mutation of the schema. */
export function graphqlCalls(schema: Schema, fixtures: Fixtures, url: string): MatrixCall[] {
  const types = new Map(schema.types.map((type) => [type.name, type]));
  const calls: MatrixCall[] = [];
  const roots: ['query' | 'mutation', string | undefined][] = [
    ['query', schema.queryType.name],
    ['mutation', schema.mutationType?.name],
  ];
  for (const [operation, rootName] of roots) {
    const root = rootName ? types.get(rootName) : undefined;
    for (const field of root?.fields ?? []) {
      const variables: Record<string, unknown> = {};
      const declarations: string[] = [];
      const args: string[] = [];
      for (const arg of field.args) {
        if (arg.type.kind !== 'NON_NULL') continue;
        variables[arg.name] = dummy(arg.type, types, fixtures);
        declarations.push(`$${arg.name}: ${render(arg.type)}`);
        args.push(`${arg.name}: $${arg.name}`);
      }
      if (field.name === 'serviceRequestStatus') {
        // The right reference with a wrong email: the look-up must not tell it exists.
        variables.reference = fixtures.reference;
      }
      if (field.name === 'register') {
        // A well-formed registration, so the answer is about registration being allowed, not about the input.
        variables.input = { username: 'matrixprobe', email: 'matrix.register@example.com', password: 'Matrix-Password-1' };
      }
      const returns = types.get(named(field.type).name ?? '');
      const selection = returns && ['OBJECT', 'INTERFACE', 'UNION'].includes(returns.kind) ? ' { __typename }' : '';
      const query = `${operation} Matrix${declarations.length > 0 ? `(${declarations.join(', ')})` : ''} { ${field.name}${args.length > 0 ? `(${args.join(', ')})` : ''}${selection} }`;
      calls.push({
        label: `GraphQL ${operation} ${field.name}`,
        method: 'POST',
        url,
        family: graphqlFamily(operation, field.name),
        body: { kind: 'json', text: JSON.stringify({ query, variables }) },
        graphql: { operation, field: field.name },
      });
    }
  }
  calls.push({ label: 'GraphQL introspection (__schema)', method: 'POST', url, family: 'graphql public', body: { kind: 'json', text: JSON.stringify({ query: '{ __schema { queryType { name } } }' }) }, graphql: { operation: 'query', field: '__schema' } });
  return calls;
}

// ---------------------------------------------------------------------------------------------
// Classification

export type Actual = 'allowed' | 'reached' | 'refused' | 'server error';

export interface CallResult {
  status: number;
  actual: Actual;
  body: string;
}

interface GraphqlAnswer {
  data?: Record<string, unknown> | null;
  errors?: { message?: string; extensions?: { code?: string } }[];
}

/** Allowed (2xx/3xx, or GraphQL data), reached (authorized, then refused for its input), refused (401/403, no such route) or a server error. */
export function classify(call: MatrixCall, status: number, body: string): Actual {
  if (status >= 500 || status === 0) return 'server error';
  if (call.reveals !== undefined) return body.includes(call.reveals) ? 'allowed' : 'refused';
  if (call.graphql) {
    if (status === 401 || status === 403) return 'refused';
    let answer: GraphqlAnswer | undefined;
    try {
      answer = JSON.parse(body) as GraphqlAnswer;
    } catch {
      return status >= 400 ? 'refused' : 'allowed';
    }
    const value = answer.data?.[call.graphql.field];
    if (value !== null && value !== undefined) return 'allowed';
    const code = answer.errors?.[0]?.extensions?.code ?? '';
    if (code === 'INTERNAL_SERVER_ERROR') return 'server error';
    if (['FORBIDDEN', 'UNAUTHENTICATED', 'GRAPHQL_VALIDATION_FAILED'].includes(code) || /forbidden|unauthori[sz]ed|disabled|introspection/i.test(answer.errors?.[0]?.message ?? '')) return 'refused';
    // No data and no error: authorized, and nothing found (a document id that does not exist).
    return 'reached';
  }
  if (status < 400) return 'allowed';
  if (status === 401 || status === 403 || status === 405) return 'refused';
  // A 404 from a mounted route means authorized, nothing there (Strapi checks permissions first),
  // except where the 404 is the refusal: a resident's attachment, Open311's unknown paths.
  if (status === 404) return call.family === 'hidden' || call.url.includes('/open311/') || call.url.includes('/attachments/') ? 'refused' : 'reached';
  return 'reached';
}

/**
 * A call in another spelling: 404 or 405 says the spelling names no route (405: only the site's
 * static GET route matched), a refusal; so does the static route's 400 for a path it takes for an
 * absolute file path (`//...`, "Malicious Path"). Reads use real ids, so a spelling that skipped a
 * check shows as an allow; only a skipped check on a write to an id that exists nowhere would hide.
 */
export function classifySpelled(call: MatrixCall, status: number, body: string): Actual {
  if (status === 404 || status === 405 || (status === 400 && body.includes('Malicious Path'))) return 'refused';
  return classify(call, status, body);
}

export const isAllowedLike = (actual: Actual): boolean => actual === 'allowed' || actual === 'reached';

export type ActorCredentials = Record<Actor, { adminToken?: string; open311Key?: string } | null>;
