import { serviceFormSchema, validateSubmission } from '@city/shared/forms';
import { createDatabase, freePort } from '../cms/tests/harness/cms';
import { startBaseline } from './baseline-server';
import { countRows } from './lib/count';
import { startBenchCms } from './lib/portal';
import { table } from './lib/report';
import { keyMaker, loadTest, SUBMIT_MUTATION, wifiOutageSubmission, type LoadFigures } from './intake';

const OPEN311_KEY = 'bench-open311-key-0123456789abcdef';

interface Row {
  target: string;
  figures: LoadFigures;
  stored: number;
}

/** Open311 form body for the same Wi-Fi outage report the web path sends. */
function open311Body(key: string): string {
  const submission = wifiOutageSubmission(key);
  const params = new URLSearchParams({ api_key: OPEN311_KEY, service_code: submission.formCode, email: submission.contact.email, first_name: 'Load', last_name: 'Tester', address_string: submission.answers.location_address });
  for (const [code, value] of Object.entries(submission.answers)) params.set(`attribute[${code}]`, value);
  return params.toString();
}

/**
 * Intake throughput: autocannon (50 connections, 20 s; 5 s in quick mode) against the GraphQL
 * mutation and Open311 POST on SQLite and PostgreSQL, rate limits lifted, every request a new
 * idempotency key; then the same load on a bare Node + pg baseline. Stored rows must equal the
 * accepted answers, and nothing may fail.
 */
export async function intakeSection({ quick, log }: { quick: boolean; log: (m: string) => void }): Promise<string> {
  const durationS = quick ? 5 : 20;
  const rows: Row[] = [];
  let forms: unknown[] = [];
  for (const kind of ['sqlite', 'postgres'] as const) {
    const cms = await startBenchCms(kind, { RATE_LIMIT_DISABLED: 'true', OPEN311_DEMO_KEY: OPEN311_KEY, OUTBOX_INTERVAL_MS: '3600000', SMTP_PORT: '9' });
    try {
      const formResponse = await fetch(`${cms.url}/api/service-forms?filters[code][$eq]=wifi-outage&locale=en`);
      forms = ((await formResponse.json()) as { data: unknown[] }).data;
      const form = serviceFormSchema.parse(forms[0]);
      const sample = wifiOutageSubmission('bench-check-0000000000');
      const check = validateSubmission(form, 'en', sample);
      if (!check.success) throw new Error(`the benchmark's sample answers are invalid: ${JSON.stringify(check.errors)}`);

      const before = await countRows(cms.env, 'service_requests');
      const nextKey = keyMaker();
      const graphqlFigures = await loadTest(
        {
          url: `${cms.url}/graphql`,
          headers: { 'content-type': 'application/json' },
          body: () => JSON.stringify({ query: SUBMIT_MUTATION, variables: { input: wifiOutageSubmission(nextKey()) } }),
          accepted: (body) => body.includes('"reference"') && !body.includes('"errors"'),
        },
        { durationS },
      );
      const afterGraphql = await countRows(cms.env, 'service_requests');
      rows.push({ target: `GraphQL submitServiceRequest, ${kind}`, figures: graphqlFigures, stored: afterGraphql - before });
      log(`intake GraphQL on ${kind}: ${graphqlFigures.requestsPerSecond.toFixed(0)} req/s`);

      const open311Figures = await loadTest(
        {
          url: `${cms.url}/api/open311/v2/requests.json`,
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: () => open311Body(nextKey()),
          accepted: (body) => body.includes('service_request_id'),
        },
        { durationS },
      );
      const afterOpen311 = await countRows(cms.env, 'service_requests');
      rows.push({ target: `Open311 POST requests.json, ${kind}`, figures: open311Figures, stored: afterOpen311 - afterGraphql });
      log(`intake Open311 on ${kind}: ${open311Figures.requestsPerSecond.toFixed(0)} req/s`);
    } finally {
      await cms.stop();
    }
  }

  const database = await createDatabase('postgres');
  const baseline = await startBaseline({ databaseUrl: database.env.DATABASE_URL as string, port: await freePort(), forms: forms.map((f) => serviceFormSchema.parse(f)) });
  try {
    const nextKey = keyMaker();
    const figures = await loadTest(
      { url: baseline.url, headers: { 'content-type': 'application/json' }, body: () => JSON.stringify(wifiOutageSubmission(nextKey())), accepted: (body) => body.includes('"reference"') },
      { durationS },
    );
    rows.push({ target: 'baseline: bare Node + pg, postgres', figures, stored: await baseline.count() });
    log(`intake baseline: ${figures.requestsPerSecond.toFixed(0)} req/s`);
  } finally {
    await baseline.close();
    await database.drop();
  }

  const baselineRps = rows.at(-1)?.figures.requestsPerSecond ?? 1;
  const body = rows.map((row) => [
    row.target,
    row.figures.requests,
    row.figures.requestsPerSecond.toFixed(0),
    `${row.figures.p50Ms.toFixed(0)} ms`,
    `${row.figures.p99Ms.toFixed(0)} ms`,
    row.figures.errors,
    row.stored,
    row.stored === row.figures.accepted && row.figures.errors === 0 ? 'yes' : '**NO**',
    (row.figures.requestsPerSecond / baselineRps).toFixed(2),
  ]);
  return (
    `## 5. Intake throughput\n\nautocannon, 50 connections, ${durationS} s per target, a new idempotency key per request, rate limits lifted. One run per target: each run is itself thousands of requests, and autocannon's percentiles summarize them. "stored = accepted" checks that the rows in the database equal the 2xx answers that carried a reference, with zero errors.\n\n` +
    table(['target', 'requests', 'req/s', 'p50', 'p99', 'errors', 'stored', 'stored = accepted, no errors', '× baseline'], body)
  );
}
