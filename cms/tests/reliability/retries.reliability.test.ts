import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseKind } from '../harness/cms';
import { ENTRIES, type Entry, type FormPair, type Locale } from './bad-input/cases';
import { closeConnections } from './bad-input/encode';
import { startSeededReliabilityCms, type SeededCms } from './support/cms';
import { countRows } from '../harness/database';
import { checked, writeFigures } from './support/figures';
import { sized } from './support/scale';
import { formsForEveryEntry, loadForms, submitValid, type SubmitAnswer } from './support/submissions';

/**
 * Reliability report, item 2: 100 requests (30 in the short form), each sent 10 times at the same moment with the same idempotency
 * key (a client retrying on a flaky network, or a double click). Exactly 100 are stored, and all
 * ten answers of one key carry one reference. Keys go round the entry points: GraphQL, the form
 * post (url-encoded and multipart, JSON answers) and Open311 (Idempotency-Key header).
 */
const REQUESTS = sized({ short: 30, full: 100 });
const COPIES = 10;
/** Keys in flight at once (each with its ten copies). */
const PARALLEL_KEYS = 5;

describe.each<DatabaseKind>(['sqlite', 'postgres'])('retries with one idempotency key on %s', (kind) => {
  let cms: SeededCms;
  let forms: FormPair[];

  beforeAll(async () => {
    cms = await startSeededReliabilityCms(kind, { RATE_LIMIT_DISABLED: 'true', REQUEST_MIN_FILL_MS: '0' });
    forms = formsForEveryEntry(await loadForms(cms.url));
  });
  afterAll(async () => {
    closeConnections();
    await cms?.stop();
  });

  it(`stores exactly ${REQUESTS} requests for ${REQUESTS} keys sent ${COPIES} times each, concurrently`, async () => {
    expect(forms.length).toBeGreaterThan(0);
    const started = Date.now();
    const before = await countRows(cms.env, 'service_requests');
    const run = `${Date.now().toString(36)}`;
    const groups: { key: string; entry: Entry; answers: SubmitAnswer[] }[] = [];

    let next = 0;
    const worker = async () => {
      for (;;) {
        const index = next++;
        if (index >= REQUESTS) return;
        const entry = ENTRIES[index % ENTRIES.length] as Entry;
        const form = forms[index % forms.length] as FormPair;
        const locale: Locale = index % 2 === 0 ? 'en' : 'es';
        const key = `reliability-retry-${run}-${index.toString().padStart(3, '0')}`;
        const answers = await Promise.all(Array.from({ length: COPIES }, (_, copy) => submitValid(cms.url, { entry, form, locale, key, reply: copy % 2 === 0 ? 'json' : 'xml' })));
        groups.push({ key, entry, answers });
      }
    };
    await Promise.all(Array.from({ length: PARALLEL_KEYS }, worker));

    const after = await countRows(cms.env, 'service_requests');
    const stored = after - before;
    const answers = groups.flatMap((group) => group.answers);
    const failed = answers.filter((answer) => !answer.reference);
    const splitKeys = groups.filter((group) => new Set(group.answers.map((answer) => answer.reference)).size > 1);
    const references = new Set(answers.flatMap((answer) => (answer.reference ? [answer.reference] : [])));
    // Each stored reference exactly once in the table.
    const rowsPerReference = await Promise.all([...references].map((reference) => countRows(cms.env, 'service_requests', 'reference = ?', [reference])));
    const duplicated = rowsPerReference.filter((rows) => rows > 1).length;
    const missing = rowsPerReference.filter((rows) => rows === 0).length;
    const created = answers.filter((answer) => answer.reference && answer.replayed === false).length;

    writeFigures({
      id: `2-retries-${kind}`,
      item: 2,
      title: `Retries with one idempotency key (${kind === 'sqlite' ? 'SQLite' : 'PostgreSQL'})`,
      durationSeconds: (Date.now() - started) / 1000,
      figures: [
        { label: 'requests (idempotency keys)', value: groups.length },
        { label: 'copies of each, sent at the same moment', value: COPIES },
        { label: 'answers received', value: answers.length },
        checked('stored (rows in service_requests before/after)', stored, `= ${REQUESTS}`),
        checked('keys whose answers carry more than one reference', splitKeys.length, '= 0'),
        checked('answers without a reference (errors)', failed.length, '= 0'),
        checked('answered references missing from the database', missing, '= 0'),
        checked('references stored more than once', duplicated, '= 0'),
        checked('answers saying "created" (the others say "replayed")', created, `= ${REQUESTS}`),
      ],
      tables: [
        {
          title: 'By entry point',
          columns: ['entry point', 'keys', 'answers', 'distinct references'],
          rows: ENTRIES.map((entry) => {
            const mine = groups.filter((group) => group.entry === entry);
            const refs = new Set(mine.flatMap((group) => group.answers.flatMap((answer) => (answer.reference ? [answer.reference] : []))));
            return [entry, String(mine.length), String(mine.length * COPIES), String(refs.size)];
          }),
        },
      ],
      notes: [
        'Keys take turns across the entry points; within a key the ten copies alternate JSON and XML answers for Open311. The database decides between simultaneous first attempts with a unique index on the idempotency key (cms/src/api/service-request/lib/requests.ts).',
      ],
    });

    if (failed.length > 0) console.error(failed.slice(0, 5));
    expect(failed).toEqual([]);
    expect(splitKeys.map((group) => group.key)).toEqual([]);
    expect(stored).toBe(REQUESTS);
    expect(references.size).toBe(REQUESTS);
    expect(duplicated).toBe(0);
    expect(missing).toBe(0);
    expect(created).toBe(REQUESTS);
  });
});
