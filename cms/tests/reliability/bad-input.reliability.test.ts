import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseKind } from '../harness/cms';
import { badCaseBatches, ENTRIES, type BadCase, type Entry, type FormPair, type Target } from './bad-input/cases';
import { closeConnections, encode, send } from './bad-input/encode';
import { FEEDBACK_SECRET, judge, type Verdict } from './bad-input/judge';
import { OPEN311_KEY, startSeededReliabilityCms, type SeededCms } from './support/cms';
import { countRows } from '../harness/database';
import { checked, writeFigures, type FigureTable } from './support/figures';
import { sized } from './support/scale';
import { loadForms } from './support/submissions';

/**
 * Reliability report, item 1: generated malformed submissions at every entry point (GraphQL, the no-JS form
 * url-encoded and multipart, Open311): none answered 5xx, none stored, each refusal naming the
 * broken field in the submitter's language. Rate limits are lifted so every case reaches the checks.
 */
const RUNS: Record<DatabaseKind, number> = {
  sqlite: sized({ short: 600, full: 10_000 }),
  postgres: sized({ short: 200, full: 2_000 }),
};
/** Cases sent at once: a property run is one batch. */
const BATCH = 10;

interface Tally {
  sent: number;
  serverErrors: number;
  accepted: number;
  noAnswer: number;
  refused: number;
  localized: number;
  english: number;
  transport: number;
}
const emptyTally = (): Tally => ({ sent: 0, serverErrors: 0, accepted: 0, noAnswer: 0, refused: 0, localized: 0, english: 0, transport: 0 });

describe.each<DatabaseKind>(['sqlite', 'postgres'])('malformed submissions on %s', (kind) => {
  let cms: SeededCms;
  let forms: FormPair[];

  beforeAll(async () => {
    cms = await startSeededReliabilityCms(kind, { RATE_LIMIT_DISABLED: 'true', REQUEST_MIN_FILL_MS: '0', PUBLISH_WEBHOOK_SECRET: FEEDBACK_SECRET });
    forms = await loadForms(cms.url);
  });
  afterAll(async () => {
    closeConnections();
    await cms?.stop();
  });

  it(`refuses ${RUNS[kind]} generated malformed submissions: no 5xx, nothing stored, every field named in the submitter's language`, async () => {
    expect(forms.length).toBeGreaterThan(0);
    expect(forms.some((form) => form.open311)).toBe(true);
    const started = Date.now();
    const before = await countRows(cms.env, 'service_requests');
    const tally: Record<Entry, Tally> = { graphql: emptyTally(), 'form-urlencoded': emptyTally(), 'form-multipart': emptyTally(), open311: emptyTally() };
    const coverage = new Map<string, number>();
    const ingredients = new Map<string, number>();
    const failures: { testCase: BadCase; verdict: Verdict }[] = [];
    const distinct = new Set<string>();
    const seed = Number(process.env.RELIABILITY_SEED ?? Date.now() % 2_147_483_647);

    const property = fc.asyncProperty(badCaseBatches(forms, BATCH), async (batch) => {
      const verdicts = await Promise.all(
        batch.map(async (testCase) => {
          const answer = await send(cms.url, encode(testCase, OPEN311_KEY)).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
          return judge(testCase, answer);
        }),
      );
      verdicts.forEach((verdict, index) => {
        const testCase = batch[index];
        if (!testCase) return;
        distinct.add(JSON.stringify({ ...testCase, idempotencyKey: undefined, open311: { ...testCase.open311, idempotencyHeader: undefined }, form: testCase.form.code }));
        const counts = tally[testCase.entry];
        counts.sent += 1;
        if (verdict.outcome === 'server-error') counts.serverErrors += 1;
        if (verdict.outcome === 'accepted') counts.accepted += 1;
        if (verdict.outcome === 'no-answer') counts.noAnswer += 1;
        if (verdict.outcome === 'refused') counts.refused += 1;
        counts.localized += verdict.localized;
        counts.english += verdict.english;
        counts.transport += verdict.transport;
        for (const expectation of testCase.expectations) coverage.set(`${expectation.target}\u0000${testCase.entry}`, (coverage.get(`${expectation.target}\u0000${testCase.entry}`) ?? 0) + 1);
        for (const ingredient of new Set(testCase.ingredients)) ingredients.set(ingredient, (ingredients.get(ingredient) ?? 0) + 1);
        if (verdict.problems.length > 0 && failures.length < 25) failures.push({ testCase, verdict });
      });
      return verdicts.every((verdict) => verdict.problems.length === 0);
    });

    let propertyError: unknown;
    try {
      await fc.assert(property, { numRuns: Math.ceil(RUNS[kind] / BATCH), seed, endOnFailure: true });
    } catch (error) {
      propertyError = error;
    }

    const after = await countRows(cms.env, 'service_requests');
    const total = ENTRIES.reduce((sum, entry) => {
      const counts = tally[entry];
      (Object.keys(sum) as (keyof Tally)[]).forEach((key) => (sum[key] += counts[key]));
      return sum;
    }, emptyTally());
    const stored = after - before;

    const targets: Target[] = [...new Set([...coverage.keys()].map((key) => key.split('\u0000')[0] as Target))].sort();
    const tables: FigureTable[] = [
      {
        title: 'By entry point',
        columns: ['entry point', 'sent', '5xx', 'accepted', 'no answer', 'refused', 'field errors in the submitter’s language', 'field errors in English (developer checks)', 'transport refusals (no field to name)'],
        rows: ENTRIES.map((entry) => {
          const t = tally[entry];
          return [entry, t.sent, t.serverErrors, t.accepted, t.noAnswer, t.refused, t.localized, t.english, t.transport].map(String);
        }),
      },
      {
        title: 'What was broken, by entry point (cases can break several things)',
        columns: ['broken', ...ENTRIES],
        rows: targets.map((target) => [target, ...ENTRIES.map((entry) => String(coverage.get(`${target}\u0000${entry}`) ?? 0))]),
      },
      {
        title: 'Hostile ingredients (cases using each)',
        columns: ['ingredient', 'cases'],
        rows: [...ingredients.entries()].sort((a, b) => b[1] - a[1]).map(([name, count]) => [name, String(count)]),
      },
    ];
    if (failures.length > 0) {
      tables.push({
        title: 'First failing cases',
        columns: ['entry point', 'broken', 'status', 'problem'],
        rows: failures.slice(0, 10).map(({ testCase, verdict }) => [testCase.entry, testCase.expectations.map((e) => `${e.field || '-'} (${e.kind})`).join('; '), String(verdict.status), verdict.problems.join(' / ').slice(0, 300)]),
      });
    }
    writeFigures({
      id: `1-bad-input-${kind}`,
      item: 1,
      title: `Bad input (${kind === 'sqlite' ? 'SQLite' : 'PostgreSQL'})`,
      durationSeconds: (Date.now() - started) / 1000,
      figures: [
        checked('malformed submissions sent', total.sent, `≥ ${RUNS[kind]}`),
        { label: 'of which distinct (idempotency keys aside)', value: distinct.size },
        checked('answered 5xx (or a GraphQL internal error)', total.serverErrors, '= 0'),
        checked('stored (rows in service_requests before/after)', stored, '= 0'),
        checked('accepted as if valid', total.accepted, '= 0'),
        checked('no answer (connection dropped)', total.noAnswer, '= 0'),
        checked('answers not as expected (wrong field, wrong language, extra field)', failures.length, '= 0'),
        { label: 'field errors in the submitter’s language (en/es text naming the question)', value: total.localized },
        { label: 'field errors in English, naming the field (envelope and GraphQL schema checks)', value: total.english },
        { label: 'transport refusals (unreadable body or wrong content type: no field to name)', value: total.transport },
        { label: 'fast-check seed', value: seed },
      ],
      tables,
      notes: [
        'Each case starts from a valid submission to a published form and breaks at least one constraint (the generator records which), so every case must be refused; the database row count is compared before and after the run.',
        'A refusal must name every field broken at the first check that fails (GraphQL schema, envelope, unknown form, answers and contact; Open311: key, locale, parameters, Idempotency-Key, service, attributes, answers), and nothing else.',
        'Messages about answers and contact details must be the shared/forms (or Open311 catalogue) text of the submission’s locale, with the question’s label in that language. Envelope fields (formCode, locale, idempotencyKey) and GraphQL type errors are developer errors that the form never lets a resident make; they are in English and name the field.',
        `Replay a run with RELIABILITY_SEED=${seed}.`,
      ],
    });

    if (failures.length > 0) {
      console.error(failures.slice(0, 5).map(({ testCase, verdict }) => `${testCase.entry} ${JSON.stringify(testCase.expectations)}\n  → ${verdict.status} ${verdict.problems.join('\n    ')}`).join('\n'));
    }
    expect(total.serverErrors).toBe(0);
    expect(stored).toBe(0);
    expect(total.accepted).toBe(0);
    expect(total.noAnswer).toBe(0);
    expect(failures.map(({ verdict }) => verdict.problems).flat()).toEqual([]);
    expect(propertyError).toBeUndefined();
    expect(total.sent).toBeGreaterThanOrEqual(RUNS[kind]);
    // Generated, not repeated: a few transport cases come out alike, nothing more.
    expect(distinct.size).toBeGreaterThan(total.sent * 0.8);
  });
});
