import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metricSteps, type ServiceForm } from '@city/shared/forms';
import { createDatabase, databaseKind, freePort, runSeed, startCms, testEnv, type RunningCms, type ThrowawayDatabase } from './harness/cms';
import { executeSql } from './harness/database';
import { adminLogin, request } from './harness/http';
import { CONTACT, formFields, newKey, postForm, publishedForms, queryDatabase, setOnePerPage, submitGraphql, validAnswers, waitFor } from './service-requests.helpers';
import type { SummaryAnswer } from '../src/plugins/form-metrics/contract';
import { cityDay } from '../src/lib/form-metrics';

/**
 * Form metrics (issue 16) on one CMS: the island's beacons count a fill once however often they are
 * sent, the no-JavaScript post counts its fill, a stored request counts as sent once (its replay
 * not), bad beacons are 400s, the editors' summary needs the plugin's permission, and the day's
 * hashes are purged (FORM_METRICS_PURGE_INTERVAL_MS makes the hourly purge run every half second).
 */
const TRIAGE = { email: 'triage@test.example', password: 'Triage-Password-1' };

let database: ThrowawayDatabase;
let cms: RunningCms;
let forms: Map<string, ServiceForm>;
let stepped: ServiceForm;
let plain: ServiceForm;
/** The city's time zone, as the CMS counts days and months: its calendar's, else the default. */
let cityZone = 'America/New_York';

beforeAll(async () => {
  database = await createDatabase(databaseKind());
  const env = testEnv(await freePort(), database, {
    RATE_LIMIT_DISABLED: 'true',
    OUTBOX_WORKER: 'false',
    TRIAGE_EMAIL: TRIAGE.email,
    TRIAGE_PASSWORD: TRIAGE.password,
    FORM_METRICS_PURGE_INTERVAL_MS: '500',
  });
  await runSeed(env);
  cms = await startCms(env);
  forms = await publishedForms(cms, 'en');
  const [calendar] = await queryDatabase<{ time_zone: string }>(cms, 'SELECT time_zone FROM city_calendars');
  if (calendar?.time_zone) cityZone = calendar.time_zone;
  const all = [...forms.values()];
  stepped = all.find((form) => form.steps.length > 0) ?? all[0]!;
  plain = all.find((form) => form.steps.length === 0 && !form.onePerPage && form.code !== stepped.code) ?? all[1]!;
}, 600_000);
afterAll(async () => {
  await cms?.stop();
  await database?.drop();
});

/** Today and this month on the city's clock (not UTC's: from 19:00 or 20:00 in Alexandria they differ). */
const today = () => cityDay(new Date(), cityZone);
const month = () => today().slice(0, 7);

/** Sends a beacon as the island does: JSON as text/plain, no cookie. */
const beacon = (body: unknown, contentType = 'text/plain;charset=UTF-8') =>
  request<{ error?: { details?: { errors?: { field: string }[] } } }>(`${cms.url}/api/form-metrics`, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

/** This month's counters of a form, as `event` or `event step`. */
async function counts(code: string): Promise<Record<string, number>> {
  const rows = await queryDatabase<{ event: string; step: string; count: number | string }>(cms, 'SELECT event, step, count FROM form_metric_counts WHERE form_code = ? AND month = ?', [code, month()]);
  return Object.fromEntries(rows.map((row) => [row.step ? `${row.event} ${row.step}` : row.event, Number(row.count)]));
}

describe('the island’s beacons', () => {
  it('count a fill as started once, and each page it reaches once, however often they are sent', async () => {
    const [first, second] = metricSteps(stepped);
    const before = await counts(stepped.code);
    const fill = newKey();
    const sent = await beacon({ formCode: stepped.code, locale: 'en', fill, step: first });
    expect(sent.status, JSON.stringify(sent.body)).toBe(204);
    expect(sent.headers.get('set-cookie')).toBeNull();
    // Replayed (a retry, a double send): nothing more.
    expect((await beacon({ formCode: stepped.code, locale: 'en', fill, step: first })).status).toBe(204);
    expect((await beacon({ formCode: stepped.code, locale: 'en', fill, step: second }, 'application/json')).status).toBe(204);
    expect((await beacon({ formCode: stepped.code, locale: 'en', fill, step: second })).status).toBe(204);
    // Another fill of the same form.
    expect((await beacon({ formCode: stepped.code, locale: 'en', fill: newKey(), step: first })).status).toBe(204);
    const after = await counts(stepped.code);
    expect((after.started ?? 0) - (before.started ?? 0)).toBe(2);
    expect((after[`reached ${first}`] ?? 0) - (before[`reached ${first}`] ?? 0)).toBe(2);
    expect((after[`reached ${second}`] ?? 0) - (before[`reached ${second}`] ?? 0)).toBe(1);
  });

  it('keep nothing but the day’s salted hash of the fill', async () => {
    const fill = newKey();
    await beacon({ formCode: plain.code, locale: 'en', fill, step: metricSteps(plain)[0] });
    const kept = await queryDatabase(cms, 'SELECT * FROM form_metric_fills');
    expect(kept.length).toBeGreaterThan(0);
    expect(JSON.stringify(kept)).not.toContain(fill);
  });

  it('are refused with field errors when they are not a beacon of a published form’s page, never with a 500', async () => {
    const fields = async (body: unknown, contentType?: string) => {
      const response = await beacon(body, contentType);
      expect(response.status, JSON.stringify(response.body)).toBe(400);
      return (response.body.error?.details?.errors ?? []).map((error) => error.field);
    };
    expect(await fields({ formCode: 'no such form', locale: 'fr', fill: 'x', step: 'Page 1' })).toEqual(['formCode', 'locale', 'fill', 'step']);
    expect(await fields({ formCode: 'no-such-form', locale: 'en', fill: newKey(), step: 'a' })).toEqual(['formCode']);
    expect(await fields({ formCode: stepped.code, locale: 'en', fill: newKey(), step: 'not_a_page' })).toEqual(['step']);
    expect(await fields({ formCode: stepped.code, locale: 'en', fill: newKey(), step: metricSteps(stepped)[0], email: CONTACT.email })).toContain('email');
    expect(await fields('{not json')).toEqual(['body']);
    expect(await fields('')).toEqual(['body']);
    expect(await fields('[1]')).toEqual(['body']);
    expect(await fields(JSON.stringify({ formCode: stepped.code, locale: 'en', fill: newKey(), step: 'x'.repeat(5000) }))).toEqual(['body']);
  });
});

describe('the no-JavaScript form', () => {
  it('counts its post as a fill that started and saw every page, once, and the stored request as sent', async () => {
    const before = await counts(plain.code);
    const key = newKey();
    const fields = formFields({ formCode: plain.code, locale: 'en', answers: validAnswers(plain), contact: CONTACT, idempotencyKey: key });
    const posted = await postForm(cms, fields);
    expect(posted.status, posted.text.slice(0, 500)).toBe(303);
    expect(posted.location).toContain('confirmation');
    // The same post again (a double click): the same request, nothing counted twice.
    expect((await postForm(cms, fields)).status).toBe(303);
    const after = await counts(plain.code);
    expect((after.started ?? 0) - (before.started ?? 0)).toBe(1);
    for (const step of metricSteps(plain)) expect((after[`reached ${step}`] ?? 0) - (before[`reached ${step}`] ?? 0), step).toBe(1);
    expect((after.submitted ?? 0) - (before.submitted ?? 0)).toBe(1);
  });

  it('counts a refused post as started, and its corrected post as nothing more than sent', async () => {
    const before = await counts(plain.code);
    const key = newKey();
    const refused = await postForm(cms, formFields({ formCode: plain.code, locale: 'en', answers: {}, contact: {}, idempotencyKey: key }));
    // Without the publisher's secret the CMS shows the errors itself.
    expect(refused.status).toBe(400);
    const corrected = await postForm(cms, formFields({ formCode: plain.code, locale: 'en', answers: validAnswers(plain), contact: CONTACT, idempotencyKey: key }));
    expect(corrected.location).toContain('confirmation');
    const after = await counts(plain.code);
    expect((after.started ?? 0) - (before.started ?? 0)).toBe(1);
    expect((after.submitted ?? 0) - (before.submitted ?? 0)).toBe(1);
  });
});

describe('the no-JavaScript form of one question a page (the Wi-Fi outage form)', () => {
  beforeAll(() => setOnePerPage(cms, 'wifi-outage', 'en', true));
  afterAll(() => setOnePerPage(cms, 'wifi-outage', 'en', false));

  it('counts as reached only the pages its answers reach: the page a condition skipped is not', async () => {
    const wifi = (await publishedForms(cms, 'en')).get('wifi-outage');
    if (!wifi) throw new Error('no published Wi-Fi outage form');
    // Asked only for "another City building": its own page, which the form's metrics list.
    expect(metricSteps(wifi)).toEqual(['location_type', 'building_location', 'location_address', 'network_name', 'problem', 'noticed_on', 'details', 'contact', 'check']);
    const before = await counts(wifi.code);
    const send = async (answers: Record<string, unknown>) => {
      const posted = await postForm(cms, formFields({ formCode: wifi.code, locale: 'en', answers, contact: CONTACT, idempotencyKey: newKey() }));
      expect(posted.location, posted.text.slice(0, 500)).toContain('confirmation');
    };
    const atCityHall: Record<string, unknown> = { ...validAnswers(wifi), location_type: 'city_hall' };
    delete atCityHall.building_location;
    await send(atCityHall);
    // Another City building: its location's page is reached.
    await send({ ...validAnswers(wifi), location_type: 'other' });
    const after = await counts(wifi.code);
    const grew = (name: string) => (after[name] ?? 0) - (before[name] ?? 0);
    expect(grew('started')).toBe(2);
    expect(grew('reached building_location')).toBe(1);
    for (const step of metricSteps(wifi).filter((step) => step !== 'building_location')) expect(grew(`reached ${step}`), step).toBe(2);
    expect(grew('submitted')).toBe(2);
  });
});

describe('a request sent by the island', () => {
  it('counts as sent once stored, and its replay not', async () => {
    const before = await counts(plain.code);
    const input = { formCode: plain.code, locale: 'en', answers: validAnswers(plain), contact: CONTACT, idempotencyKey: newKey() };
    const first = await submitGraphql(cms, input);
    expect(first.body.errors, JSON.stringify(first.body.errors)).toBeUndefined();
    const replay = await submitGraphql(cms, input);
    expect(replay.body.data?.submitServiceRequest.replayed).toBe(true);
    const refused = await submitGraphql(cms, { ...input, answers: {}, idempotencyKey: newKey() });
    expect(refused.body.errors).toBeDefined();
    const after = await counts(plain.code);
    expect((after.submitted ?? 0) - (before.submitted ?? 0)).toBe(1);
    // Sending is not a beacon: the island's beacons count its fill.
    expect((after.started ?? 0) - (before.started ?? 0)).toBe(0);
  });
});

describe('the editors’ summary', () => {
  const summary = (token?: string, query = '') =>
    request<SummaryAnswer>(`${cms.url}/form-metrics/summary${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  it('shows each form by its title with its counts and pages, to an editor', async () => {
    const editor = await adminLogin(cms.url, cms.editor.email, cms.editor.password);
    const answer = await summary(editor, `?month=${month()}&locale=en`);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(answer.body.month).toBe(month());
    expect(answer.body.months[0]).toBe(month());
    const counted = await counts(stepped.code);
    const row = answer.body.forms.find((form) => form.title === stepped.title);
    expect(row).toMatchObject({ started: counted.started, submitted: counted.submitted ?? 0 });
    expect(row?.steps.map((step) => step.kind)).toEqual(metricSteps(stepped).map((id) => (id === 'contact' || id === 'check' ? id : 'page')));
    expect(row?.steps.filter((step) => step.kind === 'page').every((step) => typeof step.title === 'string' && step.title !== '')).toBe(true);
    expect(row?.steps[0]?.reached).toBe(counted[`reached ${metricSteps(stepped)[0]}`]);
    // Titles, never codes.
    expect(JSON.stringify(answer.body)).not.toContain(`"${stepped.code}"`);
    // Spanish titles for a Spanish admin.
    const spanish = await publishedForms(cms, 'es');
    const inSpanish = await summary(editor, '?locale=es');
    expect(inSpanish.body.forms.map((form) => form.title)).toContain(spanish.get(stepped.code)?.title);
  });

  it('is refused without an admin session, to staff without the permission, and for a month that is not one', async () => {
    expect((await summary()).status).toBe(401);
    const triage = await adminLogin(cms.url, TRIAGE.email, TRIAGE.password);
    expect((await summary(triage)).status).toBe(403);
    const editor = await adminLogin(cms.url, cms.editor.email, cms.editor.password);
    expect((await summary(editor, '?month=2026-13')).status).toBe(400);
    // The public API has no way in.
    expect([404, 405]).toContain((await request(`${cms.url}/api/form-metrics`)).status);
  });
});

describe('the day’s hashes', () => {
  it('are purged once the day is over, with the day’s salt', async () => {
    await executeSql(cms.env, "INSERT INTO form_metric_fills (fill_hash, step, day) VALUES ('old-hash', '', '2000-01-01')");
    await executeSql(cms.env, "INSERT INTO form_metric_salts (day, salt) VALUES ('2000-01-01', 'old-salt')");
    await waitFor(async () => ((await queryDatabase(cms, "SELECT * FROM form_metric_fills WHERE day = '2000-01-01'")).length === 0 ? true : undefined), 10_000, 'the purge');
    expect(await queryDatabase(cms, "SELECT * FROM form_metric_salts WHERE day = '2000-01-01'")).toEqual([]);
    // Today's stay until tomorrow: a replay today still counts nothing.
    expect((await queryDatabase(cms, 'SELECT * FROM form_metric_fills WHERE day = ?', [today()])).length).toBeGreaterThan(0);
  });
});
