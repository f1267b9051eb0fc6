import { DateTime } from 'luxon';
import { REFERENCE_ALPHABET, type RequestChannel, type RequestStatus } from '@city/shared/forms';
import { namespaces, translator } from '@city/shared/i18n';
import { LOCALES } from '@city/shared/locales';
import { dueAt, type CityCalendar, type IsoWeekday, type ServiceTarget } from '../lib/service-levels';
import type { ClosureReason, HistoryKind } from '../lib/stored-request';
import { answersFor, FILE_QUESTIONS, pick, type Random } from './backlog-answers';
import { backlogFile, type BacklogFile } from './backlog-files';
import { AGENCIES, INTERNAL_NOTES, PUBLIC_REPLIES, RESIDENT_ANSWERS } from './content/backlog-staff';
import { EMAIL_DOMAINS, FIRST_NAMES, LAST_NAMES } from './content/backlog-residents';
import type { Locale } from './types';

/**
 * The demo backlog as a plan: who asked what and when, and everything staff did since, as plain
 * data (no Strapi), so a unit test can check its rules. Deterministic for a seed and a `now`.
 * Residents write in the city's four languages (LANGUAGE_WEIGHTS) and staff answer in the
 * resident's; some attach a file (FILE_QUESTIONS), whose bytes the plan holds. Each request is
 * lived through in time order: submitted, triaged, maybe a question to the resident and their
 * answer, worked on, closed; a step that would fall after `now` does not happen, so recent
 * requests are still open and some older ones are past their due time.
 */

export type Priority = 'low' | 'normal' | 'high' | 'urgent';
export const CLOSING_STATUSES: readonly RequestStatus[] = ['resolved', 'closed', 'rejected'];

export interface BacklogForm {
  code: string;
  divisionKey: string | null;
  serviceLevel?: ServiceTarget;
  /** The languages the form is published in; all of the city's when absent. Residents write in one of them. */
  languages?: readonly Locale[];
}

/** A desk account requests can be given to; `divisions` null means every division (a supervisor). */
export interface BacklogStaff {
  id: number;
  name: string;
  email: string;
  divisions: readonly string[] | null;
}

export interface BacklogOptions {
  now: Date;
  forms: readonly BacklogForm[];
  calendar: CityCalendar;
  count?: number;
  days?: number;
  seed?: number;
  prefix?: string;
  triage?: BacklogStaff;
  supervisor?: BacklogStaff;
}

export interface PlannedEntry {
  kind: HistoryKind;
  status: RequestStatus;
  at: string;
  by: string;
  publicNote?: string;
  internalNote?: string;
  detail?: string;
}

/** A file a resident attached, for the file question `field`. */
export interface PlannedFile extends BacklogFile {
  field: string;
}

export interface PlannedRequest {
  reference: string;
  idempotencyKey: string;
  formCode: string;
  divisionKey: string | null;
  language: Locale;
  channel: RequestChannel;
  createdAt: string;
  updatedAt: string;
  /** What the resident answered; a file question is answered with its files' descriptions (name, type, size), as the intake describes files. */
  answers: Record<string, unknown>;
  /** The files behind the file answers, with their bytes. */
  files: PlannedFile[];
  contact: { name: string; email: string; phone?: string };
  requestStatus: RequestStatus;
  priority: Priority;
  statusHistory: PlannedEntry[];
  dueAt: string | null;
  assigneeId: number | null;
  firstResponseAt: string | null;
  closedAt: string | null;
  closureReason: ClosureReason | null;
  closureDetail: string | null;
  referralUrl: string | null;
  duplicateOf: string | null;
}

/** mulberry32: small, fast and good enough to pick demo data. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Outcome = 'submitted' | 'in_review' | 'in_progress' | 'waiting' | 'fixed' | 'no_action' | 'referred' | 'duplicate' | 'rejected';

/** How requests of an age (in days) have ended up: the older, the more likely closed. */
export const OUTCOMES_BY_AGE: readonly [maxDays: number, weights: Partial<Record<Outcome, number>>][] = [
  [2, { submitted: 55, in_review: 25, in_progress: 10, waiting: 5, fixed: 5 }],
  [7, { submitted: 15, in_review: 25, in_progress: 25, waiting: 15, fixed: 12, duplicate: 4, referred: 4 }],
  [30, { submitted: 3, in_review: 8, in_progress: 15, waiting: 10, fixed: 44, no_action: 6, referred: 7, duplicate: 5, rejected: 2 }],
  [Infinity, { in_review: 2, in_progress: 5, waiting: 4, fixed: 62, no_action: 10, referred: 9, duplicate: 6, rejected: 2 }],
];

export function weighted<T extends string>(random: Random, weights: Partial<Record<T, number>>): T {
  const entries = Object.entries(weights) as [T, number][];
  let roll = random() * entries.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [value, weight] of entries) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return (entries.at(-1) as [T, number])[0];
}

/** Who writes to the city, by language: mostly English, then Spanish, some Arabic and Amharic. */
export const LANGUAGE_WEIGHTS: Record<Locale, number> = { en: 60, es: 25, ar: 8, am: 7 };

const FORM_WEIGHTS: Record<string, number> = { 'wifi-outage': 5, 'website-problem': 5, 'accessibility-problem': 2, 'gis-data-request': 2, 'it-records-request': 2 };

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const MARGIN = 10 * 60_000;

const duplicateWords = translator<(typeof namespaces.desk)['en']>(namespaces.desk);
const by = (person: { name: string; email: string }) => `${person.name} <${person.email}>`;
/** Who signs the history when the demo has no desk accounts: a fictional officer. */
const FICTIONAL_STAFF = { name: 'Jordan Ellis', email: 'jordan.ellis@example.org' };

/** Staff act in working hours: the next working moment (a few minutes in) at or after `at`. */
function workingMoment(at: number, calendar: CityCalendar, random: Random): number {
  let local = DateTime.fromMillis(at, { zone: calendar.timeZone });
  for (let guard = 0; guard < 30; guard += 1) {
    const minutes = local.hour * 60 + local.minute;
    const workday = calendar.workingWeekdays.has(local.weekday as IsoWeekday) && !calendar.holidays.has(local.toISODate() ?? '');
    if (workday && minutes >= calendar.workdayStartMinutes && minutes < calendar.workdayEndMinutes) return local.toMillis();
    if (workday && minutes < calendar.workdayStartMinutes) {
      return local.startOf('day').plus({ minutes: calendar.workdayStartMinutes + Math.floor(random() * 90) }).toMillis();
    }
    local = local.plus({ days: 1 }).startOf('day');
  }
  return at;
}

/** When requests came in: weekdays busier than weekends, daytime busier than night. */
function receivedTimes(random: Random, options: Required<Pick<BacklogOptions, 'now' | 'count' | 'days'>> & { zone: string }): number[] {
  const times: number[] = [];
  const newest = options.now.getTime() - MARGIN;
  while (times.length < options.count) {
    // More requests lately than six months ago: the online forms are catching on.
    const day = DateTime.fromMillis(newest - random() ** 1.25 * options.days * DAY, { zone: options.zone }).startOf('day');
    if (day.weekday >= 6 && random() < 0.6) continue;
    const hour = weighted(random, { 7: 2, 8: 5, 9: 8, 10: 9, 11: 8, 12: 6, 13: 7, 14: 8, 15: 7, 16: 6, 17: 4, 18: 4, 19: 4, 20: 5, 21: 4, 22: 2, 23: 1 });
    const at = day.plus({ hours: Number(hour), minutes: Math.floor(random() * 60), seconds: Math.floor(random() * 60) }).toMillis();
    if (at < newest) times.push(at);
  }
  return times.sort((a, b) => a - b);
}

function referenceOf(random: Random, prefix: string, taken: Set<string>): string {
  for (;;) {
    const code = Array.from({ length: 8 }, () => REFERENCE_ALPHABET[Math.floor(random() * 32)]).join('');
    const reference = `${prefix}-${code.slice(0, 4)}-${code.slice(4)}`;
    if (!taken.has(reference)) {
      taken.add(reference);
      return reference;
    }
  }
}

function residentOf(random: Random, language: Locale, index: number) {
  const first = pick(random, FIRST_NAMES[language]);
  const last = pick(random, LAST_NAMES[language]);
  // The name as they write it; the address in Latin letters, as email addresses mostly are.
  const email = `${first.latin}.${last.latin}${index % 7 === 0 ? index : ''}@${pick(random, EMAIL_DOMAINS)}`;
  const phone = random() < 0.55 ? `+1 703 555 01${String(Math.floor(random() * 100)).padStart(2, '0')}` : undefined;
  return { name: `${first.written} ${last.written}`, email, ...(phone ? { phone } : {}) };
}

/** The language a resident writes a form in: one the form is published in, in the city's proportions. */
function languageOf(random: Random, form: BacklogForm): Locale {
  const offered = form.languages ?? LOCALES;
  return weighted(random, Object.fromEntries(offered.map((language) => [language, LANGUAGE_WEIGHTS[language]])) as Partial<Record<Locale, number>>);
}

/**
 * The files a resident attached, if any: the form's file question (FILE_QUESTIONS), answered for a
 * share of requests with a file made for it, named from a moment a little before the request.
 */
function filesOf(random: Random, formCode: string, reference: string, received: DateTime): PlannedFile[] {
  const question = FILE_QUESTIONS[formCode];
  if (!question || random() >= question.share) return [];
  const madeAt = question.kind === 'site-plan' ? received.minus({ days: 2 + Math.floor(random() * 20) }) : received.minus({ minutes: 1 + Math.floor(random() * 30) });
  return [{ field: question.key, ...backlogFile(question.kind, reference, madeAt) }];
}

function priorityOf(random: Random, formCode: string): Priority {
  if (formCode === 'wifi-outage') return weighted(random, { normal: 70, high: 22, urgent: 5, low: 3 });
  if (formCode === 'accessibility-problem') return weighted(random, { normal: 70, high: 30 });
  return weighted(random, { normal: 84, low: 9, high: 7 });
}

/** The calendar time a form's target allows, roughly (a working day is a third of a day, a week five of seven). */
function targetSpan(level: ServiceTarget | undefined): number {
  if (!level) return 5 * DAY;
  return level.unit === 'business_days' ? level.amount * DAY * 1.4 : level.amount * HOUR * 3.5;
}

interface Lived {
  history: PlannedEntry[];
  status: RequestStatus;
  assigneeId: number | null;
  closure: { reason: ClosureReason; detail: string | null; url: string | null } | null;
  duplicateOf: string | null;
}

/** One request lived through, step by step, until its outcome or until `now`. */
function live(
  random: Random,
  request: Omit<PlannedRequest, 'statusHistory' | 'requestStatus' | 'assigneeId' | 'firstResponseAt' | 'closedAt' | 'closureReason' | 'closureDetail' | 'referralUrl' | 'duplicateOf' | 'updatedAt'>,
  outcome: Outcome,
  options: BacklogOptions & { original?: PlannedRequest },
  form: BacklogForm,
): Lived {
  const { calendar } = options;
  const nowMs = options.now.getTime() - MARGIN;
  const replies = PUBLIC_REPLIES[request.language];
  const received = Date.parse(request.createdAt);
  const lived: Lived = {
    history: [{ kind: 'status', status: 'submitted', at: request.createdAt, by: `resident (${request.channel})` }],
    status: 'submitted',
    assigneeId: null,
    closure: null,
    duplicateOf: null,
  };
  let clock = received;
  /** Moves the clock on (staff: to working hours); false when that would be after now, and the story stops. */
  const wait = (minHours: number, maxHours: number, staff = true): boolean => {
    const next = clock + (minHours + random() * (maxHours - minHours)) * HOUR;
    const moment = staff ? workingMoment(next, calendar, random) : next;
    if (moment >= nowMs) return false;
    clock = Math.max(moment, clock + 60_000);
    return true;
  };
  /** Staff's clicks a little apart, so every entry has its own moment. */
  const record = (entry: Omit<PlannedEntry, 'at' | 'status'> & { status?: RequestStatus }) => {
    clock = Math.min(clock + 20_000 + Math.floor(random() * 100_000), nowMs);
    const status = entry.status ?? lived.status;
    lived.history.push({ ...entry, status, at: new Date(clock).toISOString() });
    lived.status = status;
  };

  if (outcome === 'submitted') return lived;
  if (!wait(0.5, outcome === 'duplicate' ? 6 : 20)) return lived;

  // Triage: who handles it (a supervisor or the division's officer), how urgent, first answer.
  const handler = [options.triage, options.supervisor].find((person) => person && (person.divisions === null || person.divisions.includes(form.divisionKey ?? '')));
  const actor = handler ?? options.supervisor ?? FICTIONAL_STAFF;
  if (handler && (outcome !== 'in_review' || random() < 0.6)) {
    record({ kind: 'assignment', by: by(options.supervisor ?? handler), detail: handler.name });
    lived.assigneeId = handler.id;
  }
  if (request.priority !== 'normal') {
    record({ kind: 'priority', by: by(actor), detail: request.priority, ...(request.priority === 'low' ? {} : { internalNote: pick(random, INTERNAL_NOTES.escalate) }) });
  }
  if (outcome === 'rejected') {
    record({ kind: 'status', status: 'rejected', by: by(actor), publicNote: replies.rejected, internalNote: 'Not a City matter; no personal data kept beyond the request.' });
    return lived;
  }
  if (outcome === 'duplicate' && options.original) {
    const original = options.original.reference;
    record({ kind: 'duplicate', status: 'closed', by: by(actor), detail: original, publicNote: duplicateWords(request.language, 'duplicateOf', { reference: original }) });
    lived.closure = { reason: 'duplicate', detail: null, url: null };
    lived.duplicateOf = original;
    return lived;
  }
  record({ kind: 'status', status: 'in_review', by: by(actor), ...(random() < 0.65 ? { publicNote: pick(random, replies.acknowledge) } : {}), ...(random() < 0.3 ? { internalNote: pick(random, INTERNAL_NOTES.triage) } : {}) });
  if (outcome === 'in_review') return lived;

  const asks = outcome === 'waiting' || (outcome !== 'in_progress' && random() < 0.25);
  const silent = outcome === 'no_action' && random() < 0.5;
  if (asks) {
    if (!wait(2, 30)) return lived;
    const question = Math.floor(random() * replies.askDetails.length);
    record({ kind: 'status', status: 'waiting_for_resident', by: by(actor), publicNote: replies.askDetails[question] as string });
    if (outcome === 'waiting') return lived;
    if (silent) {
      if (!wait(10 * 24, 14 * 24)) return lived;
      record({ kind: 'closure', status: 'closed', by: by(actor), detail: 'no_action', publicNote: replies.noAction[1] as string, internalNote: INTERNAL_NOTES.closing[2] as string });
      lived.closure = { reason: 'no_action', detail: INTERNAL_NOTES.noActionDetail[1] as string, url: null };
      return lived;
    }
    if (!wait(1, 60, false)) return lived;
    record({ kind: 'resident_reply', status: 'in_review', by: 'resident', publicNote: RESIDENT_ANSWERS[request.language][question % RESIDENT_ANSWERS[request.language].length] as string });
  }
  if (outcome === 'in_progress' || random() < 0.7) {
    if (!wait(1, 24)) return lived;
    record({ kind: 'status', status: 'in_progress', by: by(actor), ...(random() < 0.4 ? { publicNote: pick(random, replies.working) } : {}), ...(random() < 0.3 ? { internalNote: pick(random, INTERNAL_NOTES.triage) } : {}) });
  }
  if (outcome === 'in_progress') return lived;

  // Closing: most within the form's target, some late.
  const closeAt = received + targetSpan(form.serviceLevel) * (0.25 + random() * 1.15);
  const hoursLeft = Math.max(1, (closeAt - clock) / HOUR);
  if (!wait(hoursLeft * 0.8, hoursLeft * 1.2)) return lived;
  const closing = random() < 0.3 ? { internalNote: pick(random, INTERNAL_NOTES.closing.slice(0, 2)) } : {};
  if (outcome === 'referred') {
    const agency = pick(random, AGENCIES);
    record({ kind: 'closure', status: 'closed', by: by(actor), detail: 'referred', publicNote: replies.referred.replace('{{agency}}', agency.said[request.language]), ...closing });
    lived.closure = { reason: 'referred', detail: agency.name, url: agency.url };
  } else if (outcome === 'no_action') {
    record({ kind: 'closure', status: 'closed', by: by(actor), detail: 'no_action', publicNote: replies.noAction[0] as string, ...closing });
    lived.closure = { reason: 'no_action', detail: INTERNAL_NOTES.noActionDetail[0] as string, url: null };
  } else {
    record({ kind: 'closure', status: 'resolved', by: by(actor), detail: 'fixed', publicNote: pick(random, replies.fixed), ...closing });
    lived.closure = { reason: 'fixed', detail: null, url: null };
  }
  return lived;
}

/** The first time staff answered: a public reply or a change of status by someone other than the resident. */
export function firstResponseOf(history: readonly PlannedEntry[]): string | null {
  let previous: RequestStatus | undefined;
  for (const entry of history) {
    const byStaff = !entry.by.startsWith('resident');
    if (previous !== undefined && byStaff && (entry.publicNote || entry.status !== previous)) return entry.at;
    previous = entry.status;
  }
  return null;
}

/** When the request was last closed: the entry that moved it into its closing status; null while open. */
export function closedAtOf(history: readonly PlannedEntry[]): string | null {
  const last = history.at(-1);
  if (!last || !CLOSING_STATUSES.includes(last.status)) return null;
  let index = history.length - 1;
  while (index > 0 && (history[index - 1] as PlannedEntry).status === last.status) index -= 1;
  return (history[index] as PlannedEntry).at;
}

/** The request's status at a moment: the last entry at or before it. */
function statusAt(history: readonly PlannedEntry[], at: string): RequestStatus {
  let status: RequestStatus = 'submitted';
  for (const entry of history) if (entry.at <= at) status = entry.status;
  return status;
}

/** The whole backlog, oldest first. */
export function planBacklog(options: BacklogOptions): PlannedRequest[] {
  const { now, forms, calendar, count = 300, days = 182, seed = 20261202, prefix = 'ALX' } = options;
  if (forms.length === 0) return [];
  const random = seededRandom(seed);
  const taken = new Set<string>();
  const plan: PlannedRequest[] = [];
  const byReference = new Map<string, PlannedRequest>();
  // Wi-Fi and website problems are what residents report most.
  const formWeights = Object.fromEntries(forms.map((form, index) => [String(index), FORM_WEIGHTS[form.code] ?? 1]));

  receivedTimes(random, { now, count, days, zone: calendar.timeZone }).forEach((receivedMs, index) => {
    const form = forms[Number(weighted(random, formWeights))] as BacklogForm;
    const language = languageOf(random, form);
    const channel: RequestChannel = form.code === 'wifi-outage' && random() < 0.25 ? 'open311' : random() < 0.12 ? 'web_nojs' : 'web';
    const contact = residentOf(random, language, index);
    const createdAt = new Date(receivedMs).toISOString();
    const received = DateTime.fromMillis(receivedMs, { zone: calendar.timeZone });
    const reference = referenceOf(random, prefix, taken);
    const answers = answersFor(random, form.code, language, received, contact.email);
    const files = filesOf(random, form.code, reference, received);
    for (const file of files) answers[file.field] = [...((answers[file.field] as unknown[] | undefined) ?? []), { name: file.name, type: file.type, size: file.content.length }];
    const base = {
      reference,
      idempotencyKey: `demo-backlog-${seed}-${String(index).padStart(4, '0')}`,
      formCode: form.code,
      divisionKey: form.divisionKey,
      language,
      channel,
      createdAt,
      answers,
      files,
      contact,
      priority: priorityOf(random, form.code),
      dueAt: form.serviceLevel ? dueAt(new Date(receivedMs), form.serviceLevel, calendar).toISOString() : null,
    };
    const ageDays = (now.getTime() - receivedMs) / DAY;
    let outcome = weighted(random, (OUTCOMES_BY_AGE.find(([maxDays]) => ageDays < maxDays) as (typeof OUTCOMES_BY_AGE)[number])[1]);
    // A repeat of a recent request for the same service that is not itself a repeat.
    const original =
      outcome === 'duplicate'
        ? [...plan].reverse().find((candidate) => candidate.formCode === form.code && !candidate.duplicateOf && receivedMs - Date.parse(candidate.createdAt) < 21 * DAY)
        : undefined;
    if (outcome === 'duplicate' && !original) outcome = 'fixed';
    const lived = live(random, base, outcome, { ...options, ...(original ? { original } : {}) }, form);

    const request: PlannedRequest = {
      ...base,
      statusHistory: lived.history,
      requestStatus: lived.status,
      updatedAt: createdAt,
      assigneeId: lived.assigneeId,
      firstResponseAt: null,
      closedAt: null,
      closureReason: lived.closure?.reason ?? null,
      closureDetail: lived.closure?.detail ?? null,
      referralUrl: lived.closure?.url ?? null,
      duplicateOf: lived.duplicateOf,
    };
    plan.push(request);
    byReference.set(request.reference, request);
    // The original's history says which request repeats it; its status does not change.
    const marked = request.statusHistory.find((entry) => entry.kind === 'duplicate');
    const target = request.duplicateOf ? byReference.get(request.duplicateOf) : undefined;
    if (marked && target) {
      target.statusHistory.push({ kind: 'duplicate', status: statusAt(target.statusHistory, marked.at), at: marked.at, by: marked.by, detail: request.reference });
      target.statusHistory.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    }
  });

  for (const request of plan) {
    request.firstResponseAt = firstResponseOf(request.statusHistory);
    request.closedAt = closedAtOf(request.statusHistory);
    request.updatedAt = (request.statusHistory.at(-1) as PlannedEntry).at;
  }
  return plan;
}
