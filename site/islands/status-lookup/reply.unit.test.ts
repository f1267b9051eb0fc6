import { describe, expect, it, vi } from 'vitest';
import { repliedView } from './StatusLookup.examples';
import { sendReplyToCms } from './reply';

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const reply = { reference: 'ALX-7K4M-2Q9P', email: 'ana@example.com', locale: 'es' as const, message: 'Firefox.', files: [new File([new Uint8Array([0x89, 0x50])], 'pantalla.png')] };

describe('sending a reply to the CMS', () => {
  it('posts the form without JavaScript’s fields as multipart, asking for JSON', async () => {
    const fetchImpl = vi.fn(async (_url: RequestInfo | URL, _init?: RequestInit) => json(201, { data: { replayed: false, view: repliedView } }));
    expect(await sendReplyToCms('https://cms.example/api/service-requests/reply', fetchImpl)(reply)).toEqual({ kind: 'sent', view: repliedView });
    const [url, init] = fetchImpl.mock.calls[0]!;
    expect(url).toBe('https://cms.example/api/service-requests/reply');
    expect(new Headers(init?.headers).get('accept')).toBe('application/json');
    const body = init?.body as FormData;
    expect([...body.keys()]).toEqual(['reference', 'email', 'locale', 'answers[message]', 'answers[files]']);
    expect((body.get('answers[files]') as File).name).toBe('pantalla.png');
  });

  it('posts the fill a long message was kept under, so the CMS removes it once the reply is stored', async () => {
    const fetchImpl = vi.fn(async (_url: RequestInfo | URL, _init?: RequestInit) => json(201, { data: { replayed: false, view: repliedView } }));
    await sendReplyToCms('https://cms.example/api/service-requests/reply', fetchImpl)({ ...reply, staged: 'r'.repeat(43) });
    expect((fetchImpl.mock.calls[0]?.[1]?.body as FormData).get('staged')).toBe('r'.repeat(43));
  });

  it('says what went wrong, and never "sent" without the stored view', async () => {
    const outcomes = await Promise.all(
      [
        json(200, { data: { replayed: true } }),
        json(400, { error: { details: { errors: [{ field: 'message', message: 'Too long' }] } } }),
        json(400, { error: { details: {} } }),
        json(404, { error: {} }),
        json(429, { error: {} }),
        json(500, {}),
      ].map((response) => sendReplyToCms('/reply', async () => response)(reply)),
    );
    expect(outcomes).toEqual([
      { kind: 'failed' },
      { kind: 'invalid', errors: [{ field: 'message', message: 'Too long' }] },
      { kind: 'failed' },
      { kind: 'not-found' },
      { kind: 'rate-limited' },
      { kind: 'failed' },
    ]);
    expect(await sendReplyToCms('/reply', async () => Promise.reject(new TypeError('offline')))(reply)).toEqual({ kind: 'network' });
  });
});
