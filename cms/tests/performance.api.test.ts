import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLISHER_SECRET_HEADER } from '@city/shared/forms';
import { performanceReportSchema, type PerformanceReport } from '@city/shared/performance';
import { startSeededCms, type RunningCms, type ThrowawayDatabase } from './harness/cms';
import { executeSql, queryRows } from './harness/database';
import { adminLogin, graphql, jsonInit, request } from './harness/http';
import { CONTACT, newKey, publishedForms, submitGraphql, validAnswers, waitFor } from './service-requests.helpers';
import { monthWindow } from '../src/api/performance/lib/figures';

/**
 * The public performance figures over GraphQL, on the seeded demo city (calendar: America/New_York),
 * from requests written straight into the table with chosen times, statuses and closure reasons,
 * as the staff desk leaves them. Checks each definition (what counts as resolved, the median, the
 * share within target, months cut in the city's time zone) and that the API exposes aggregates only.
 */
const QUERY = /* GraphQL */ `
  query Performance($locale: I18NLocaleCode) {
    servicePerformance(locale: $locale) {
      timeZone
      months
      services {
        formCode
        title
        serviceSlug
        months { month received resolved medianDaysToResolve resolvedWithTarget resolvedWithinTarget shareWithinTarget }
      }
    }
  }
`;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** wifi-outage has a service in both languages; a code no form has is left out. */
const FORM = 'wifi-outage';
const UNKNOWN_FORM = 'retired-form';

const ADMIN = { email: 'admin@test.example', password: 'Admin-Password-1' };
const SECRET = 'performance-test-secret';
/** Long enough for the three changes below to fall in one batch on a busy machine. */
const NOTICE_INTERVAL_MS = 4000;

let cms: RunningCms & { database: ThrowawayDatabase };
/** Stands in for the publisher: every body the CMS posts to its hook, with the secret it sent. */
let publisher: http.Server;
const notices: { secret: string | undefined; body: { event?: string } }[] = [];
let env: Record<string, string>;
let sequence = 0;

/** The database's own spelling of an instant: SQLite keeps epoch milliseconds, PostgreSQL timestamps. */
let instant: (at: Date) => number | string;

interface Row {
  status: string;
  createdAt: Date;
  closedAt?: Date;
  dueAt?: Date;
  closureReason?: string;
  formCode?: string;
}

async function insert(row: Row): Promise<void> {
  sequence += 1;
  const reference = `TST-${String(sequence).padStart(4, '0')}-AAAA`;
  await executeSql(
    env,
    `INSERT INTO service_requests (document_id, reference, request_status, form_code, idempotency_key, language, channel, created_at, updated_at, closed_at, closure_reason, due_at)
     VALUES (?, ?, ?, ?, ?, 'en', 'web', ?, ?, ?, ?, ?)`,
    [
      `perf${sequence}`.padEnd(24, 'x'),
      reference,
      row.status,
      row.formCode ?? FORM,
      `perf-key-${sequence}`,
      instant(row.createdAt),
      instant(row.closedAt ?? row.createdAt),
      row.closedAt ? instant(row.closedAt) : null,
      row.closureReason ?? null,
      row.dueAt ? instant(row.dueAt) : null,
    ],
  );
}

async function report(locale?: string): Promise<PerformanceReport> {
  const response = await graphql<{ servicePerformance: unknown }>(cms.url, QUERY, locale ? { locale } : {});
  expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
  return performanceReportSchema.parse(response.body.data?.servicePerformance);
}

const window = monthWindow(new Date(), 'America/New_York');
/** The start of a month of the window, by index (11: the last full month; 12: the current one). */
const monthStart = (index: number) => window.boundaries[index]!.getTime();
const at = (ms: number) => new Date(ms);

beforeAll(async () => {
  publisher = http.createServer((incoming, answer) => {
    let body = '';
    incoming.on('data', (chunk: Buffer) => (body += chunk.toString()));
    incoming.on('end', () => {
      const secret = incoming.headers[PUBLISHER_SECRET_HEADER];
      notices.push({ secret: Array.isArray(secret) ? secret[0] : secret, body: JSON.parse(body || '{}') as { event?: string } });
      answer.writeHead(202).end();
    });
  });
  await new Promise<void>((resolve) => publisher.listen(0, '127.0.0.1', resolve));
  cms = await startSeededCms({
    // No cache: each query below must see the rows written just before it.
    PERFORMANCE_CACHE_MS: '0',
    PERFORMANCE_NOTIFY_INTERVAL_MS: String(NOTICE_INTERVAL_MS),
    PUBLISH_WEBHOOK_URL: `http://127.0.0.1:${(publisher.address() as AddressInfo).port}/publish`,
    PUBLISH_WEBHOOK_SECRET: SECRET,
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
  });
  env = cms.database.env;
  const [sample] = await queryRows<{ created_at: unknown }>(env, 'SELECT created_at FROM services LIMIT 1');
  instant = typeof sample?.created_at === 'number' ? (date) => date.getTime() : (date) => date.toISOString();

  const lastFull = monthStart(11) + 2 * DAY;
  // The last full month: three resolved (1, 3 and 10 days), one closed as a duplicate, one rejected, one still open.
  await insert({ status: 'resolved', createdAt: at(lastFull), closedAt: at(lastFull + DAY), dueAt: at(lastFull + 2 * DAY) });
  await insert({ status: 'closed', closureReason: 'fixed', createdAt: at(lastFull), closedAt: at(lastFull + 3 * DAY), dueAt: at(lastFull + 2 * DAY) });
  await insert({ status: 'resolved', closureReason: 'no_action', createdAt: at(lastFull), closedAt: at(lastFull + 10 * DAY) });
  await insert({ status: 'closed', closureReason: 'duplicate', createdAt: at(lastFull), closedAt: at(lastFull + 2 * DAY), dueAt: at(lastFull + 2 * DAY) });
  await insert({ status: 'rejected', createdAt: at(lastFull), closedAt: at(lastFull + DAY) });
  await insert({ status: 'in_progress', createdAt: at(lastFull) });
  // One hour before the last full month starts in New York: already that month in UTC, not in the city.
  await insert({ status: 'submitted', createdAt: at(monthStart(11) - HOUR) });
  // Received in the last full month, resolved in the current one 11 days and 3 hours later.
  const lateInMonth = monthStart(12) - 5 * DAY;
  await insert({ status: 'resolved', createdAt: at(lateInMonth), closedAt: at(lateInMonth + 11 * DAY + 3 * HOUR) });
  // Before the window: not counted.
  await insert({ status: 'resolved', createdAt: at(monthStart(0) - 10 * DAY), closedAt: at(monthStart(0) - 9 * DAY) });
  // A form the city no longer publishes: its figures cannot be named, so they are left out.
  await insert({ status: 'submitted', formCode: UNKNOWN_FORM, createdAt: at(lastFull) });
});

afterAll(async () => {
  await cms?.stop();
  await new Promise((resolve) => publisher?.close(resolve));
});

describe('service performance over GraphQL', () => {
  it('counts received and resolved requests per month in the city time zone, with the median and the share within target', async () => {
    const figures = await report('en');
    expect(figures.timeZone).toBe('America/New_York');
    expect(figures.months).toEqual(window.months);
    expect(figures.services.map((service) => service.formCode)).toEqual([FORM]);
    const [wifi] = figures.services;
    expect(wifi).toMatchObject({ title: 'Report a public Wi-Fi outage', serviceSlug: 'report-a-public-wifi-outage' });
    expect(wifi!.months).toHaveLength(13);

    const before = wifi!.months[10]!;
    const lastFull = wifi!.months[11]!;
    const current = wifi!.months[12]!;
    expect(before).toMatchObject({ month: window.months[10], received: 1, resolved: 0, medianDaysToResolve: null, shareWithinTarget: null });
    // Seven received (the duplicate, the rejected and the open one included); three resolved.
    expect(lastFull).toEqual({
      month: window.months[11],
      received: 7,
      resolved: 3,
      medianDaysToResolve: 3,
      resolvedWithTarget: 2,
      resolvedWithinTarget: 1,
      shareWithinTarget: 0.5,
    });
    expect(current).toMatchObject({ month: window.months[12], received: 0, resolved: 1, medianDaysToResolve: 11.1, resolvedWithTarget: 0, shareWithinTarget: null });
    // Nothing from before the window.
    expect(wifi!.months.slice(0, 10).every((month) => month.received === 0 && month.resolved === 0)).toBe(true);
  });

  it('names services in the language asked for', async () => {
    const figures = await report('es');
    expect(figures.services.map((service) => [service.formCode, service.title])).toEqual([[FORM, 'Reportar una falla del wifi público']]);
    expect(figures.services[0]!.months[11]!.received).toBe(7);
  });

  it('takes the median of an even count as the mean of the two middle durations', async () => {
    // A fourth resolved request of the last full month, 5 days: the durations are 1, 3, 5 and 10.
    const lastFull = monthStart(11) + 2 * DAY;
    await insert({ status: 'resolved', createdAt: at(lastFull), closedAt: at(lastFull + 5 * DAY), dueAt: at(lastFull + 6 * DAY) });
    const month = (await report('en')).services[0]!.months[11]!;
    expect(month).toMatchObject({ received: 8, resolved: 4, medianDaysToResolve: 4, resolvedWithTarget: 3, resolvedWithinTarget: 2 });
    expect(month.shareWithinTarget).toBeCloseTo(2 / 3);
  });

  it('refuses an unknown language with a field error, not a server error', async () => {
    const response = await graphql(cms.url, QUERY, { locale: 'xx' });
    expect(response.status).toBe(200);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.body.errors?.[0]?.message).toMatch(/locale/i);
  });

  it('exposes aggregates only: no reference, contact, email or answer in any of its types', async () => {
    const introspection = await graphql<{ __schema: { types: { name: string; fields: { name: string }[] | null }[] } }>(
      cms.url,
      '{ __schema { types { name fields { name } } } }',
    );
    const types = introspection.body.data!.__schema.types.filter((type) => type.name.startsWith('ServicePerformance'));
    expect(types.map((type) => type.name).sort()).toEqual(['ServicePerformance', 'ServicePerformanceMonth', 'ServicePerformanceReport']);
    const fields = types.flatMap((type) => (type.fields ?? []).map((field) => field.name.toLowerCase()));
    for (const forbidden of ['reference', 'contact', 'email', 'phone', 'name', 'answers', 'id', 'documentid', 'language', 'assignee']) {
      expect(fields.some((field) => field.includes(forbidden)), forbidden).toBe(false);
    }
  });

  it('answers quickly over 100,000 requests', async () => {
    // One statement makes them all: spread over the window, four in five resolved, half with a due time.
    const postgres = Boolean(env.DATABASE_URL);
    const start = monthStart(0);
    const span = Date.now() - start - DAY;
    const created = postgres ? `to_timestamp((${start} + (i * 7919 % 1000) * ${Math.floor(span / 1000)}) / 1000.0) AT TIME ZONE 'UTC'` : `${start} + (i * 7919 % 1000) * ${Math.floor(span / 1000)}`;
    const plus = (hours: string) => (postgres ? `${created} + (${hours}) * interval '1 hour'` : `${created} + (${hours}) * ${HOUR}`);
    const series = postgres ? 'SELECT generate_series(1::bigint, 100000) AS i' : 'SELECT 1 AS i UNION ALL SELECT i + 1 FROM n WHERE i < 100000';
    await executeSql(
      env,
      `WITH RECURSIVE n(i) AS (${series})
       INSERT INTO service_requests (document_id, reference, request_status, form_code, idempotency_key, language, channel, created_at, updated_at, closed_at, closure_reason, due_at)
       SELECT 'bulk' || i, 'BLK-' || i, CASE WHEN i % 5 = 0 THEN 'in_progress' ELSE 'resolved' END, CASE WHEN i % 2 = 0 THEN 'website-problem' ELSE 'gis-data-request' END,
              'bulk-key-' || i, 'en', 'web', ${created}, ${created},
              CASE WHEN i % 5 = 0 THEN NULL ELSE ${plus('i % 200')} END, CASE WHEN i % 5 = 0 THEN NULL ELSE 'fixed' END,
              CASE WHEN i % 2 = 0 THEN ${plus('48')} ELSE NULL END
       FROM n`,
    );
    const started = performance.now();
    const figures = await report('en');
    const elapsed = performance.now() - started;
    console.log(`servicePerformance over 100,000 more requests: ${elapsed.toFixed(0)} ms`);
    const totals = figures.services.filter((service) => service.formCode !== FORM).map((service) => service.months.reduce((sum, month) => sum + month.received, 0));
    expect(totals.reduce((sum, total) => sum + total, 0)).toBe(100_000);
    // Generous for a shared 2-core machine; typically a few hundred ms.
    expect(elapsed).toBeLessThan(5_000);
  });

  it('has indexes for the columns its reads filter and group by', async () => {
    const sql = cms.database.env.DATABASE_URL
      ? "SELECT indexname AS name FROM pg_indexes WHERE tablename = 'service_requests'"
      : "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'service_requests'";
    const names = (await queryRows<{ name: string }>(env, sql)).map((row) => row.name);
    expect(names).toEqual(expect.arrayContaining(['service_requests_received_idx', 'service_requests_closed_idx']));
  });
  it('tells the publisher when requests are closed through Strapi, once for a batch', async () => {
    const form = (await publishedForms(cms, 'en')).get(FORM)!;
    const submitted = await submitGraphql(cms, { formCode: FORM, locale: 'en', answers: validAnswers(form), contact: CONTACT, idempotencyKey: newKey() });
    const reference = submitted.body.data?.submitServiceRequest.reference;
    expect(reference, JSON.stringify(submitted.body.errors)).toBeDefined();
    const [row] = await queryRows<{ document_id: string }>(env, 'SELECT document_id FROM service_requests WHERE reference = ?', [reference]);
    const token = await adminLogin(cms.url, ADMIN.email, ADMIN.password);
    const performanceNotices = () => notices.filter((notice) => notice.body.event === 'performance.changed');
    expect(performanceNotices()).toHaveLength(0);

    // Changes in quick succession (a status change, a closure, its reason) make one notice.
    const change = async (data: Record<string, unknown>) => {
      const response = await request(`${cms.url}/content-manager/collection-types/api::service-request.service-request/${row?.document_id ?? ''}`, jsonInit('PUT', data, token));
      expect(response.status, JSON.stringify(response.body)).toBe(200);
    };
    await change({ requestStatus: 'in_progress' });
    await change({ requestStatus: 'resolved', closedAt: new Date().toISOString(), closureReason: 'fixed' });
    await change({ closureReason: 'no_action' });
    await waitFor(async () => (performanceNotices().length > 0 ? true : undefined), 15_000, 'the performance notice');
    await new Promise((resolve) => setTimeout(resolve, NOTICE_INTERVAL_MS + 1000));
    expect(performanceNotices()).toHaveLength(1);
    expect(performanceNotices()[0]?.secret).toBe(SECRET);
    // And the figures it announces count the closure.
    expect((await report('en')).services.find((service) => service.formCode === FORM)?.months[12]?.resolved).toBe(2);
  });
});
