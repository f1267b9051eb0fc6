import crypto from 'node:crypto';
import autocannon from 'autocannon';

export interface LoadFigures {
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Transport errors, timeouts, non-2xx answers and 2xx answers without a reference, during the run. */
  errors: number;
  /** Idempotency key → reference, for every 2xx answer that carried a reference during the run. */
  acknowledged: Map<string, string>;
  /**
   * Keys that got no answer because the clock stopped while they were in flight (at most one per
   * connection), sent again once with the same key after the run: key → the reference answered then.
   */
  recovered: Map<string, string>;
  /** Keys still without a reference after that retry. */
  unresolved: string[];
}

export interface OneRequest {
  body: string;
  headers?: Record<string, string>;
}

export interface LoadTarget {
  url: string;
  headers: Record<string, string>;
  /** The request for one idempotency key; every key is new. */
  request: (key: string) => OneRequest;
  /** The reference in a 2xx answer's body, when it says the request was stored. */
  reference: (body: string) => string | undefined;
}

/** A key nobody else uses: the run id plus a counter. */
export function keyMaker(): () => string {
  const run = crypto.randomBytes(6).toString('hex');
  let n = 0;
  return () => `bench-${run}-${(n += 1).toString().padStart(8, '0')}`;
}

interface ConnectionContext {
  key?: string;
}

/**
 * autocannon with the settings (50 connections, 20 s by default). Each connection keeps the
 * key of the request it has in flight in its context (one request at a time per connection), so
 * every answer is matched to its key; keys cut off when the clock stops are sent once more.
 */
export async function loadTest(target: LoadTarget, options: { connections?: number; durationS?: number } = {}): Promise<LoadFigures> {
  const nextKey = keyMaker();
  const acknowledged = new Map<string, string>();
  const built = new Set<string>();
  let refused = 0;
  const result = await autocannon({
    url: target.url,
    connections: options.connections ?? 50,
    duration: options.durationS ?? 20,
    method: 'POST',
    headers: target.headers,
    requests: [
      {
        setupRequest: (request, context: ConnectionContext) => {
          const key = nextKey();
          context.key = key;
          built.add(key);
          const one = target.request(key);
          return { ...request, headers: { ...request.headers, ...one.headers }, body: one.body };
        },
        onResponse: (status, body, context: ConnectionContext) => {
          const key = context.key;
          if (!key) return;
          built.delete(key);
          // Non-2xx answers are already in autocannon's non2xx count; a 2xx without a reference is not.
          if (status < 200 || status >= 300) return;
          const reference = target.reference(body);
          if (reference) acknowledged.set(key, reference);
          else refused += 1;
        },
      },
    ],
  });
  const recovered = new Map<string, string>();
  const unresolved: string[] = [];
  for (const key of built) {
    const one = target.request(key);
    const response = await fetch(target.url, { method: 'POST', headers: { ...target.headers, ...one.headers }, body: one.body });
    const reference = response.ok ? target.reference(await response.text()) : undefined;
    if (reference) recovered.set(key, reference);
    else unresolved.push(key);
  }
  return {
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx + refused,
    acknowledged,
    recovered,
    unresolved,
  };
}

/** The reference in a JSON answer, read by `pick`; undefined for anything else. */
export function referenceFrom(pick: (json: unknown) => unknown): (body: string) => string | undefined {
  return (body) => {
    try {
      const value = pick(JSON.parse(body));
      return typeof value === 'string' && value.length > 0 ? value : undefined;
    } catch {
      return undefined;
    }
  };
}

export const SUBMIT_MUTATION = `mutation Submit($input: SubmitServiceRequestInput!) { submitServiceRequest(input: $input) { reference status } }`;

/** A valid submission of the demo Wi-Fi outage form, the same for the CMS and the baseline. */
export function wifiOutageSubmission(idempotencyKey: string) {
  return {
    formCode: 'wifi-outage',
    locale: 'en' as const,
    answers: { location_type: 'library', location_address: '5005 Duke Street, Alexandria, VA 22304', problem: 'no_internet', noticed_on: '2026-11-20', details: 'Connected to the network but no page loads.' },
    contact: { name: 'Load Tester', email: 'load.tester@example.com', phone: '' },
    idempotencyKey,
  };
}
