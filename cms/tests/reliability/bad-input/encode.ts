import http from 'node:http';
import { isRecord, RAW, type BadCase, type Json } from './cases';

/**
 * Turns a generated case into the bytes one entry point receives, and sends them with node:http
 * (fetch would fix up what we want broken: it adds a content type, refuses lone surrogates and
 * always sends a length).
 */
export interface RawRequest {
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  headers: Record<string, string>;
  body: Buffer;
  chunked: boolean;
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

const RAW_BYTE = Buffer.from([0xff]);

/** UTF-8 bytes of a text, with each RAW marker written as the invalid byte 0xFF. */
export function toBytes(text: string): Buffer {
  const parts = text.split(RAW);
  return Buffer.concat(parts.flatMap((part, index) => (index === 0 ? [Buffer.from(part, 'utf8')] : [RAW_BYTE, Buffer.from(part, 'utf8')])));
}

const UNRESERVED = /[A-Za-z0-9\-_.~]/;

/** Percent-encodes a text for a form body; RAW markers stay raw 0xFF bytes (not percent-encoded). */
function percentEncode(text: string): Buffer {
  return Buffer.concat(
    text.split(RAW).flatMap((part, index) => {
      const encoded = [...Buffer.from(part, 'utf8')].map((byte) => (UNRESERVED.test(String.fromCharCode(byte)) ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
      return index === 0 ? [Buffer.from(encoded, 'latin1')] : [RAW_BYTE, Buffer.from(encoded, 'latin1')];
    }),
  );
}

const textOf = (value: Json): string => (typeof value === 'string' ? value : JSON.stringify(value));

function urlEncoded(params: [string, string][]): Buffer {
  return Buffer.concat(params.flatMap(([name, value], index) => [...(index > 0 ? [Buffer.from('&')] : []), percentEncode(name), Buffer.from('='), percentEncode(value)]));
}

const BOUNDARY = '----reliability-boundary-7MA4YWxkTrZu0gW';

function multipart(params: [string, string][], files: BadCase['files']): Buffer {
  const chunks: Buffer[] = [];
  for (const [name, value] of params) {
    chunks.push(Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="`), toBytes(name), Buffer.from('"\r\n\r\n'), toBytes(value), Buffer.from('\r\n'));
  }
  for (const file of files) {
    chunks.push(
      Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="answers[${file.field}]"; filename="`),
      toBytes(file.filename),
      Buffer.from(`"\r\nContent-Type: ${file.contentType}\r\n\r\n`),
      file.bytes,
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  return Buffer.concat(chunks);
}

/** The parameters of the no-JavaScript form, named as the HTML form names them. */
function formParams(testCase: BadCase): [string, string][] {
  const params: [string, string][] = [];
  const put = (name: string, value: Json | undefined) => {
    if (value === undefined) return;
    for (const item of Array.isArray(value) ? value : [value]) params.push([name, textOf(item)]);
  };
  put('formCode', testCase.formCode);
  put('locale', testCase.localeParam);
  put('idempotencyKey', testCase.idempotencyKey);
  if (isRecord(testCase.answers)) for (const [key, value] of Object.entries(testCase.answers)) put(`answers[${key}]`, value);
  if (isRecord(testCase.contact)) for (const [key, value] of Object.entries(testCase.contact)) put(`contact[${key}]`, value);
  for (const [name, value] of testCase.extras) put(name, value);
  return params;
}

/** GeoReport v2 parameters: attribute[code] (attribute[code][] for lists), first_name, email, phone. */
function open311Params(testCase: BadCase): [string, string][] {
  const params: [string, string][] = [];
  if (testCase.open311.apiKey !== undefined) params.push(['api_key', testCase.open311.apiKey]);
  if (typeof testCase.formCode === 'string') params.push(['service_code', testCase.formCode]);
  if (typeof testCase.localeParam === 'string') params.push(['locale', testCase.localeParam]);
  if (isRecord(testCase.answers)) {
    for (const [key, value] of Object.entries(testCase.answers)) {
      if (Array.isArray(value)) for (const item of value) params.push([`attribute[${key}][]`, textOf(item)]);
      else params.push([`attribute[${key}]`, textOf(value)]);
    }
  }
  if (isRecord(testCase.contact)) {
    const { name, email, phone } = testCase.contact;
    if (name !== undefined) params.push(['first_name', textOf(name)]);
    if (email !== undefined) params.push(['email', textOf(email)]);
    if (phone !== undefined) params.push(['phone', textOf(phone)]);
  }
  return [...params, ...testCase.open311.params];
}

export const SUBMIT_MUTATION = 'mutation Submit($input: SubmitServiceRequestInput!) { submitServiceRequest(input: $input) { reference replayed } }';

function graphqlPayload(testCase: BadCase): Record<string, unknown> {
  const input: Record<string, Json> = {};
  const put = (name: string, value: Json | undefined) => {
    if (value !== undefined) input[name] = value;
  };
  put('formCode', testCase.formCode);
  put('locale', testCase.localeParam);
  put('answers', testCase.answers);
  put('contact', testCase.contact);
  put('idempotencyKey', testCase.idempotencyKey);
  for (const [name, value] of testCase.extras) input[name] = value;
  return { query: SUBMIT_MUTATION, variables: { input } };
}

export function encode(testCase: BadCase, open311Key: string): RawRequest {
  const path =
    testCase.entry === 'graphql' ? '/graphql' : testCase.entry === 'open311' ? `/api/open311/v2/requests.${testCase.reply === 'xml' ? 'xml' : 'json'}` : '/api/service-requests/submit';
  const accept = testCase.entry === 'form-urlencoded' || testCase.entry === 'form-multipart' ? (testCase.reply === 'json' ? 'application/json' : 'text/html') : 'application/json';
  const transport = testCase.transport;
  if (transport) {
    const method = transport.method ?? 'POST';
    const query = method === 'GET' ? `?query=${encodeURIComponent(SUBMIT_MUTATION)}` : '';
    const headers: Record<string, string> = { accept, ...(transport.contentType ? { 'content-type': transport.contentType } : {}) };
    const body = typeof transport.body === 'string' ? toBytes(transport.body) : transport.body;
    return { method, path: `${path}${query}`, headers, body, chunked: transport.chunked === true };
  }
  switch (testCase.entry) {
    case 'graphql':
      return { method: 'POST', path, headers: { accept, 'content-type': 'application/json' }, body: toBytes(JSON.stringify(graphqlPayload(testCase))), chunked: false };
    case 'form-urlencoded':
      return { method: 'POST', path, headers: { accept, 'content-type': 'application/x-www-form-urlencoded' }, body: urlEncoded(formParams(testCase)), chunked: false };
    case 'form-multipart':
      return { method: 'POST', path, headers: { accept, 'content-type': `multipart/form-data; boundary=${BOUNDARY}` }, body: multipart(formParams(testCase), testCase.files), chunked: false };
    case 'open311': {
      const params = open311Params({ ...testCase, open311: { ...testCase.open311, apiKey: testCase.open311.apiKey === undefined && !breaksApiKey(testCase) ? open311Key : testCase.open311.apiKey } });
      const headers: Record<string, string> = { accept, 'content-type': 'application/x-www-form-urlencoded' };
      if (testCase.open311.idempotencyHeader) headers['idempotency-key'] = testCase.open311.idempotencyHeader;
      return { method: 'POST', path, headers, body: urlEncoded(params), chunked: false };
    }
  }
}

/** Whether the case means to leave the API key out (rather than use the valid one). */
function breaksApiKey(testCase: BadCase): boolean {
  return testCase.expectations.some((expectation) => expectation.field === 'api_key');
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 32 });

export function send(baseUrl: string, request: RawRequest, timeoutMs = 60_000): Promise<RawResponse> {
  const url = new URL(request.path, baseUrl);
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { ...request.headers };
    if (!request.chunked && request.method !== 'GET') headers['content-length'] = request.body.length;
    const outgoing = http.request(url, { method: request.method, headers, agent, timeout: timeoutMs }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, text: Buffer.concat(chunks).toString('utf8') }));
      incoming.on('error', reject);
    });
    outgoing.on('timeout', () => outgoing.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    outgoing.on('error', reject);
    if (request.method !== 'GET') outgoing.write(request.body);
    outgoing.end();
  });
}

export function closeConnections(): void {
  agent.destroy();
}
