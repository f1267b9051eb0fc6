import { describe, expect, it, vi } from 'vitest';
import { decodeChallengePayload } from '@city/shared/challenge';
import { graphqlRunner } from '../lib/graphql';
import { formDataOf, sendThroughCms, solveInBrowser, type Submission } from './send';

const submission = (files: Submission['files'] = {}): Submission => ({
  formCode: 'website-problem',
  locale: 'es',
  answers: { service_affected: 'other', problem_type: ['broken_link', 'other'], ...(files.screenshot ? { screenshot: [{ name: 'a.png', type: 'image/png', size: 8 }] } : {}) },
  contact: { name: 'Ana', email: 'ana@example.com' },
  idempotencyKey: 'c0ffee00-0000-4000-8000-000000000001',
  startedAt: 1_767_225_600_000,
  honeypot: '',
  files,
});

/** A fetch that answers one JSON body and records what it was sent. */
function answering(status: number, body: unknown) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetchImpl = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), init: init ?? {} });
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  }) as unknown as typeof fetch;
  return { calls, fetchImpl };
}

/** A challenge in the CMS's format whose answer is `counter`, made here with Web Crypto as the CMS makes it with altcha-lib. */
async function challengeAnswered(counter: number) {
  const nonce = '0123456789abcdef0123456789abcdef';
  const salt = 'fedcba9876543210fedcba9876543210';
  const password = new Uint8Array([...nonce.match(/../g)!.map((pair) => parseInt(pair, 16)), 0, 0, 0, counter]);
  const key = await crypto.subtle.importKey('raw', password, { name: 'PBKDF2' }, false, ['deriveBits']);
  const saltBytes = new Uint8Array(salt.match(/../g)!.map((pair) => parseInt(pair, 16)));
  const bits = new Uint8Array(await crypto.subtle.deriveBits({ name: 'PBKDF2', salt: saltBytes, iterations: 10, hash: 'SHA-256' }, key, 256));
  const hex = Array.from(bits, (byte) => byte.toString(16).padStart(2, '0')).join('');
  const challenge = {
    parameters: { algorithm: 'PBKDF2/SHA-256', nonce, salt, cost: 10, keyLength: 32, keyPrefix: hex.slice(0, 32), keySignature: 'ab'.repeat(32), expiresAt: 1_900_000_000 },
    signature: 'cd'.repeat(32),
  };
  return { challenge, derivedKey: hex };
}

const receipt = { reference: 'ALX-7K4M-2Q9P', status: 'submitted', statusLabel: 'Recibida', submittedAt: '2026-05-04T14:30:00.000Z', nextSteps: { confirmationText: 'Gracias.', responseTime: '2 días hábiles' } };

describe('sending without files: the GraphQL mutation', () => {
  it('sends the envelope and reads the receipt', async () => {
    const { calls, fetchImpl } = answering(200, { data: { submitServiceRequest: receipt } });
    const send = sendThroughCms(graphqlRunner('http://cms.test/graphql', fetchImpl), 'http://cms.test/api/service-requests/submit', fetchImpl);
    await expect(send(submission())).resolves.toEqual({ kind: 'sent', receipt: { reference: 'ALX-7K4M-2Q9P', statusLabel: 'Recibida', nextSteps: { confirmationText: 'Gracias.', responseTime: '2 días hábiles' } } });
    expect(calls[0]?.url).toBe('http://cms.test/graphql');
    const body = JSON.parse(String(calls[0]?.init.body)) as { operationName: string; variables: unknown };
    expect(body.operationName).toBe('SubmitServiceRequest');
    expect(body.variables).toEqual({
      input: {
        formCode: 'website-problem',
        locale: 'es',
        answers: submission().answers,
        contact: { name: 'Ana', email: 'ana@example.com' },
        idempotencyKey: 'c0ffee00-0000-4000-8000-000000000001',
        startedAt: 1_767_225_600_000,
        honeypot: '',
      },
    });
    expect(calls[0]?.init.credentials).toBe('omit');
  });

  it('sends the robot signals the CMS checks, and the proof of a send it asked to confirm', async () => {
    const { calls, fetchImpl } = answering(200, { data: { submitServiceRequest: receipt } });
    const send = sendThroughCms(graphqlRunner('http://cms.test/graphql', fetchImpl), 'http://x', fetchImpl);
    await send({ ...submission(), honeypot: 'filled by a script', confirmation: '1800000000000.proof' });
    const body = JSON.parse(String(calls[0]?.init.body)) as { variables: { input: Record<string, unknown> } };
    expect(body.variables.input).toMatchObject({ startedAt: 1_767_225_600_000, honeypot: 'filled by a script', confirmation: '1800000000000.proof' });
  });

  it('sends a solved challenge in the input', async () => {
    const { calls, fetchImpl } = answering(200, { data: { submitServiceRequest: receipt } });
    await sendThroughCms(graphqlRunner('http://cms.test/graphql', fetchImpl), 'http://x', fetchImpl)({ ...submission(), challenge: 'eyJzb2x2ZWQiOnRydWV9' });
    const body = JSON.parse(String(calls[0]?.init.body)) as { variables: { input: Record<string, unknown> } };
    expect(body.variables.input.challenge).toBe('eyJzb2x2ZWQiOnRydWV9');
  });

  it('turns the CMS error codes into outcomes', async () => {
    const errors = (code: string, details: unknown = {}) => ({ errors: [{ message: 'm', extensions: { code, error: { details } } }], data: null });
    const cases = [
      [errors('BAD_USER_INPUT', { errors: [{ field: 'contact.email', message: 'Escriba su correo electrónico' }] }), { kind: 'invalid', errors: [{ field: 'contact.email', message: 'Escriba su correo electrónico' }] }],
      [
        errors('BAD_USER_INPUT', { errors: [{ field: 'confirmation', message: 'Su solicitud todavía no se ha enviado' }], confirmation: '1800000000000.proof' }),
        { kind: 'invalid', errors: [{ field: 'confirmation', message: 'Su solicitud todavía no se ha enviado' }], confirmation: '1800000000000.proof' },
      ],
      [
        errors('BAD_USER_INPUT', { errors: [{ field: 'challenge', message: 'Su solicitud todavía no se ha enviado' }], challenge: { parameters: { nonce: 'ab' }, signature: 'cd' } }),
        { kind: 'challenge', challenge: { parameters: { nonce: 'ab' }, signature: 'cd' } },
      ],
      [errors('STRAPI_RATE_LIMIT_ERROR', { retryAfterSeconds: 60 }), { kind: 'rate-limited' }],
      [errors('STRAPI_IDEMPOTENCY_CONFLICT_ERROR'), { kind: 'conflict' }],
      [errors('INTERNAL_SERVER_ERROR'), { kind: 'failed' }],
    ] as const;
    for (const [body, outcome] of cases) {
      const { fetchImpl } = answering(200, body);
      await expect(sendThroughCms(graphqlRunner('http://cms.test/graphql', fetchImpl), 'http://x', fetchImpl)(submission())).resolves.toEqual(outcome);
    }
  });

  it('reports a connection that never answered as a network failure, and a 502 as a failure', async () => {
    const offline = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    await expect(sendThroughCms(graphqlRunner('http://cms.test/graphql', offline), 'http://x', offline)(submission())).resolves.toEqual({ kind: 'network' });
    const gateway = vi.fn(async () => new Response('<html>Bad gateway</html>', { status: 502 })) as unknown as typeof fetch;
    await expect(sendThroughCms(graphqlRunner('http://cms.test/graphql', gateway), 'http://x', gateway)(submission())).resolves.toEqual({ kind: 'failed' });
  });
});

describe('sending with files: the multipart form post', () => {
  const screenshot = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])], 'a.png', { type: 'image/png' });
  const withFiles = submission({ screenshot: [{ file: screenshot, answer: { name: 'a.png', type: 'image/png', size: 8 } }] });

  it('names every part as the HTML form does, with the file itself', () => {
    const data = formDataOf(withFiles);
    expect(data.get('formCode')).toBe('website-problem');
    expect(data.get('idempotencyKey')).toBe('c0ffee00-0000-4000-8000-000000000001');
    expect(data.get('startedAt')).toBe('1767225600000');
    expect(data.get('honeypot')).toBe('');
    expect(data.getAll('answers[problem_type]')).toEqual(['broken_link', 'other']);
    expect((data.get('answers[screenshot]') as File).name).toBe('a.png');
    expect(data.get('contact[email]')).toBe('ana@example.com');
    expect(data.has('contact[phone]')).toBe(false);
    expect(data.has('challenge')).toBe(false);
    expect(formDataOf({ ...withFiles, challenge: 'eyJzb2x2ZWQiOnRydWV9' }).get('challenge')).toBe('eyJzb2x2ZWQiOnRydWV9');
  });

  it('sends files the CMS keeps for the fill by its id, through the form post, without their bytes', async () => {
    const keptOnly = { ...submission({ screenshot: [{ answer: { name: 'a.png', type: 'image/png', size: 8 } }] }), staged: 's'.repeat(43) };
    const data = formDataOf(keptOnly);
    expect(data.get('staged')).toBe('s'.repeat(43));
    expect(data.has('answers[screenshot]')).toBe(false);
    const { calls, fetchImpl } = answering(201, { data: receipt });
    expect((await sendThroughCms(graphqlRunner('http://cms.test/graphql', fetchImpl), 'http://cms.test/api/service-requests/submit', fetchImpl)(keptOnly)).kind).toBe('sent');
    expect(calls.map((call) => call.url)).toEqual(['http://cms.test/api/service-requests/submit']);
    expect(formDataOf(withFiles).has('staged')).toBe(false);
  });

  it('asks for JSON and reads the receipt, field errors, limits and conflicts', async () => {
    const cases = [
      [201, { data: receipt }, 'sent'],
      [400, { data: null, error: { status: 400, details: { errors: [{ field: 'screenshot', message: 'Each file…' }] } } }, 'invalid'],
      [400, { data: null, error: { status: 400, details: { errors: [{ field: 'challenge', message: 'Not sent yet…' }], challenge: { parameters: {}, signature: 'cd' } } } }, 'challenge'],
      [429, { error: { status: 429 } }, 'rate-limited'],
      [422, { error: { status: 422 } }, 'conflict'],
      [500, { error: { status: 500 } }, 'failed'],
      // Anything but a receipt is never shown as sent.
      [202, { data: { accepted: true } }, 'failed'],
    ] as const;
    for (const [status, body, kind] of cases) {
      const { calls, fetchImpl } = answering(status, body);
      const outcome = await sendThroughCms(graphqlRunner('http://cms.test/graphql', fetchImpl), 'http://cms.test/api/service-requests/submit', fetchImpl)(withFiles);
      expect(outcome.kind, `HTTP ${status}`).toBe(kind);
      expect(calls[0]?.url).toBe('http://cms.test/api/service-requests/submit');
      expect(new Headers(calls[0]?.init.headers).get('accept')).toBe('application/json');
    }
  });
});

describe('solving a challenge in the browser', () => {
  it('loads the solver on demand and answers with the payload the CMS reads back', async () => {
    const { challenge, derivedKey } = await challengeAnswered(7);
    const payload = await solveInBrowser(challenge);
    expect(decodeChallengePayload(payload)).toEqual({ challenge, solution: { counter: 7, derivedKey } });
  });

  it('answers nothing for a challenge it cannot read', async () => {
    expect(await solveInBrowser({ parameters: { algorithm: 'SHA-1' }, signature: 'cd' })).toBeUndefined();
  });
});
