import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCmsScript, startSeededCms, type RunningCms } from './harness/cms';
import { request } from './harness/http';
import { CONTACT, formFields, newKey, postForm, queryDatabase } from './service-requests.helpers';

/**
 * The location question's address points: the public search (`GET /api/addresses`, rate limited),
 * an address typed in the form without JavaScript found among them, and the import that replaces
 * them (`npm run import:addresses`). GraphQL submissions with a location are in
 * service-requests.api.test.ts, Open311's lat/long in open311.api.test.ts.
 */
const SEARCH_LIMIT = 25;

let cms: RunningCms & { database: { drop(): Promise<void> } };

beforeAll(async () => {
  cms = await startSeededCms({ RATE_LIMIT_ADDRESSES_MAX: String(SEARCH_LIMIT), OUTBOX_WORKER: 'false' });
});
afterAll(async () => {
  await cms?.stop();
});

interface Suggestion {
  address: string;
  lat: number;
  long: number;
  place?: string;
}
const search = (q: string) => request<{ data: Suggestion[] }>(`${cms.url}/api/addresses?q=${encodeURIComponent(q)}`);

describe('the address search', () => {
  it('suggests the demo’s City facilities by address, by any word of it and by place name', async () => {
    const king = await search('301 king');
    expect(king.status).toBe(200);
    expect(king.body.data).toEqual([{ address: '301 King St', lat: 38.8048, long: -77.0432, place: 'City Hall' }]);
    // Street types match written out or short, and a street name alone finds every number on it.
    expect((await search('3210 King Street')).body.data.map((point) => point.address)).toEqual(['3210 King St']);
    expect((await search('king')).body.data.map((point) => point.address)).toEqual(['301 King St', '3210 King St', '520 King St']);
    expect((await search('city hall')).body.data.map((point) => point.address)).toEqual(['301 King St']);
  });

  it('answers nothing, not an error, for a query too short, too long, absent or of wildcards', async () => {
    for (const q of ['k', 'x'.repeat(101), '%', '_%_']) expect((await search(q)).body.data, q).toEqual([]);
    expect((await request<{ data: Suggestion[] }>(`${cms.url}/api/addresses`)).body.data).toEqual([]);
  });

});

describe('an address typed without JavaScript', () => {
  const wifi = (where: string, key = newKey()) =>
    formFields({ formCode: 'wifi-outage', locale: 'en', answers: { location_type: 'other', building_location: where, problem: 'no_network', noticed_on: '2026-01-15' }, contact: CONTACT, idempotencyKey: key });

  it('is stored as the address point it names', async () => {
    const key = newKey();
    const sent = await postForm(cms, wifi('301 King Street, Alexandria, VA 22314', key), { json: true });
    expect(sent.status, sent.text).toBe(201);
    const [row] = await queryDatabase<{ answers: string | Record<string, unknown> }>(cms, 'SELECT answers FROM service_requests WHERE idempotency_key = ?', [key]);
    const answers = typeof row?.answers === 'string' ? (JSON.parse(row.answers) as Record<string, unknown>) : row?.answers;
    expect(answers?.building_location).toEqual({ address: '301 King St', lat: 38.8048, long: -77.0432 });
  });

  it('is refused, field by field and in the resident’s language, when the city has no such address', async () => {
    const sent = await postForm(cms, wifi('1 Nowhere Lane'), { json: true });
    expect(sent.status).toBe(400);
    const body = JSON.parse(sent.text) as { error: { details: { errors: { field: string; message: string }[] } } };
    expect(body.error.details.errors).toEqual([{ field: 'building_location', message: expect.stringMatching(/^Choose an address from the list, or use your location, for “Where is the building\?”/) }]);
  });
});

describe('the import', () => {
  it('replaces every point with the file’s, skipping bad rows', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'addresses-'));
    const file = path.join(dir, 'points.geojson');
    fs.writeFileSync(
      file,
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', geometry: { type: 'Point', coordinates: [-77.0477, 38.8067] }, properties: { address: '100 N Pitt St', id: 'p1' } },
          { type: 'Feature', geometry: { type: 'Point', coordinates: [-77.0563, 38.8719] }, properties: { address: '1400 Defense Pentagon' } },
        ],
      }),
    );
    const output = await runCmsScript(path.join('src', 'api', 'address-point', 'scripts', 'import-addresses.mjs'), { ...cms.env, CMS_PRECOMPILED: 'true' }, [file]);
    expect(output).toContain('1 address points read, 1 skipped.');
    expect(output).toContain('row 2: "1400 Defense Pentagon": 38.8719, -77.0563 is outside the city');
    expect((await search('100 n pitt')).body.data).toEqual([{ address: '100 N Pitt St', lat: 38.8067, long: -77.0477 }]);
    expect((await search('king')).body.data).toEqual([]);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

// Last: it spends the search's budget for this address.
describe('the search’s rate limit', () => {
  it('is limited per visitor address', async () => {
    let limited: Awaited<ReturnType<typeof search>> | undefined;
    for (let attempt = 0; attempt <= SEARCH_LIMIT && !limited; attempt += 1) {
      const answer = await search('duke');
      if (answer.status === 429) limited = answer;
      else expect(answer.status).toBe(200);
    }
    expect(limited, 'no 429 within the limit').toBeDefined();
    expect(Number(limited?.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
