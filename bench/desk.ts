import crypto from 'node:crypto';
import knexFactory, { type Knex } from 'knex';
import { REFERENCE_ALPHABET } from '@city/shared/forms';
import { adminLogin } from '../cms/tests/harness/http';
import { OUTCOMES_BY_AGE, seededRandom, weighted } from '../cms/src/seed/backlog-plan';
import { seedBenchDatabase, startSeededCms, type SeededDatabase } from './lib/portal';
import { table } from './lib/report';

/**
 * The Requests desk on a big backlog: the seeded demo (its 300-request backlog included) filled up
 * to N requests by bulk SQL, then the desk's queue and dashboard, as a supervisor (every division)
 * asks for them, timed over repeated runs on SQLite and PostgreSQL.
 */
const SUPERVISOR = { email: 'supervisor@bench.example', password: 'Supervisor-Password-1' };
const DESK_SETTINGS = {
  SEED_BACKLOG: 'true',
  SUPERVISOR_EMAIL: SUPERVISOR.email,
  SUPERVISOR_PASSWORD: SUPERVISOR.password,
  TRIAGE_EMAIL: 'triage@bench.example',
  TRIAGE_PASSWORD: 'Triage-Password-1',
  OUTBOX_WORKER: 'false',
};
const TARGETS = { queueP95Ms: 300, dashboardP95Ms: 1000 };
const DAY = 86_400_000;
/** The filled requests arrive over the last year (the seeded backlog covers the last six months). */
const SPAN_DAYS = 365;
const CHUNK = 500;
const STAFF_DAYS_PER_TARGET_DAY = 1.4;

/** The p-th percentile (nearest rank) of a sample. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('no measurements');
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}

interface TemplateRow {
  form_code: string;
  division_key: string | null;
  form_snapshot: unknown;
  answers: unknown;
  language: string;
  channel: string;
  target_days: number | null;
}

function connect(env: Record<string, string>): Knex {
  return env.DATABASE_URL
    ? knexFactory({ client: 'pg', connection: env.DATABASE_URL })
    : knexFactory({ client: 'better-sqlite3', connection: { filename: env.DATABASE_FILENAME as string }, useNullAsDefault: true });
}

const json = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));
const documentId = (random: () => number) => Array.from({ length: 24 }, () => 'abcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(random() * 36)]).join('');
const reference = (index: number) => {
  // Unique by construction (the index in base 32), prefixed so it cannot meet the seeded ones.
  const code = index.toString(32).toUpperCase().padStart(7, '0').split('').map((digit) => REFERENCE_ALPHABET[parseInt(digit, 32)]).join('');
  return `BEN-${`Z${code}`.slice(0, 4)}-${`Z${code}`.slice(4)}`;
};

const CLOSED_AS: Record<string, { status: string; reason: string | null }> = {
  fixed: { status: 'resolved', reason: 'fixed' },
  no_action: { status: 'closed', reason: 'no_action' },
  referred: { status: 'closed', reason: 'referred' },
  duplicate: { status: 'closed', reason: 'duplicate' },
  rejected: { status: 'rejected', reason: null },
};
const OPEN_AS: Record<string, string> = { submitted: 'submitted', in_review: 'in_review', in_progress: 'in_progress', waiting: 'waiting_for_resident' };

/**
 * Adds `count` requests in bulk (knex batch inserts in one transaction): the request rows, their
 * contact component rows and the links between them, ids given here. Answers, form snapshots,
 * languages and channels are copied from the seeded backlog; statuses by age follow the backlog's
 * own weights; due times are the form's target stretched over weekends (approximate: the exact
 * calendar count costs milliseconds a request). No status history rows: the queue and the
 * dashboard do not read them.
 */
export async function fillRequests(env: Record<string, string>, count: number, now = new Date()): Promise<{ ms: number; email: string }> {
  const started = Date.now();
  const knex = connect(env);
  const random = seededRandom(100_000);
  try {
    const templates = (await knex('service_requests')
      .select('form_code', 'division_key', 'form_snapshot', 'answers', 'language', 'channel')
      .orderBy('id')) as Omit<TemplateRow, 'target_days'>[];
    if (templates.length === 0) throw new Error('the seeded database holds no backlog to copy');
    const withTargets: TemplateRow[] = templates.map((row) => {
      const snapshot = (typeof row.form_snapshot === 'string' ? JSON.parse(row.form_snapshot) : row.form_snapshot) as { serviceLevel?: { amount: number; unit: string } };
      const level = snapshot.serviceLevel;
      return { ...row, target_days: level ? (level.unit === 'business_days' ? level.amount : level.amount / 9) : null };
    });
    const admins = (await knex('admin_users').select('id')) as { id: number }[];
    const next = async (tableName: string) => Number(((await knex(tableName).max({ id: 'id' }).first()) as { id: number | null } | undefined)?.id ?? 0) + 1;
    let requestId = await next('service_requests');
    let contactId = await next('components_request_contact');
    let linkId = await next('service_requests_cmps');
    const email = (index: number) => `resident${index}@example.org`;

    await knex.transaction(async (trx) => {
      for (let start = 0; start < count; start += CHUNK) {
        const requests: Record<string, unknown>[] = [];
        const contacts: Record<string, unknown>[] = [];
        const links: Record<string, unknown>[] = [];
        for (let index = start; index < Math.min(count, start + CHUNK); index += 1) {
          const template = withTargets[Math.floor(random() * withTargets.length)] as TemplateRow;
          const created = now.getTime() - random() ** 1.25 * SPAN_DAYS * DAY;
          const age = (now.getTime() - created) / DAY;
          const outcome = weighted(random, (OUTCOMES_BY_AGE.find(([maxDays]) => age < maxDays) as (typeof OUTCOMES_BY_AGE)[number])[1]);
          const closed = CLOSED_AS[outcome];
          const due = template.target_days === null ? null : new Date(created + template.target_days * STAFF_DAYS_PER_TARGET_DAY * DAY);
          const span = (due ? due.getTime() - created : 5 * DAY) * (0.25 + random() * 1.15);
          const closedAt = closed ? new Date(Math.min(created + span, now.getTime() - 60_000)) : null;
          const responded = outcome === 'submitted' ? null : new Date(Math.min(created + random() * 30 * 3_600_000, now.getTime() - 60_000));
          requests.push({
            id: requestId,
            document_id: documentId(random),
            reference: reference(index),
            request_status: closed ? closed.status : OPEN_AS[outcome],
            priority: weighted(random, { normal: 82, low: 7, high: 9, urgent: 2 }),
            division_key: template.division_key,
            form_code: template.form_code,
            form_snapshot: json(template.form_snapshot),
            answers: json(template.answers),
            language: template.language,
            channel: template.channel,
            due_at: due,
            assignee_id: outcome !== 'submitted' && admins.length > 0 && random() < 0.8 ? (admins[Math.floor(random() * admins.length)] as { id: number }).id : null,
            closure_reason: closed?.reason ?? null,
            first_response_at: responded,
            closed_at: closedAt,
            updates_opt_out: false,
            idempotency_key: `bench-desk-${index}`,
            contact_email_hash: crypto.createHash('sha256').update(email(index)).digest('hex'),
            fingerprint: crypto.createHash('sha256').update(`bench-desk-${index}`).digest('hex'),
            created_at: new Date(created),
            updated_at: closedAt ?? responded ?? new Date(created),
            published_at: new Date(created),
          });
          contacts.push({ id: contactId, name: `Resident ${index}`, email: email(index), phone: null });
          links.push({ id: linkId, entity_id: requestId, cmp_id: contactId, component_type: 'request.contact', field: 'contact', order: null });
          requestId += 1;
          contactId += 1;
          linkId += 1;
        }
        await trx.batchInsert('service_requests', requests, CHUNK);
        await trx.batchInsert('components_request_contact', contacts, CHUNK);
        await trx.batchInsert('service_requests_cmps', links, CHUNK);
      }
      // PostgreSQL's id sequences do not see ids given in the insert: move them past the new rows.
      if (env.DATABASE_URL) {
        for (const tableName of ['service_requests', 'components_request_contact', 'service_requests_cmps']) {
          await trx.raw(`SELECT setval(pg_get_serial_sequence(?, 'id'), (SELECT max(id) FROM ${tableName}))`, [tableName]);
        }
      }
    });
    // Statistics on the filled tables, as a database that grew over time would have them.
    if (env.DATABASE_URL) await knex.raw('ANALYZE');
    return { ms: Date.now() - started, email: email(Math.floor(count / 2)) };
  } finally {
    await knex.destroy();
  }
}

interface Measured {
  name: string;
  path: string;
  timesMs: number[];
  targetMs: number;
  total?: number;
}

async function timeRequest(url: string, token: string): Promise<{ ms: number; body: unknown }> {
  const started = performance.now();
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  const body: unknown = await response.json();
  const ms = performance.now() - started;
  if (response.status !== 200) throw new Error(`${url}: ${response.status} ${JSON.stringify(body).slice(0, 300)}`);
  return { ms, body };
}

interface DeskOptions {
  quick: boolean;
  log: (message: string) => void;
}

/** One database: seed, fill, start, measure each query `runs` times after a warm-up. */
async function measureOn(kind: 'sqlite' | 'postgres', size: number, runs: number, log: (m: string) => void) {
  const seeded: SeededDatabase = await seedBenchDatabase(kind, DESK_SETTINGS);
  const fill = await fillRequests(seeded.env, size - 300);
  log(`desk ${kind}: ${size - 300} requests added in ${(fill.ms / 1000).toFixed(1)} s`);
  const cms = await startSeededCms(seeded);
  try {
    const token = await adminLogin(cms.url, SUPERVISOR.email, SUPERVISOR.password);
    const queries: Omit<Measured, 'timesMs'>[] = [
      { name: 'queue, default (newest first)', path: '/requests-desk/requests', targetMs: TARGETS.queueP95Ms },
      { name: 'queue, one division', path: '/requests-desk/requests?division=egov', targetMs: TARGETS.queueP95Ms },
      { name: 'queue, open by due time', path: '/requests-desk/requests?status=open&sort=dueAt&order=asc', targetMs: TARGETS.queueP95Ms },
      { name: 'queue, search by email', path: `/requests-desk/requests?q=${encodeURIComponent(fill.email)}`, targetMs: TARGETS.queueP95Ms },
      { name: 'dashboard', path: '/requests-desk/dashboard', targetMs: TARGETS.dashboardP95Ms },
    ];
    const measured: Measured[] = [];
    for (const query of queries) {
      const url = `${cms.url}${query.path}`;
      const warm = await timeRequest(url, token);
      const total = (warm.body as { pagination?: { total?: number } }).pagination?.total;
      const timesMs: number[] = [];
      for (let run = 0; run < runs; run += 1) timesMs.push((await timeRequest(url, token)).ms);
      measured.push({ ...query, timesMs, ...(total === undefined ? {} : { total }) });
      log(`desk ${kind} ${query.name}: p50 ${percentile(timesMs, 50).toFixed(0)} ms, p95 ${percentile(timesMs, 95).toFixed(0)} ms`);
    }
    return { fillMs: fill.ms, measured };
  } finally {
    await cms.stop();
  }
}

/**
 * Section 7: the desk's queue and dashboard on 100,000 requests (10,000 in quick mode), p50 and
 * p95 over 30 runs (10 in quick mode) after one warm-up, on SQLite and PostgreSQL.
 */
export async function deskSection({ quick, log }: DeskOptions): Promise<string> {
  const size = quick ? 10_000 : 100_000;
  const runs = quick ? 10 : 30;
  const rows: (string | number)[][] = [];
  const fills: string[] = [];
  for (const kind of ['sqlite', 'postgres'] as const) {
    const { fillMs, measured } = await measureOn(kind, size, runs, log);
    fills.push(`${kind} ${(fillMs / 1000).toFixed(1)} s`);
    for (const query of measured) {
      const p95 = percentile(query.timesMs, 95);
      rows.push([
        kind,
        query.name,
        query.total ?? '—',
        `${percentile(query.timesMs, 50).toFixed(0)} ms`,
        `${p95.toFixed(0)} ms`,
        `${Math.max(...query.timesMs).toFixed(0)} ms`,
        `p95 < ${query.targetMs} ms`,
        p95 < query.targetMs ? 'pass' : '**FAIL**',
      ]);
    }
  }
  return (
    `## 7. Requests desk\n\n${size.toLocaleString('en-US')} requests: the seeded demo backlog (300) plus bulk SQL rows copied from it (answers, forms, languages), received over the last ${SPAN_DAYS} days with the backlog's statuses by age; loaded in ${fills.join(', ')}. ` +
    `A supervisor (every division, so nothing is scoped away) asks the desk's API over HTTP; each query once to warm up, then ${runs} times in a row. "matches" is the queue's total for the filter. Targets: queue p95 under ${TARGETS.queueP95Ms} ms, dashboard p95 under ${TARGETS.dashboardP95Ms} ms.\n\n` +
    table(['database', 'query', 'matches', 'p50', 'p95', 'max', 'target', 'result'], rows)
  );
}
