import fs from 'node:fs';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type RunningCms, type ThrowawayDatabase } from '../harness/cms';
import { adminLogin, graphql, request } from '../harness/http';
import { validCase } from './bad-input/cases';
import { closeConnections, encode, send } from './bad-input/encode';
import { SPELLINGS, spell, type Spelling } from '../harness/spellings';
import { classify, classifySpelled, graphqlCalls, inspectCms, INTROSPECTION, isAllowedLike, PNG_BYTES, restCalls, spelledUrl, type Actual, type Fixtures, type MatrixCall, type Schema } from './permissions/matrix';
import { ACTOR_NAMES, ACTORS, FAMILY_NOTES, POLICY, REQUEST_UID, type Actor, type Family } from './permissions/policy';
import { createSeededDatabase, OPEN311_KEY, reliabilityEnv, RELIABILITY_TMP } from './support/cms';
import { queryRows } from '../harness/database';
import { checked, writeFigures, type FigureTable } from './support/figures';
import { reliabilityPort } from './support/ports';
import { sized } from './support/scale';
import { formsForEveryEntry, loadForms } from './support/submissions';

/**
 * Reliability report, item 4: an authorization matrix generated from the routes the CMS really has (Strapi's
 * mounted router, read by inspect-cms.mjs; every GraphQL query and mutation, from introspection),
 * run as anonymous, an Open311 key, the Editor, the Triage role and a super admin, against the
 * policy in permissions/policy.ts. No unexpected allow; and a resident's contact details never
 * appear in any answer except to staff whose role reads service requests. Each call is tried in
 * other spellings of its path too (letter case, slashes, encoded letters): none allows more.
 */
const SUPER_ADMIN = { email: 'super.admin@test.example', password: 'Super-Admin-Password-1' };
const TRIAGE = { email: 'triage@test.example', password: 'Triage-Password-1' };
/** The resident whose contact details must not leak: strings found nowhere else. */
const PROBE = { name: 'Matrixprobe Zyxwvutsr', email: 'matrix.probe.zyxwvutsr@example.com', phone: '+1 703 555 0199' };

let cms: RunningCms;
let database: ThrowawayDatabase;
let smtp: SMTPServer;
const tokens: Partial<Record<Actor, string>> = {};
let fixtures: Fixtures;
let routeCount = 0;

interface Outcome {
  call: MatrixCall;
  actor: Actor;
  status: number;
  actual: Actual;
  /** The answer shows the probe resident's contact details. */
  showsContact: boolean;
  /** …to someone who may not read them. */
  leaked: boolean;
  /** The start of the answer, for the table of unexpected answers. */
  excerpt: string;
  /** Set when the call was sent in another spelling of its path. */
  spelling?: Spelling;
  url: string;
}

beforeAll(async () => {
  // An SMTP server that accepts anything, so an e-mail the CMS is allowed to send is really sent.
  smtp = new SMTPServer({ authOptional: true, disabledCommands: ['STARTTLS'], onData: (stream, _session, done) => stream.on('data', () => undefined).on('end', () => done()) });
  const smtpPort = await reliabilityPort();
  await new Promise<void>((resolve) => smtp.listen(smtpPort, '127.0.0.1', resolve));
  database = await createSeededDatabase('sqlite');
  const env = await reliabilityEnv(database, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtpPort), RATE_LIMIT_DISABLED: 'true', REQUEST_MIN_FILL_MS: '0', TRIAGE_EMAIL: TRIAGE.email, TRIAGE_PASSWORD: TRIAGE.password });
  fs.mkdirSync(RELIABILITY_TMP, { recursive: true });
  const routesFile = path.join(RELIABILITY_TMP, `routes-${process.pid}.json`);
  const table = await inspectCms(env, SUPER_ADMIN, routesFile);
  fs.rmSync(routesFile, { force: true });
  routeCount = table.length;
  cms = await startCms(env);
  await logIn();
  fixtures = await gatherFixtures(cms);
  calls = [...extraCalls(cms, fixtures), ...restCalls(table, fixtures, cms.url), ...graphqlCalls(await introspect(cms), fixtures, `${cms.url}/graphql`)];
});

afterAll(async () => {
  closeConnections();
  await cms?.stop();
  await database?.drop();
  if (cms?.env.PRIVATE_UPLOADS_DIR) fs.rmSync(cms.env.PRIVATE_UPLOADS_DIR, { recursive: true, force: true });
  await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
});

let calls: MatrixCall[] = [];

async function logIn(): Promise<void> {
  tokens.superAdmin = await adminLogin(cms.url, SUPER_ADMIN.email, SUPER_ADMIN.password);
  tokens.editor = await adminLogin(cms.url, cms.editor.email, cms.editor.password);
  // The Triage role comes with the ticket backend's staff work; without it the column says so.
  tokens.triage = await adminLogin(cms.url, TRIAGE.email, TRIAGE.password).catch(() => undefined);
}

async function introspect(running: RunningCms): Promise<Schema> {
  const response = await graphql<{ __schema: Schema }>(running.url, INTROSPECTION);
  if (!response.body.data) throw new Error(`introspection failed: ${JSON.stringify(response.body.errors)}`);
  return response.body.data.__schema;
}

/**
 * Calls the route table cannot make meaningful on its own: the look-up a resident makes (reference
 * and the right email: allowed to anyone, and it must not show the contact), a resident's
 * attachment through the media library, and a real e-mail through the admin's send route.
 */
function extraCalls(running: RunningCms, fixture: Fixtures): MatrixCall[] {
  const query = 'query Status($reference: String!, $email: String!) { serviceRequestStatus(reference: $reference, email: $email) { reference status statusLabel timeline { status } } }';
  return [
    {
      label: 'GraphQL query serviceRequestStatus (reference and its email)',
      method: 'POST',
      url: `${running.url}/graphql`,
      family: 'graphql public',
      body: { kind: 'json', text: JSON.stringify({ query, variables: { reference: fixture.reference, email: PROBE.email } }) },
      graphql: { operation: 'query', field: 'serviceRequestStatus' },
    },
    { label: 'GET /upload/files/:id [a resident’s attachment]', method: 'GET', url: `${running.url}/upload/files/${fixture.privateFileId}`, family: 'hidden', spelled: (spelling) => `${running.url}${spell('/upload/files', spelling)}/${fixture.privateFileId}` },
    { label: 'GET /api/upload/files/:id [a resident’s attachment]', method: 'GET', url: `${running.url}/api/upload/files/${fixture.privateFileId}`, family: 'hidden', spelled: (spelling) => `${running.url}${spell('/api/upload/files', spelling)}/${fixture.privateFileId}` },
    { label: 'GET /upload/files [lists a resident’s attachment]', method: 'GET', url: `${running.url}/upload/files?page=1&pageSize=100`, family: 'hidden', reveals: fixture.attachmentName },
    { label: 'GET /api/upload/files [lists a resident’s attachment]', method: 'GET', url: `${running.url}/api/upload/files`, family: 'hidden', reveals: fixture.attachmentName },
    ...['pages', 'services'].map((type): MatrixCall => ({
      label: `GET /api/${type}?status=draft [a draft]`,
      method: 'GET',
      url: `${running.url}/api/${type}?status=draft&locale=en&pagination[pageSize]=100`,
      family: 'drafts',
      reveals: fixture.draftMarker,
    })),
    {
      label: 'POST /email [a real message to anyone, as the city]',
      method: 'POST',
      url: `${running.url}/email`,
      family: 'admin super only',
      body: { kind: 'json', text: JSON.stringify({ to: 'someone@example.com', subject: 'Reliability matrix', text: 'Sent through the admin e-mail route.' }) },
    },
  ];
}

const superHeaders = () => ({ authorization: `Bearer ${tokens.superAdmin}` });

/** Real records to read: one document per type, a request with the probe contact (web, Open311, with an attachment), files, users. */
async function gatherFixtures(running: RunningCms): Promise<Fixtures> {
  const contentTypes = await request<{ data: { uid: string; kind: 'collectionType' | 'singleType'; attributes?: Record<string, { type?: string }> }[] }>(`${running.url}/content-manager/content-types`, { headers: superHeaders() });
  const relationFields: Record<string, string> = {};
  for (const type of contentTypes.body.data) {
    // The type's own relations (not the createdBy/updatedBy every type has).
    const relation = Object.entries(type.attributes ?? {}).find(([name, attribute]) => attribute.type === 'relation' && name !== 'createdBy' && name !== 'updatedBy');
    if (relation) relationFields[type.uid] = relation[0];
  }
  // Admin users and media files are not content-manager content (their own routes are in the table).
  const models = contentTypes.body.data.filter((type) => type.uid.startsWith('api::') || type.uid === 'plugin::users-permissions.user').map(({ uid, kind }) => ({ uid, kind }));

  // A request from the probe resident, through each channel.
  const forms = formsForEveryEntry(await loadForms(running.url));
  const form = forms[0];
  if (!form) throw new Error('no form to submit');
  const submit = async (entry: 'graphql' | 'open311' | 'form-multipart', key: string) => {
    const testCase = validCase(form, entry, 'json', 'en', key);
    testCase.contact = { name: PROBE.name, email: PROBE.email, phone: PROBE.phone };
    return send(running.url, encode(testCase, OPEN311_KEY));
  };
  const web = JSON.parse((await submit('graphql', `matrix-probe-graphql-${Date.now()}`)).text) as { data?: { submitServiceRequest?: { reference: string } } };
  const reference = web.data?.submitServiceRequest?.reference;
  const open311 = JSON.parse((await submit('open311', `matrix-probe-open311-${Date.now()}`)).text) as { token?: string }[];
  const multipart = await submit('form-multipart', `matrix-probe-multipart-${Date.now()}`);
  if (!reference || !open311[0]?.token || multipart.status !== 201) throw new Error(`could not submit the probe requests: ${reference} ${JSON.stringify(open311)} ${multipart.status} ${multipart.text}`);

  const components = await request<{ data: { uid: string }[] }>(`${running.url}/content-manager/components`, { headers: superHeaders() });
  const componentUid = components.body.data[0]?.uid;
  if (!componentUid) throw new Error('no component');
  // Writing back the configuration as it is changes nothing, and tells who may write it.
  const configuration = await request<{ data: { component: { settings: unknown; metadatas: unknown; layouts: unknown } } }>(`${running.url}/content-manager/components/${componentUid}/configuration`, { headers: superHeaders() });
  const { settings, metadatas, layouts } = configuration.body.data.component;
  const componentConfiguration = JSON.stringify({ settings, metadatas, layouts });
  const documentIds: Record<string, string> = {};
  for (const model of models.filter((m) => m.kind === 'collectionType')) {
    const list = await request<{ results?: { documentId?: string; id?: number }[] }>(`${running.url}/content-manager/collection-types/${model.uid}?page=1&pageSize=1`, { headers: superHeaders() });
    const first = list.body.results?.[0];
    if (first?.documentId) documentIds[model.uid] = first.documentId;
  }
  if (!documentIds[REQUEST_UID]) throw new Error('the super admin cannot list service requests');

  const uploadFile = async (name: string) => {
    const form = new FormData();
    form.append('files', new Blob([PNG_BYTES], { type: 'image/png' }), name);
    const uploaded = await request<{ id: number }[]>(`${running.url}/upload`, { method: 'POST', headers: superHeaders(), body: form });
    const id = uploaded.body[0]?.id;
    if (!id) throw new Error(`the super admin could not upload: ${uploaded.status} ${JSON.stringify(uploaded.body)}`);
    return id;
  };
  // A draft (saved, never published) of a page and a service, with text found nowhere else.
  const draftMarker = `Matrix draft ${Date.now().toString(36)} never published`;
  for (const uid of ['api::page.page', 'api::service.service']) {
    const saved = await request(`${running.url}/content-manager/collection-types/${uid}/${documentIds[uid]}?locale=en`, { method: 'PUT', headers: { ...superHeaders(), 'content-type': 'application/json' }, body: JSON.stringify({ summary: draftMarker }) });
    if (saved.status !== 200) throw new Error(`could not save a draft of ${uid}: ${saved.status} ${JSON.stringify(saved.body)}`);
  }

  const publicFileId = await uploadFile('matrix-public.png');
  const sacrificialFileIds: [number, number] = [await uploadFile('matrix-delete-1.png'), await uploadFile('matrix-delete-2.png')];
  const privateFile = (await queryRows<{ id: number; url: string }>(running.env, "SELECT id, url FROM files WHERE url LIKE '/private-uploads/%' LIMIT 1"))[0];
  const users = await request<{ data: { results: { id: number; email: string }[] } }>(`${running.url}/admin/users?pageSize=100`, { headers: superHeaders() });
  const roles = await request<{ data: { id: number; code: string }[] }>(`${running.url}/admin/roles`, { headers: superHeaders() });
  const editorUserId = users.body.data.results.find((user) => user.email === running.editor.email)?.id;
  const roleId = roles.body.data.find((role) => role.code === 'strapi-editor')?.id;
  if (!publicFileId || !privateFile || !editorUserId || !roleId) throw new Error(`fixtures missing: ${publicFileId} ${JSON.stringify(privateFile)} ${editorUserId} ${roleId}`);

  return {
    documentIds,
    models,
    componentUid,
    componentConfiguration,
    relationFields,
    reference,
    open311Token: open311[0].token,
    serviceCode: form.code,
    publicFileId,
    sacrificialFileIds,
    privateFileId: privateFile.id,
    attachmentName: path.basename(privateFile.url),
    editorUserId,
    roleId,
    missingDocumentId: 'reliabilitymatrixnone0000',
    draftMarker,
  };
}

/** Sends a call as an actor: the admin JWT as a bearer token; the Open311 key as api_key on Open311, as a bearer token elsewhere. */
async function run(call: MatrixCall, actor: Actor, spelling?: Spelling): Promise<{ status: number; body: string; url: string }> {
  const headers: Record<string, string> = { accept: 'application/json' };
  let url = spelling ? spelledUrl(call, spelling) : call.url;
  const adminToken = actor === 'editor' || actor === 'triage' || actor === 'superAdmin' ? tokens[actor] : undefined;
  if (adminToken) headers.authorization = `Bearer ${adminToken}`;
  const open311Route = call.url.includes('/api/open311/');
  if (actor === 'open311') {
    if (open311Route) url += `${url.includes('?') ? '&' : '?'}api_key=${encodeURIComponent(OPEN311_KEY)}`;
    else headers.authorization = `Bearer ${OPEN311_KEY}`;
  }
  let body: BodyInit | undefined;
  if (call.body?.kind === 'json') {
    headers['content-type'] = 'application/json';
    body = call.body.text;
  } else if (call.body?.kind === 'png') {
    const form = new FormData();
    form.append(call.body.field, new Blob([PNG_BYTES], { type: 'image/png' }), 'matrix.png');
    body = form;
  }
  if (open311Route && call.method === 'POST') {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    body = new URLSearchParams({ ...(actor === 'open311' ? { api_key: OPEN311_KEY } : {}), service_code: fixtures.serviceCode }).toString();
  }
  try {
    const response = await fetch(url, { method: call.method, headers, body, redirect: 'manual' });
    return { status: response.status, body: await response.text(), url };
  } catch (error) {
    return { status: 0, body: error instanceof Error ? error.message : String(error), url };
  }
}

const PHONE_DIGITS = PROBE.phone.replace(/\D/g, '');
function containsContact(body: string): boolean {
  const lower = body.toLowerCase();
  return lower.includes(PROBE.email) || lower.includes(PROBE.name.toLowerCase()) || body.includes(PROBE.phone) || body.replace(/\D/g, '').includes(PHONE_DIGITS);
}

/** Staff whose role reads service requests may see the contact in them (and the super admin anywhere). */
function mayReadContact(actor: Actor, family: Family): boolean {
  if (actor === 'superAdmin') return true;
  return actor === 'triage' && (family === 'admin requests read' || family === 'admin requests update');
}

const mark = (expected: string, actual: Actual, status: number): string => {
  const allowedLike = isAllowedLike(actual);
  const symbol = actual === 'server error' ? '5xx' : allowedLike ? (actual === 'allowed' ? 'allow' : 'reach') : 'deny';
  const flag = expected === 'deny' && allowedLike ? ' ✗' : expected === 'allow' && !allowedLike ? ' !' : '';
  return `${symbol} ${status}${flag}`;
};

/** Families whose calls are tried in every spelling even in the short form (a draft, a resident's attachment). */
const EVERY_SPELLING: Family[] = ['drafts', 'hidden'];

/** Every other spelling at full size; in the short form one per call, each spelling in turn. */
function spellingsFor(call: MatrixCall, callIndex: number): Spelling[] {
  if (EVERY_SPELLING.includes(call.family)) return [...SPELLINGS];
  return sized({ short: [SPELLINGS[callIndex % SPELLINGS.length] as Spelling], full: [...SPELLINGS] });
}

describe('permission matrix', () => {
  it('allows nothing the policy does not, and shows contact details to request staff only', async () => {
    const started = Date.now();
    const actors = ACTORS.filter((actor) => actor !== 'triage' || tokens.triage);
    // Calls that end the session last of all, each after a fresh log-in (the admin limits log-ins, so only those).
    const endsSession = (call: MatrixCall) => /\/admin\/logout$/.test(call.url) || (call.method === 'DELETE' && /\/admin\/users\/me\/sessions$/.test(call.url));
    const sessionCalls = calls.filter((call) => call.late === 'session');
    const ordered = [...calls.filter((call) => !call.late), ...calls.filter((call) => call.late === 'settings'), ...sessionCalls.filter((call) => !endsSession(call)), ...sessionCalls.filter(endsSession)];
    const outcomes: Outcome[] = [];
    let sessionEnded = false;
    let callIndex = 0;
    for (const call of ordered) {
      if (endsSession(call)) {
        if (sessionEnded) await logIn();
        sessionEnded = true;
      }
      // A call that ends the session is not repeated: each try would need another log-in, and the admin limits them.
      const spellings = endsSession(call) ? [] : spellingsFor(call, callIndex);
      callIndex += 1;
      for (const spelling of [undefined, ...spellings]) {
        const answers = await Promise.all(actors.map(async (actor) => ({ actor, ...(await run(call, actor, spelling)) })));
        for (const answer of answers) {
          const showsContact = containsContact(answer.body);
          outcomes.push({
            call,
            actor: answer.actor,
            status: answer.status,
            actual: spelling ? classifySpelled(call, answer.status, answer.body) : classify(call, answer.status, answer.body),
            showsContact,
            leaked: showsContact && !mayReadContact(answer.actor, call.family),
            excerpt: answer.body.replace(/\s+/g, ' ').slice(0, 160),
            spelling,
            url: answer.url,
          });
        }
      }
    }
    const spelled = outcomes.filter((outcome) => outcome.spelling);
    const canonical = outcomes.filter((outcome) => !outcome.spelling);

    const expectedOf = (outcome: Outcome) => POLICY[outcome.call.family][outcome.actor];
    const unexpectedAllows = canonical.filter((outcome) => expectedOf(outcome) === 'deny' && isAllowedLike(outcome.actual));
    const spelledAllows = spelled.filter((outcome) => expectedOf(outcome) === 'deny' && isAllowedLike(outcome.actual));
    const unexpectedDenies = canonical.filter((outcome) => expectedOf(outcome) === 'allow' && outcome.actual === 'refused');
    const leaks = outcomes.filter((outcome) => outcome.leaked);
    const serverErrors = canonical.filter((outcome) => outcome.actual === 'server error');
    const spelledServerErrors = spelled.filter((outcome) => outcome.actual === 'server error');
    const contactSeenByStaff = canonical.filter((outcome) => outcome.showsContact && !outcome.leaked).length;

    const families = [...new Set(calls.map((call) => call.family))].sort();
    const summary: FigureTable = {
      title: 'Expected against actual, by route family (allowed or reached / calls; expected in brackets)',
      columns: ['family', 'calls', ...actors.map((actor) => ACTOR_NAMES[actor]), 'what'],
      rows: families.map((family) => {
        const mine = canonical.filter((outcome) => outcome.call.family === family);
        const perCall = new Set(mine.map((outcome) => outcome.call)).size;
        return [
          family,
          String(perCall),
          ...actors.map((actor) => {
            const cells = mine.filter((outcome) => outcome.actor === actor);
            const allowed = cells.filter((outcome) => isAllowedLike(outcome.actual)).length;
            return `${allowed}/${cells.length} (${POLICY[family as Family][actor]})`;
          }),
          FAMILY_NOTES[family as Family],
        ];
      }),
    };
    const full: FigureTable = {
      title: `Every call (allow = 2xx/3xx, reach = authorized then refused for its input, deny = 401/403/404/405; ✗ unexpected allow, ! unexpected deny)`,
      columns: ['call', 'family', ...actors.map((actor) => `${ACTOR_NAMES[actor]} (expected)`)],
      rows: ordered.map((call) => [
        call.label,
        call.family,
        ...actors.map((actor) => {
          const outcome = canonical.find((candidate) => candidate.call === call && candidate.actor === actor);
          const expected = POLICY[call.family][actor];
          return outcome ? `${mark(expected, outcome.actual, outcome.status)} (${expected})` : '';
        }),
      ]),
    };
    const problems: FigureTable = {
      title: 'Unexpected answers',
      columns: ['call', 'actor', 'expected', 'actual', 'status', 'answer'],
      rows: [...new Set([...unexpectedAllows, ...spelledAllows, ...leaks, ...unexpectedDenies, ...serverErrors])].map((outcome) => [
        outcome.spelling ? `${outcome.call.label} as ${outcome.call.method} ${new URL(outcome.url).pathname} (${outcome.spelling})` : outcome.call.label,
        ACTOR_NAMES[outcome.actor],
        POLICY[outcome.call.family][outcome.actor],
        outcome.leaked ? `${outcome.actual}, CONTACT DETAILS SHOWN` : outcome.actual,
        String(outcome.status),
        outcome.excerpt,
      ]),
    };

    writeFigures({
      id: '4-permissions',
      item: 4,
      title: 'Permissions: the authorization matrix',
      durationSeconds: (Date.now() - started) / 1000,
      figures: [
        { label: 'routes Strapi mounted (router table, before expanding :model)', value: routeCount },
        { label: 'calls in the matrix (REST, admin, GraphQL operations)', value: calls.length },
        { label: 'actors', value: actors.map((actor) => ACTOR_NAMES[actor]).join(', ') },
        { label: 'requests sent', value: outcomes.length },
        checked('unexpected allows', unexpectedAllows.length, '= 0'),
        {
          label: `spellings tried (each call × actor in ${sized({ short: 'one other spelling, in turn (drafts and attachments in all)', full: `${SPELLINGS.length} other spellings` })}: ${SPELLINGS.join(', ')})`,
          value: spelled.length,
        },
        checked('unexpected allows on another spelling', spelledAllows.length, '= 0'),
        { label: '5xx answers on another spelling', value: spelledServerErrors.length },
        checked('answers showing a resident’s contact details to someone who may not read them', leaks.length, '= 0'),
        { label: 'unexpected denials (an allowed call refused)', value: unexpectedDenies.length },
        { label: '5xx answers from Strapi’s admin routes (listed under “Unexpected answers”)', value: serverErrors.length },
        { label: 'answers showing the contact to request staff (Triage, super admin), as intended', value: contactSeenByStaff },
        ...(tokens.triage ? [] : [{ label: 'Triage column', value: 'not measured: this build has no Triage role (TRIAGE_EMAIL log-in failed)' }]),
      ],
      tables: [summary, ...(problems.rows.length > 0 ? [problems] : []), full],
      notes: [
        'Routes come from Strapi’s own router (cms/tests/reliability/permissions/inspect-cms.mjs loads the compiled CMS and lists strapi.server.listRoutes()); routes answering every method are probed with GET and POST; content-manager routes are expanded for every content type the content manager lists. GraphQL operations come from the schema by introspection (development mode).',
        'Reads use real ids (a request from a probe resident, submitted through GraphQL, Open311 and the multipart form with an attachment); writes send an empty JSON array or a missing id, so an authorized call is refused for its input and nothing real changes. Calls that end sessions or change settings run last.',
        'Admin tokens and the Open311 key are sent as bearer tokens to the content API and GraphQL: they must grant nothing there (a 401 on a public route is fine: the same call works without them).',
        'Every answer is searched for the probe resident’s name, email and phone (digits too).',
        'Spellings change the route’s own words, never the ids filled in (cms/tests/harness/spellings.ts). On another spelling, 404 and 405 count as refused: a spelling in another letter case names no route (only the site’s static GET route matches it, hence 405 for other methods); the trailing-slash, doubled-slash and encoded spellings name the same route as the call. Calls that end the session are not repeated in other spellings. Drafts and the media-library lists count as allowed only when the answer shows the draft’s text or the attachment.',
      ],
    });

    if (unexpectedAllows.length + spelledAllows.length + leaks.length > 0) console.error(problems.rows.slice(0, 30).map((row) => row.join(' | ')).join('\n'));
    expect(canonical.length).toBeGreaterThan(actors.length * 300);
    expect(spelled.length).toBeGreaterThan(canonical.length * 0.9 * sized({ short: 1, full: SPELLINGS.length }));
    expect(unexpectedAllows.map((outcome) => `${outcome.call.label} as ${outcome.actor}: ${outcome.status}`)).toEqual([]);
    expect(spelledAllows.map((outcome) => `${outcome.call.method} ${outcome.url} as ${outcome.actor}: ${outcome.status}`)).toEqual([]);
    expect(leaks.map((outcome) => `${outcome.call.label} as ${outcome.actor}`)).toEqual([]);
    // The matrix must be able to see contact details at all, or the leak check proves nothing.
    expect(contactSeenByStaff).toBeGreaterThan(0);
  });
});
