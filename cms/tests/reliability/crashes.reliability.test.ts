import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { DatabaseKind, ThrowawayDatabase } from '../harness/cms';
import { closeConnections } from './bad-input/encode';
import { acknowledged, LoadRunner, referencesOf, type Submission } from './crash/load-runner';
import { createSeededDatabase, reliabilityEnv, RELIABILITY_TMP } from './support/cms';
import { countRows, queryRows } from '../harness/database';
import { checked, writeFigures, type Figure } from './support/figures';
import { reliabilityPort } from './support/ports';
import { createPostgresCluster, type PostgresCluster } from './support/postgres-cluster';
import { RestartableCms } from './support/restartable-cms';
import { sized } from './support/scale';
import { formsForEveryEntry, loadForms } from './support/submissions';

/**
 * Reliability report, item 3: a load runner submits continuously while the CMS process is killed with
 * SIGKILL at random moments and started again (on SQLite and on PostgreSQL), then while
 * PostgreSQL itself is restarted under a running CMS (on a server of the test's own, never the
 * shared one). Afterwards every reference that was answered with success exists exactly once,
 * and every submission the runner sent, retried with its key until answered, is stored once.
 */
const KILLS = sized({ short: 2, full: 6 });
const POSTGRES_RESTARTS = sized({ short: 2, full: 6 });
const CONCURRENCY = 6;

const between = (min: number, max: number) => min + Math.floor(Math.random() * (max - min));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Verification {
  acknowledged: number;
  found: number;
  lost: number;
  duplicated: number;
  storedWithoutAnswer: number;
  unresolved: number;
  lostExamples: string[];
  /** How the lost ones came in, and what their answers were. */
  lostDetails: string[];
}

/** Checks every acknowledged reference against the database: present exactly once. */
async function verify(env: Record<string, string>, submissions: Submission[], unresolved: Submission[]): Promise<Verification> {
  const answered = submissions.filter(acknowledged);
  const references = [...new Set(answered.flatMap((submission) => [...referencesOf(submission)]))];
  const rows = new Map<string, number>();
  for (let index = 0; index < references.length; index += 200) {
    const chunk = references.slice(index, index + 200);
    const found = await queryRows<{ reference: string; n: number | string }>(env, `SELECT reference, COUNT(*) AS n FROM service_requests WHERE reference IN (${chunk.map(() => '?').join(',')}) GROUP BY reference`, chunk);
    for (const row of found) rows.set(row.reference, Number(row.n));
  }
  const lostReferences = references.filter((reference) => !rows.has(reference));
  const lostDetails = answered
    .filter((submission) => [...referencesOf(submission)].some((reference) => !rows.has(reference)))
    .map((submission) => `${submission.entry} ${submission.key}: ${submission.answers.map((answer) => `${answer.status}${answer.reference ? ` ${answer.reference}${answer.replayed ? ' (replayed)' : ''}` : ''}`).join(', ')}`);
  // A key answered with two references was stored twice; so was a reference on two rows.
  const splitKeys = answered.filter((submission) => referencesOf(submission).size > 1).length;
  const doubleRows = references.filter((reference) => (rows.get(reference) ?? 0) > 1).length;
  const repeatedKeys = await queryRows(env, 'SELECT idempotency_key FROM service_requests GROUP BY idempotency_key HAVING COUNT(*) > 1');
  const total = await countRows(env, 'service_requests');
  return {
    acknowledged: answered.length,
    found: references.filter((reference) => rows.get(reference) === 1).length,
    lost: lostReferences.length,
    duplicated: splitKeys + doubleRows + repeatedKeys.length,
    storedWithoutAnswer: Math.max(0, total - answered.length),
    unresolved: unresolved.length,
    lostExamples: lostReferences.slice(0, 5),
    lostDetails: lostDetails.slice(0, 5),
  };
}

function figuresOf(result: Verification, extra: Figure[]): Figure[] {
  return [
    ...extra,
    checked('submissions acknowledged with a reference', result.acknowledged, '≥ 1'),
    checked('acknowledged references found in the database', result.found, `= ${result.acknowledged}`),
    checked('lost (acknowledged, not stored)', result.lost, '= 0'),
    checked('duplicated (stored twice, or one key answered with two references)', result.duplicated, '= 0'),
    checked('stored without ever being acknowledged (after retrying every key)', result.storedWithoutAnswer, '= 0'),
    checked('submissions still unanswered after retrying with their key', result.unresolved, '= 0'),
  ];
}

function answersDuringOutages(submissions: Submission[]): { noAnswer: number; serverErrors: number; retried: number } {
  const answers = submissions.flatMap((submission) => submission.answers);
  return {
    noAnswer: answers.filter((answer) => answer.status === 0).length,
    serverErrors: answers.filter((answer) => answer.status >= 500).length,
    retried: submissions.filter((submission) => submission.answers.length > 1).length,
  };
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  closeConnections();
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch((error: unknown) => console.error(error));
});

describe('crashes under load', () => {
  it.each<DatabaseKind>(['sqlite', 'postgres'])(`the CMS killed with SIGKILL ${KILLS} times under load (%s): nothing acknowledged is lost or stored twice`, async (kind) => {
    const started = Date.now();
    const database: ThrowawayDatabase = await createSeededDatabase(kind);
    cleanups.push(() => database.drop());
    const env = await reliabilityEnv(database, { RATE_LIMIT_DISABLED: 'true', REQUEST_MIN_FILL_MS: '0' });
    cleanups.push(async () => fs.rmSync(env.PRIVATE_UPLOADS_DIR ?? '', { recursive: true, force: true }));
    const cms = new RestartableCms(env);
    cleanups.push(() => cms.stop());
    await cms.start();
    const forms = formsForEveryEntry(await loadForms(cms.url));
    const runner = new LoadRunner(cms.url, forms, { concurrency: CONCURRENCY, timeoutMs: 20_000 });
    runner.start();

    const killedAt: number[] = [];
    const restartSeconds: number[] = [];
    for (let kill = 0; kill < KILLS; kill += 1) {
      // A random moment while submissions are in flight.
      await sleep(between(700, 3500));
      killedAt.push(runner.submissions.length);
      await cms.kill();
      await sleep(between(0, 800));
      const restart = Date.now();
      await cms.start();
      restartSeconds.push((Date.now() - restart) / 1000);
    }
    await sleep(1500);
    await runner.stop();
    const unresolved = await runner.settle(90_000);
    const result = await verify(env, runner.submissions, unresolved);
    const outages = answersDuringOutages(runner.submissions);

    writeFigures({
      id: `3-crashes-kill-${kind}`,
      item: 3,
      title: `Crashes: the CMS killed with SIGKILL under load (${kind === 'sqlite' ? 'SQLite' : 'PostgreSQL'})`,
      durationSeconds: (Date.now() - started) / 1000,
      figures: figuresOf(result, [
        checked('SIGKILLs of the CMS process', KILLS, `≥ ${KILLS}`),
        { label: 'submissions sent (distinct idempotency keys)', value: runner.submissions.length },
        { label: 'answers lost to a kill (connection refused or reset), then retried', value: outages.noAnswer },
        { label: '5xx answers (retried)', value: outages.serverErrors },
        { label: 'submissions that needed a retry', value: outages.retried },
        { label: 'seconds to start again after a kill (each)', value: restartSeconds.map((s) => s.toFixed(1)).join(', ') },
      ]),
      notes: [
        `Kills came 0.7–3.5 s apart at random, with ${CONCURRENCY} clients submitting through GraphQL, the form post (url-encoded and multipart) and Open311 in turn; submissions sent before each kill: ${killedAt.join(', ')}.`,
        'A submission whose answer was lost is sent again with the same idempotency key until it is answered; its answers must all carry one reference.',
        ...(result.lostExamples.length > 0 ? [`Lost references: ${result.lostExamples.join(', ')}; their submissions: ${result.lostDetails.join(' / ')}`] : []),
      ],
    });

    expect(outages.noAnswer).toBeGreaterThan(0);
    expect(result.lost).toBe(0);
    expect(result.duplicated).toBe(0);
    expect(result.unresolved).toBe(0);
    expect(result.storedWithoutAnswer).toBe(0);
    expect(result.found).toBe(result.acknowledged);
  });

  it(`PostgreSQL restarted ${POSTGRES_RESTARTS} times under a running CMS: nothing acknowledged is lost or stored twice`, async () => {
    const started = Date.now();
    const cluster: PostgresCluster = await createPostgresCluster(await reliabilityPort(), RELIABILITY_TMP);
    cleanups.push(() => cluster.destroy());
    const database = await createSeededDatabase('postgres', cluster.url('postgres'));
    const env = await reliabilityEnv(database, { RATE_LIMIT_DISABLED: 'true', REQUEST_MIN_FILL_MS: '0', DATABASE_CONNECTION_TIMEOUT: '10000' });
    cleanups.push(async () => fs.rmSync(env.PRIVATE_UPLOADS_DIR ?? '', { recursive: true, force: true }));
    const cms = new RestartableCms(env);
    cleanups.push(() => cms.stop());
    await cms.start();
    const forms = formsForEveryEntry(await loadForms(cms.url));
    const runner = new LoadRunner(cms.url, forms, { concurrency: CONCURRENCY, timeoutMs: 20_000 });
    runner.start();

    const modes: ('fast' | 'immediate')[] = [];
    let cmsExits = 0;
    const exitLogs: string[] = [];
    for (let restart = 0; restart < POSTGRES_RESTARTS; restart += 1) {
      await sleep(between(700, 3000));
      // Alternate a clean shutdown (clients disconnected) and a crash (recovery from the WAL on start).
      const mode = restart % 2 === 0 ? 'immediate' : 'fast';
      modes.push(mode);
      await cluster.stopServer(mode);
      await sleep(between(300, 2000));
      await cluster.startServer();
      if (!cms.running) {
        // The CMS should ride out a database restart; if it died, say so and start it for the rest.
        cmsExits += 1;
        exitLogs.push(cms.logs().slice(-1500));
        await cms.start();
      }
    }
    await sleep(2000);
    await runner.stop();
    const unresolved = await runner.settle(90_000);
    const result = await verify(env, runner.submissions, unresolved);
    const outages = answersDuringOutages(runner.submissions);

    writeFigures({
      id: '3-crashes-postgres-restart',
      item: 3,
      title: 'Crashes: PostgreSQL restarted under a running CMS',
      durationSeconds: (Date.now() - started) / 1000,
      figures: figuresOf(result, [
        checked('PostgreSQL restarts', modes.length, `≥ ${POSTGRES_RESTARTS}`),
        checked('times the CMS process died with the database', cmsExits, '= 0'),
        { label: 'submissions sent (distinct idempotency keys)', value: runner.submissions.length },
        { label: '5xx answers while the database was down (retried)', value: outages.serverErrors },
        { label: 'answers lost (no answer), retried', value: outages.noAnswer },
        { label: 'submissions that needed a retry', value: outages.retried },
      ]),
      notes: [
        `A PostgreSQL 15 cluster of the test's own (initdb, pg_ctl), fsync on; stop modes in turn: ${modes.join(', ')}; down for 0.3–2 s each time.`,
        ...(result.lostExamples.length > 0 ? [`Lost references: ${result.lostExamples.join(', ')}; their submissions: ${result.lostDetails.join(' / ')}`] : []),
        ...exitLogs.slice(0, 1).map((log) => `The CMS process exited; the end of its log: ${log.replace(/\s+/g, ' ').slice(-600)}`),
      ],
    });

    if (exitLogs.length > 0) console.error(exitLogs[0]);
    if (result.lost > 0) fs.writeFileSync(`${RELIABILITY_TMP}/postgres-restart-lost.log`, `${result.lostDetails.join('\n')}\n\n${cms.logs()}`);
    expect(cmsExits).toBe(0);
    expect(result.lost).toBe(0);
    expect(result.duplicated).toBe(0);
    expect(result.unresolved).toBe(0);
    expect(result.storedWithoutAnswer).toBe(0);
    expect(result.found).toBe(result.acknowledged);
  });
});
