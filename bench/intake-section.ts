import { serviceFormSchema, validateSubmission } from '@city/shared/forms';
import { createDatabase, freePort } from '../cms/tests/harness/cms';
import { startBaseline } from './baseline-server';
import { countReferences, countRows } from './lib/count';
import { startDiskLoad } from './lib/disk-load';
import { seedBenchDatabase, startBenchCms, startCmsOnCopy, startSeededCms, type SeededDatabase } from './lib/portal';
import { table } from './lib/report';
import { loadTest, referenceFrom, SUBMIT_MUTATION, wifiOutageSubmission, type LoadFigures, type LoadTarget } from './intake';

const OPEN311_KEY = 'bench-open311-key-0123456789abcdef';
/** Rate limits lifted, a known Open311 key, and an outbox that cannot reach its SMTP server (port 9) and retries hourly. */
const INTAKE_SETTINGS = { RATE_LIMIT_DISABLED: 'true', OPEN311_DEMO_KEY: OPEN311_KEY, OUTBOX_INTERVAL_MS: '3600000', SMTP_PORT: '9' };

/** The seeded PostgreSQL database the intake section runs on; the benchmark may prepare it while something unmeasured runs. */
export const seedIntakePostgres = (): Promise<SeededDatabase> => seedBenchDatabase('postgres', INTAKE_SETTINGS);

interface Row {
  target: string;
  figures: LoadFigures;
  /** Rows the run added to the table. */
  stored: number;
  /** Of the references answered (during the run or on the retry), how many the table holds. */
  found: number;
}

/** Open311 form body for the same Wi-Fi outage report the web path sends; the key travels as Idempotency-Key. */
function open311Body(key: string): string {
  const submission = wifiOutageSubmission(key);
  const params = new URLSearchParams({ api_key: OPEN311_KEY, service_code: submission.formCode, email: submission.contact.email, first_name: 'Load', last_name: 'Tester', address_string: submission.answers.location_address });
  // The form's address field is answered by Open311's own location (address_string), never as an attribute.
  for (const [code, value] of Object.entries(submission.answers)) if (code !== 'location_address') params.set(`attribute[${code}]`, value);
  return params.toString();
}

const graphqlTarget = (url: string): LoadTarget => ({
  url: `${url}/graphql`,
  headers: { 'content-type': 'application/json' },
  request: (key) => ({ body: JSON.stringify({ query: SUBMIT_MUTATION, variables: { input: wifiOutageSubmission(key) } }) }),
  reference: referenceFrom((json) => (json as { data?: { submitServiceRequest?: { reference?: unknown } } }).data?.submitServiceRequest?.reference),
});

const open311Target = (url: string): LoadTarget => ({
  url: `${url}/api/open311/v2/requests.json`,
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  request: (key) => ({ body: open311Body(key), headers: { 'idempotency-key': key } }),
  reference: referenceFrom((json) => (Array.isArray(json) ? (json[0] as { service_request_id?: unknown } | undefined)?.service_request_id : undefined)),
});

const answeredReferences = (figures: LoadFigures) => [...figures.acknowledged.values(), ...figures.recovered.values()];

/** Runs one load and reads back what it stored. */
async function measure(target: string, load: LoadTarget, env: Record<string, string>, tableName: string, durationS: number): Promise<Row> {
  const before = await countRows(env, tableName);
  const figures = await loadTest(load, { durationS });
  const stored = (await countRows(env, tableName)) - before;
  return { target, figures, stored, found: await countReferences(env, tableName, answeredReferences(figures)) };
}

/** Every answered reference is stored once, nothing else was stored, and the run had no errors. */
export function intakeRowHolds(row: Row): boolean {
  const references = answeredReferences(row.figures);
  const distinct = new Set(references).size;
  return row.figures.errors === 0 && row.figures.unresolved.length === 0 && distinct === references.length && row.found === distinct && row.stored === distinct;
}

interface IntakeOptions {
  quick: boolean;
  log: (m: string) => void;
  /** A prepared SQLite database to copy (seeded otherwise). */
  sqliteDatabase?: string | undefined;
  /** A PostgreSQL database already seeded by seedIntakePostgres (seeded here otherwise). */
  postgres?: Promise<SeededDatabase> | undefined;
  diskLoad?: boolean;
}

/**
 * Intake throughput: autocannon (50 connections, 20 s; 5 s in quick mode) against the GraphQL
 * mutation and Open311 POST on SQLite and PostgreSQL, rate limits lifted, every request a new
 * idempotency key; then the same load on a bare Node + pg baseline.
 */
export async function intakeSection({ quick, log, sqliteDatabase, postgres, diskLoad = false }: IntakeOptions): Promise<string> {
  const durationS = quick ? 5 : 20;
  // `--disk-load`: another process writes and fsyncs 256 MB at a time for the whole section.
  const stopDiskLoad = diskLoad ? startDiskLoad() : () => undefined;
  try {
    return await measureIntake({ durationS, log, sqliteDatabase, postgres, diskLoad });
  } finally {
    stopDiskLoad();
  }
}

async function measureIntake({ durationS, log, sqliteDatabase, postgres, diskLoad }: Omit<IntakeOptions, 'quick'> & { durationS: number }): Promise<string> {
  const rows: Row[] = [];
  let forms: unknown[] = [];
  for (const kind of ['sqlite', 'postgres'] as const) {
    const onSqlite = () => (sqliteDatabase ? startCmsOnCopy(sqliteDatabase, INTAKE_SETTINGS) : startBenchCms('sqlite', INTAKE_SETTINGS));
    const cms = kind === 'sqlite' ? await onSqlite() : await startSeededCms(await (postgres ?? seedIntakePostgres()));
    try {
      const formResponse = await fetch(`${cms.url}/api/service-forms?filters[code][$eq]=wifi-outage&locale=en`);
      forms = ((await formResponse.json()) as { data: unknown[] }).data;
      const form = serviceFormSchema.parse(forms[0]);
      const check = validateSubmission(form, 'en', wifiOutageSubmission('bench-check-0000000000'));
      if (!check.success) throw new Error(`the benchmark's sample answers are invalid: ${JSON.stringify(check.errors)}`);

      for (const [name, load] of [
        [`GraphQL submitServiceRequest, ${kind}`, graphqlTarget(cms.url)],
        [`Open311 POST requests.json, ${kind}`, open311Target(cms.url)],
      ] as const) {
        const row = await measure(name, load, cms.env, 'service_requests', durationS);
        rows.push(row);
        log(`intake ${name}: ${row.figures.requestsPerSecond.toFixed(0)} req/s, ${row.figures.errors} errors`);
      }
    } finally {
      await cms.stop();
    }
  }

  const database = await createDatabase('postgres');
  const baseline = await startBaseline({ databaseUrl: database.env.DATABASE_URL as string, port: await freePort(), forms: forms.map((f) => serviceFormSchema.parse(f)) });
  try {
    const load: LoadTarget = {
      url: baseline.url,
      headers: { 'content-type': 'application/json' },
      request: (key) => ({ body: JSON.stringify(wifiOutageSubmission(key)) }),
      reference: referenceFrom((json) => (json as { reference?: unknown }).reference),
    };
    const row = await measure('baseline: bare Node + pg, postgres', load, database.env, 'baseline_requests', durationS);
    rows.push(row);
    log(`intake baseline: ${row.figures.requestsPerSecond.toFixed(0)} req/s`);
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
    row.figures.acknowledged.size,
    row.figures.recovered.size,
    row.stored,
    intakeRowHolds(row) ? 'yes' : '**NO**',
    (row.figures.requestsPerSecond / baselineRps).toFixed(2),
  ]);
  return (
    `## 5. Intake throughput\n\nautocannon, 50 connections, ${durationS} s per target, a new idempotency key per request, rate limits lifted${diskLoad ? ', **with a disk writer running alongside (`--disk-load`: 256 MB written and fsynced in a loop)**' : ''}. One run per target: each run is itself thousands of requests, and autocannon's percentiles summarize them. ` +
    `"2xx" counts the answers that carried a reference. When the clock stops, up to one request per connection is in flight: autocannon drops its answer, but the server may have stored it, so each of those keys is sent once more after the run and its reference read ("cut off, then answered"). ` +
    `"holds" checks, in the database, that every answered reference is stored, that the rows added equal the distinct references answered (nothing stored twice, nothing stored unanswered), and that there were no errors.\n\n` +
    table(['target', 'requests', 'req/s', 'p50', 'p99', 'errors', '2xx', 'cut off, then answered', 'rows added', 'holds', '× baseline'], body)
  );
}
