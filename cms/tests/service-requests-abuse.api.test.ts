import crypto from 'node:crypto';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import { challengeSchema, encodeChallengePayload, type Challenge } from '@city/shared/challenge';
import { PUBLISHER_SECRET_HEADER, VISITOR_IP_HEADER } from '@city/shared/forms';
import { freePort, startCms, startSeededCms, type RunningCms } from './harness/cms';
import { graphql } from './harness/http';
import type { GraphqlBody } from './harness/http';
import { CONTACT, countRequests, formFields, lookup, newKey, postForm, publishedForms, SUBMIT, submitGraphql, validAnswers, type GraphqlError, type Receipt } from './service-requests.helpers';

/**
 * Abuse controls with low limits: two CMS instances on one database share their rate limits
 * through Redis, as they would behind a load balancer; bodies are capped before parsing.
 */
const PUBLISHER_SECRET = crypto.randomBytes(16).toString('hex');
const OPEN311_KEY = `abuse-${crypto.randomBytes(12).toString('hex')}`;
let first: RunningCms;
let second: RunningCms;

beforeAll(async () => {
  const limits = {
    REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    // A fresh prefix: counters from other runs (or other test files) never leak in.
    RATE_LIMIT_PREFIX: `test:${crypto.randomBytes(6).toString('hex')}`,
    RATE_LIMIT_SUBMIT_MAX: '3',
    // The ceiling at the allowance: these instances refuse at the limit on every channel. The
    // proof-of-work challenge between the two has an instance of its own below.
    RATE_LIMIT_SUBMIT_CEILING: '3',
    RATE_LIMIT_SUBMIT_WINDOW_MS: '600000',
    RATE_LIMIT_LOOKUP_MAX: '4',
    RATE_LIMIT_LOOKUP_WINDOW_MS: '600000',
    RATE_LIMIT_OPEN311_MAX: '2',
    OPEN311_DEMO_KEY: OPEN311_KEY,
    REQUEST_MAX_BODY_MB: '1',
    GRAPHQL_MAX_BODY_KB: '64',
    OUTBOX_WORKER: 'false',
    // The publisher's secret, which lets it name the resident it looks a request up for.
    PUBLISH_WEBHOOK_SECRET: PUBLISHER_SECRET,
  };
  first = await startSeededCms(limits);
  // Same database, same Redis, another process.
  second = await startCms({ ...first.env, PORT: String(await freePort()) });
});
afterAll(async () => {
  await second?.stop();
  await first?.stop();
});

async function validInput(locale: 'en' | 'es' = 'en') {
  const form = (await publishedForms(first, locale)).get('wifi-outage');
  if (!form) throw new Error('wifi-outage is not published');
  return { formCode: form.code, locale, answers: validAnswers(form), contact: CONTACT, idempotencyKey: newKey() };
}

/** The GraphQL submission as the island sends it, from a visitor a trusted proxy names. */
async function submitFrom(cms: RunningCms, address: string, input: Record<string, unknown>): Promise<GraphqlBody<{ submitServiceRequest: Receipt }>> {
  const response = await fetch(`${cms.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ query: SUBMIT, variables: { input } }),
  });
  return (await response.json()) as GraphqlBody<{ submitServiceRequest: Receipt }>;
}
const codeOf = (body: GraphqlBody<unknown>) => (body.errors?.[0] as GraphqlError | undefined)?.extensions?.code;

describe('per-IP rate limits shared through Redis', () => {
  it('lets 3 submissions through across both instances, then refuses the 4th with 429 and Retry-After on either', async () => {
    const accepted = [
      await postForm(first, formFields(await validInput())),
      await postForm(second, formFields(await validInput())),
      await submitGraphql(first, await validInput()),
    ];
    expect(accepted[0]?.status).toBe(303);
    expect(accepted[1]?.status).toBe(303);
    expect((accepted[2] as Awaited<ReturnType<typeof submitGraphql>>).body.data?.submitServiceRequest.reference).toMatch(/^ALX-/);

    const refusedInput = await validInput();
    const refusedForm = await postForm(second, formFields(refusedInput));
    expect(refusedForm.status).toBe(429);
    expect(Number(refusedForm.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refusedForm.text).toContain('Too many requests from your connection');
    expect(refusedForm.text).toContain('Demasiadas solicitudes');

    const refusedJson = await postForm(first, formFields(refusedInput), { json: true });
    expect(refusedJson.status).toBe(429);
    expect(JSON.parse(refusedJson.text)).toMatchObject({ error: { name: 'RateLimitError', details: { retryAfterSeconds: expect.any(Number) } } });

    const refusedGraphql = await submitGraphql(second, refusedInput);
    expect((refusedGraphql.body.errors?.[0] as GraphqlError | undefined)?.extensions?.code).toBe('STRAPI_RATE_LIMIT_ERROR');
    expect(await countRequests(first, 'idempotency_key = ?', [refusedInput.idempotencyKey])).toBe(0);
  });

  it('limits look-ups separately: 4 answers, then the rate-limit error instead of not-found', async () => {
    const codes: (string | undefined)[] = [];
    for (const cms of [first, second, first, second, first]) {
      const response = await lookup(cms, 'ALX-0000-0000', 'nobody@example.com');
      codes.push((response.body.errors?.[0] as GraphqlError | undefined)?.extensions?.code);
    }
    expect(codes).toEqual(['STRAPI_NOT_FOUND_ERROR', 'STRAPI_NOT_FOUND_ERROR', 'STRAPI_NOT_FOUND_ERROR', 'STRAPI_NOT_FOUND_ERROR', 'STRAPI_RATE_LIMIT_ERROR']);
  });

  it('counts a look-up the publisher makes for a resident against that resident, and only with its secret', async () => {
    // This address has spent its look-ups above; a header naming another one changes nothing…
    const ask = async (headers: Record<string, string>) => {
      const response = await fetch(`${first.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: 'query { serviceRequestStatus(reference: "ALX-0000-0000", email: "nobody@example.com") { reference } }' }),
      });
      const body = (await response.json()) as { errors?: GraphqlError[] };
      return body.errors?.[0]?.extensions?.code;
    };
    expect(await ask({ [VISITOR_IP_HEADER]: '203.0.113.9' })).toBe('STRAPI_RATE_LIMIT_ERROR');
    expect(await ask({ [VISITOR_IP_HEADER]: '203.0.113.9', [PUBLISHER_SECRET_HEADER]: 'not-the-secret' })).toBe('STRAPI_RATE_LIMIT_ERROR');
    // …but from the publisher, each resident has a budget of their own.
    const resident = { [VISITOR_IP_HEADER]: '203.0.113.9', [PUBLISHER_SECRET_HEADER]: PUBLISHER_SECRET };
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 5; i += 1) codes.push(await ask(resident));
    expect(codes).toEqual(['STRAPI_NOT_FOUND_ERROR', 'STRAPI_NOT_FOUND_ERROR', 'STRAPI_NOT_FOUND_ERROR', 'STRAPI_NOT_FOUND_ERROR', 'STRAPI_RATE_LIMIT_ERROR']);
    expect(await ask({ ...resident, [VISITOR_IP_HEADER]: '203.0.113.10' })).toBe('STRAPI_NOT_FOUND_ERROR');
  });
});

describe('behind a reverse proxy (TRUST_PROXY=true)', () => {
  let proxied: RunningCms;
  beforeAll(async () => {
    proxied = await startCms({ ...first.env, PORT: String(await freePort()), TRUST_PROXY: 'true' });
  });
  afterAll(async () => {
    await proxied?.stop();
  });

  it('counts the address the proxy appended, whatever the client wrote before it', async () => {
    const ask = async (forwardedFor: string) => {
      const response = await fetch(`${proxied.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
        body: JSON.stringify({ query: 'query { serviceRequestStatus(reference: "ALX-0000-0000", email: "nobody@example.com") { reference } }' }),
      });
      return ((await response.json()) as { errors?: GraphqlError[] }).errors?.[0]?.extensions?.code;
    };
    // A client that writes a new first address each time still spends one budget: 198.51.100.7's.
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 5; i += 1) codes.push(await ask(`10.0.0.${i + 1}, 198.51.100.7`));
    expect(codes).toEqual(['STRAPI_NOT_FOUND_ERROR', 'STRAPI_NOT_FOUND_ERROR', 'STRAPI_NOT_FOUND_ERROR', 'STRAPI_NOT_FOUND_ERROR', 'STRAPI_RATE_LIMIT_ERROR']);
    // Another visitor behind the same proxy has a budget of their own.
    expect(await ask('198.51.100.7, 198.51.100.8')).toBe('STRAPI_NOT_FOUND_ERROR');
  });

  it('counts each guessed opt-out link against the look-up limit: 404s, then the 429 page, on GET and POST', async () => {
    const guess = async (visitor: string, method: 'GET' | 'POST') => {
      const response = await fetch(`${proxied.url}/api/service-requests/updates/ALX-0000-0000?signature=forged`, {
        method,
        headers: { 'x-forwarded-for': visitor, ...(method === 'POST' ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
        ...(method === 'POST' ? { body: 'List-Unsubscribe=One-Click' } : {}),
      });
      return { status: response.status, retryAfter: response.headers.get('retry-after'), html: await response.text() };
    };
    const answers = [];
    for (const method of ['GET', 'POST', 'GET', 'POST', 'GET'] as const) answers.push(await guess('198.51.100.21', method));
    expect(answers.map((answer) => answer.status)).toEqual([404, 404, 404, 404, 429]);
    expect(Number(answers[4]?.retryAfter)).toBeGreaterThan(0);
    expect(answers[4]?.html).toContain('<html');
    expect(await guess('198.51.100.21', 'POST').then((answer) => answer.status)).toBe(429);
    expect(await guess('198.51.100.22', 'GET').then((answer) => answer.status)).toBe(404);
  });

  it('counts stored submissions only: a resident’s mistakes spend none of the limit', async () => {
    const visitor = '198.51.100.20';
    for (let i = 0; i < 5; i += 1) {
      const mistaken = await submitFrom(proxied, visitor, { ...(await validInput()), contact: { name: 'Ana' } });
      expect(codeOf(mistaken)).toBe('BAD_USER_INPUT');
    }
    const refusedForm = await fetch(`${proxied.url}/api/service-requests/submit`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': visitor },
      body: new URLSearchParams(formFields({ ...(await validInput()), contact: {} })),
      redirect: 'manual',
    });
    expect(refusedForm.status).toBe(303);
    const stored = [await validInput(), await validInput(), await validInput()];
    for (const input of stored) expect((await submitFrom(proxied, visitor, input)).data?.submitServiceRequest.reference).toMatch(/^ALX-/);
    const over = await validInput();
    expect(codeOf(await submitFrom(proxied, visitor, over))).toBe('STRAPI_RATE_LIMIT_ERROR');
    expect(await countRequests(first, 'idempotency_key = ?', [over.idempotencyKey])).toBe(0);
    // A retry of a stored request still gets its reference once the budget is spent.
    expect((await submitFrom(proxied, visitor, stored[0] ?? {})).data?.submitServiceRequest.replayed).toBe(true);
  });

  it('counts an IPv6 visitor by the /64: other addresses of the same network share it, other networks do not', async () => {
    for (const address of ['2001:db8:7:1::1', '2001:db8:7:1::2', '2001:db8:7:1:abcd::3']) {
      expect((await submitFrom(proxied, address, await validInput())).data?.submitServiceRequest.reference, address).toMatch(/^ALX-/);
    }
    expect(codeOf(await submitFrom(proxied, '2001:db8:7:1:ffff:ffff:ffff:fffe', await validInput()))).toBe('STRAPI_RATE_LIMIT_ERROR');
    expect(codeOf(await submitFrom(proxied, '2001:0db8:0007:0001::9', await validInput()))).toBe('STRAPI_RATE_LIMIT_ERROR');
    expect((await submitFrom(proxied, '2001:db8:7:2::1', await validInput())).data?.submitServiceRequest.reference).toMatch(/^ALX-/);
  });

  it('checks the island’s GraphQL sends for robots as the form post does: asked to confirm, then stored with the proof', async () => {
    const visitor = '198.51.100.30';
    for (const signals of [{ startedAt: Date.now() - 500, honeypot: '' }, { startedAt: Date.now() - 60_000, honeypot: 'http://spam.example' }]) {
      const input = { ...(await validInput('es')), ...signals };
      const held = await submitFrom(proxied, visitor, input);
      const error = held.errors?.[0] as (GraphqlError & { extensions?: { error?: { details?: { confirmation?: string } } } }) | undefined;
      expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error?.extensions?.error?.details?.errors).toEqual([{ field: 'confirmation', message: 'Su solicitud todavía no se ha enviado. Revise sus respuestas y vuelva a enviar el formulario para confirmarla' }]);
      expect(await countRequests(first, 'idempotency_key = ?', [input.idempotencyKey])).toBe(0);
      const confirmation = error?.extensions?.error?.details?.confirmation;
      expect(confirmation).toMatch(/^\d+\./);
      const confirmed = await submitFrom(proxied, visitor, { ...input, honeypot: '', startedAt: Date.now() - 100, confirmation });
      expect(confirmed.data?.submitServiceRequest.reference).toMatch(/^ALX-/);
    }
  });
});

describe('past the allowance, a proof-of-work challenge instead of a refusal (RATE_LIMIT_SUBMIT_CEILING=5)', () => {
  let lenient: RunningCms;
  beforeAll(async () => {
    lenient = await startCms({ ...first.env, PORT: String(await freePort()), TRUST_PROXY: 'true', RATE_LIMIT_SUBMIT_CEILING: '5', REQUEST_CHALLENGE_COMPLEXITY: '30' });
  });
  afterAll(async () => {
    await lenient?.stop();
  });

  type ChallengeError = GraphqlError & { extensions?: { error?: { details?: { errors?: unknown; challenge?: unknown } } } };
  /** The challenge a refusal carries, checked as the island reads it. */
  const challengeOf = (details: { challenge?: unknown } | undefined): Challenge => challengeSchema.parse(details?.challenge);
  const solve = async (challenge: Challenge): Promise<string> => {
    const solution = await solveChallenge({ challenge, deriveKey });
    if (!solution) throw new Error('altcha-lib did not solve the challenge');
    return encodeChallengePayload(challenge, solution);
  };
  /** The form endpoint as the island (json) or the HTML form posts it, from a visitor the proxy names. */
  const postFrom = async (address: string, fields: [string, string][], json: boolean) => {
    const form = new FormData();
    for (const [name, value] of fields) form.append(name, value);
    const response = await fetch(`${lenient.url}/api/service-requests/submit`, {
      method: 'POST',
      body: json ? form : new URLSearchParams(fields),
      redirect: 'manual',
      headers: { accept: json ? 'application/json' : 'text/html', 'x-forwarded-for': address },
    });
    return { status: response.status, text: await response.text() };
  };

  it('over GraphQL: asks for a challenge with field-level feedback, stores the solved send once, and refuses with 429 at the ceiling', async () => {
    const visitor = '198.51.100.40';
    for (let i = 0; i < 3; i += 1) expect((await submitFrom(lenient, visitor, await validInput())).data?.submitServiceRequest.reference).toMatch(/^ALX-/);

    const input = await validInput('es');
    const asked = (await submitFrom(lenient, visitor, input)).errors?.[0] as ChallengeError | undefined;
    expect(asked?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(asked?.extensions?.error?.details?.errors).toEqual([{ field: 'challenge', message: expect.stringContaining('Su solicitud todavía no se ha enviado') }]);
    const challenge = challengeOf(asked?.extensions?.error?.details);
    expect(await countRequests(first, 'idempotency_key = ?', [input.idempotencyKey])).toBe(0);

    const solved = await solve(challenge);
    const stored = await submitFrom(lenient, visitor, { ...input, challenge: solved });
    expect(stored.data?.submitServiceRequest.reference).toMatch(/^ALX-/);
    expect(await countRequests(first, 'idempotency_key = ?', [input.idempotencyKey])).toBe(1);

    // The same solution again, for another request: refused, with a new challenge.
    const again = await validInput();
    const reused = (await submitFrom(lenient, visitor, { ...again, challenge: solved })).errors?.[0] as ChallengeError | undefined;
    expect(reused?.extensions?.code).toBe('BAD_USER_INPUT');
    const fresh = challengeOf(reused?.extensions?.error?.details);
    expect(fresh.signature).not.toBe(challenge.signature);
    expect(await countRequests(first, 'idempotency_key = ?', [again.idempotencyKey])).toBe(0);
    expect((await submitFrom(lenient, visitor, { ...again, challenge: await solve(fresh) })).data?.submitServiceRequest.reference).toMatch(/^ALX-/);

    // Five stored: the ceiling. Nothing more is asked, it is refused.
    const over = await validInput();
    expect(codeOf(await submitFrom(lenient, visitor, over))).toBe('STRAPI_RATE_LIMIT_ERROR');
    expect(await countRequests(first, 'idempotency_key = ?', [over.idempotencyKey])).toBe(0);
    // A stored request's retry still gets its reference, without a challenge.
    expect((await submitFrom(lenient, visitor, input)).data?.submitServiceRequest.replayed).toBe(true);
  });

  it('the island’s form post is asked too and stored with the solution; the HTML form (no JavaScript) still stops at the allowance', async () => {
    const visitor = '198.51.100.41';
    for (let i = 0; i < 3; i += 1) expect((await postFrom(visitor, formFields(await validInput()), false)).status).toBe(303);

    const withoutScript = await validInput();
    const refused = await postFrom(visitor, formFields(withoutScript), false);
    expect(refused.status).toBe(429);
    expect(refused.text).toContain('Too many requests from your connection');
    expect(await countRequests(first, 'idempotency_key = ?', [withoutScript.idempotencyKey])).toBe(0);

    const island = await validInput();
    const asked = await postFrom(visitor, formFields(island), true);
    expect(asked.status).toBe(400);
    const body = JSON.parse(asked.text) as { error?: { details?: { errors?: unknown; challenge?: unknown } } };
    expect(body.error?.details?.errors).toEqual([{ field: 'challenge', message: expect.stringContaining('not automated') }]);
    const solved = await solve(challengeOf(body.error?.details));
    const stored = await postFrom(visitor, formFields(island, [['challenge', solved]]), true);
    expect(stored.status).toBe(201);
    expect(JSON.parse(stored.text)).toMatchObject({ data: { reference: expect.stringMatching(/^ALX-/) } });
    // Nor does the HTML form get further with a solution (it has no such field; a script might).
    expect((await postFrom(visitor, formFields(withoutScript, [['challenge', solved]]), false)).status).toBe(429);
  });
});

describe('Open311 clients', () => {
  const open311Post = (cms: RunningCms) =>
    fetch(`${cms.url}/api/open311/v2/requests.json`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams([
        ['api_key', OPEN311_KEY],
        ['service_code', 'it-records-request'],
        ['attribute[records_description]', 'Every contract for the library network since 2020.'],
        ['attribute[delivery_format]', 'electronic'],
        ['attribute[cost_acknowledgment]', 'true'],
        ['first_name', 'Ana'],
        ['last_name', 'Client'],
        ['email', 'ana.client@example.com'],
      ]),
    });

  it('are limited by their key, not by the address they share with residents, counting stored requests', async () => {
    // This address spent its residents' budget above; the client's own budget is apart.
    expect(codeOf((await submitGraphql(first, await validInput())).body)).toBe('STRAPI_RATE_LIMIT_ERROR');
    const invalid = await fetch(`${first.url}/api/open311/v2/requests.json`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams([['api_key', OPEN311_KEY], ['service_code', 'it-records-request']]),
    });
    expect(invalid.status).toBe(400);
    expect((await open311Post(first)).status).toBe(201);
    expect((await open311Post(second)).status).toBe(201);
    const limited = await open311Post(first);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

describe('body caps', () => {
  it('refuses a form body over REQUEST_MAX_BODY_MB with 413 before reading it', async () => {
    const big = new Blob([Buffer.from('%PDF-1.7\n'), Buffer.alloc(1024 * 1024 + 10)], { type: 'application/pdf' });
    const input = await validInput();
    const response = await postForm(first, [...formFields(input), ['answers[screenshot]', big, 'big.pdf']], { multipart: true });
    expect(response.status).toBe(413);
    expect(await countRequests(first, 'idempotency_key = ?', [input.idempotencyKey])).toBe(0);
  });

  it('asks for a declared length (411) rather than reading an unbounded chunked body', async () => {
    const url = new URL(`${first.url}/api/service-requests/submit`);
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'transfer-encoding': 'chunked' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.write('formCode=wifi-outage&');
      req.end('locale=en');
    });
    expect(status).toBe(411);
  });

  it('caps GraphQL bodies at GRAPHQL_MAX_BODY_KB', async () => {
    const response = await graphql(first.url, 'mutation($input: SubmitServiceRequestInput!) { submitServiceRequest(input: $input) { reference } }', {
      input: { ...(await validInput()), answers: { details: 'x'.repeat(70 * 1024) } },
    });
    expect(response.status).toBe(413);
  });
});
