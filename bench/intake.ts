import crypto from 'node:crypto';
import autocannon from 'autocannon';

export interface LoadFigures {
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Transport errors, timeouts and non-2xx answers. */
  errors: number;
  /** 2xx answers whose body says the request was stored (GraphQL answers 200 with errors too). */
  accepted: number;
}

export interface LoadTarget {
  url: string;
  headers: Record<string, string>;
  /** The body for one request; every call must use a new idempotency key. */
  body: () => string;
  /** Whether a 2xx body is an accepted request. */
  accepted: (body: string) => boolean;
}

/** A key nobody else uses: the run id plus a counter. */
export function keyMaker(): () => string {
  const run = crypto.randomBytes(6).toString('hex');
  let n = 0;
  return () => `bench-${run}-${(n += 1).toString().padStart(8, '0')}`;
}

/** autocannon with the settings (50 connections, 20 s by default), counting accepted answers by body. */
export async function loadTest(target: LoadTarget, options: { connections?: number; durationS?: number } = {}): Promise<LoadFigures> {
  let accepted = 0;
  let refused = 0;
  const result = await autocannon({
    url: target.url,
    connections: options.connections ?? 50,
    duration: options.durationS ?? 20,
    method: 'POST',
    headers: target.headers,
    requests: [
      {
        setupRequest: (request) => ({ ...request, body: target.body() }),
        onResponse: (status, body) => {
          // Non-2xx answers are already in autocannon's non2xx count; a 2xx that stored nothing is not.
          if (status < 200 || status >= 300) return;
          if (target.accepted(body)) accepted += 1;
          else refused += 1;
        },
      },
    ],
  });
  return {
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx + refused,
    accepted,
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
