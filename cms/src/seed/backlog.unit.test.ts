import { describe, expect, it } from 'vitest';
import { demoServiceForms } from '@city/shared/fixtures';
import { REFERENCE_PATTERN, serviceFormSchema, sniffFileType, validateSubmission } from '@city/shared/forms';
import { LOCALES, type Locale } from '@city/shared/locales';
import { calendarFromContent } from '../lib/city-calendar';
import { dueAt } from '../lib/service-levels';
import { alexandriaCalendar } from './content/city-calendar';
import { BACKLOG_FORM_CODES, FILE_QUESTIONS } from './backlog-answers';
import { backlogFileContent } from './backlog-files';
import { CLOSING_STATUSES, planBacklog, type BacklogOptions, type PlannedRequest } from './backlog-plan';

const calendar = calendarFromContent(alexandriaCalendar);
const now = new Date('2026-12-02T15:00:00Z');
const forms = demoServiceForms.map(({ code, divisionKey, serviceLevel }) => ({ code, divisionKey, ...(serviceLevel ? { serviceLevel } : {}) }));
const triage = { id: 7, name: 'Demo Triage', email: 'triage@example.org', divisions: ['egov', 'gis', 'network-management', 'administrative-services'] };
const supervisor = { id: 8, name: 'Demo Supervisor', email: 'supervisor@example.org', divisions: null };
const options: BacklogOptions = { now, calendar, forms, triage, supervisor };
const plan = planBacklog(options);
const byReference = new Map(plan.map((request) => [request.reference, request]));
const isOpen = (request: PlannedRequest) => !CLOSING_STATUSES.includes(request.requestStatus);
const time = Date.parse;

describe('the demo backlog plan', () => {
  it('is about 300 requests over the last six months, across the six demo forms', () => {
    expect(plan).toHaveLength(300);
    expect(new Set(plan.map((request) => request.formCode))).toEqual(new Set(BACKLOG_FORM_CODES));
    expect(BACKLOG_FORM_CODES).toHaveLength(6);
    const oldest = time(plan[0]?.createdAt ?? '');
    expect(now.getTime() - oldest).toBeGreaterThan(150 * 86_400_000);
    expect(now.getTime() - oldest).toBeLessThanOrEqual(183 * 86_400_000);
    expect(plan.every((request) => time(request.createdAt) < now.getTime())).toBe(true);
  });

  it('is the same plan every time for the same seed and moment, and another for another seed', () => {
    expect(planBacklog(options)).toEqual(plan);
    expect(planBacklog({ ...options, seed: 7 }).map((request) => request.reference)).not.toEqual(plan.map((request) => request.reference));
  });

  it('gives unique references and keys in the city format, and fictional residents', () => {
    expect(new Set(plan.map((request) => request.reference)).size).toBe(plan.length);
    expect(new Set(plan.map((request) => request.idempotencyKey)).size).toBe(plan.length);
    expect(plan.every((request) => REFERENCE_PATTERN.test(request.reference) && request.reference.startsWith('ALX-'))).toBe(true);
    expect(plan.every((request) => /@example\.(com|org)$/.test(request.contact.email))).toBe(true);
  });

  it('answers every form so that its own validation accepts the answers, in the request language', () => {
    for (const request of plan) {
      const demo = demoServiceForms.find((form) => form.code === request.formCode);
      const form = serviceFormSchema.parse({ code: request.formCode, ...demo?.locales[request.language] });
      const result = validateSubmission(form, request.language, { answers: request.answers, contact: request.contact });
      expect(result.success ? [] : result.errors, `${request.reference} ${request.formCode}`).toEqual([]);
    }
  });

  it('writes histories in time order that start with the submission and end in the request status', () => {
    for (const request of plan) {
      const history = request.statusHistory;
      expect(history[0]).toMatchObject({ kind: 'status', status: 'submitted', at: request.createdAt });
      for (let i = 1; i < history.length; i += 1) expect(time(history[i]?.at ?? '')).toBeGreaterThanOrEqual(time(history[i - 1]?.at ?? ''));
      expect(history.at(-1)?.status).toBe(request.requestStatus);
      expect(time(history.at(-1)?.at ?? '')).toBeLessThan(now.getTime());
      expect(request.updatedAt).toBe(history.at(-1)?.at);
    }
  });

  it('sets closedAt exactly when the request is closed, from the entry that closed it, with a closure reason', () => {
    for (const request of plan) {
      if (isOpen(request)) {
        expect(request.closedAt).toBeNull();
        expect(request.closureReason).toBeNull();
      } else {
        expect(request.closedAt).not.toBeNull();
        const closing = request.statusHistory.find((entry) => entry.at === request.closedAt);
        expect(closing?.status).toBe(request.requestStatus);
        if (request.requestStatus !== 'rejected') expect(request.closureReason).not.toBeNull();
      }
      if (request.closureReason === 'referred') expect(request.closureDetail && request.referralUrl).toBeTruthy();
    }
  });

  it('sets firstResponseAt at the first staff reply or status change, never before the request came', () => {
    for (const request of plan) {
      const staffAnswers = request.statusHistory.slice(1).filter((entry, i) => !entry.by.startsWith('resident') && (entry.publicNote || entry.status !== request.statusHistory[i]?.status));
      expect(request.firstResponseAt).toBe(staffAnswers[0]?.at ?? null);
    }
  });

  it('spreads statuses as a real desk: older requests mostly closed, recent ones still being worked on', () => {
    const old = plan.filter((request) => now.getTime() - time(request.createdAt) > 60 * 86_400_000);
    const recent = plan.filter((request) => now.getTime() - time(request.createdAt) < 7 * 86_400_000);
    expect(old.filter(isOpen).length / old.length).toBeLessThan(0.25);
    expect(recent.filter(isOpen).length / recent.length).toBeGreaterThan(0.6);
    const statuses = new Set(plan.map((request) => request.requestStatus));
    for (const status of ['submitted', 'in_review', 'in_progress', 'waiting_for_resident', 'resolved', 'closed']) expect(statuses).toContain(status);
    const reasons = new Set(plan.map((request) => request.closureReason));
    for (const reason of ['fixed', 'no_action', 'referred', 'duplicate']) expect(reasons).toContain(reason);
  });

  it('has open requests past their due time, with due times from each form service level', () => {
    const overdue = plan.filter((request) => isOpen(request) && request.dueAt !== null && time(request.dueAt) < now.getTime());
    expect(overdue.length).toBeGreaterThanOrEqual(5);
    for (const request of plan) {
      const level = forms.find((form) => form.code === request.formCode)?.serviceLevel;
      expect(request.dueAt).toBe(level ? dueAt(new Date(request.createdAt), level, calendar).toISOString() : null);
    }
  });

  it('links duplicates to an earlier request of the same service, with an entry on both sides', () => {
    const duplicates = plan.filter((request) => request.duplicateOf !== null);
    expect(duplicates.length).toBeGreaterThanOrEqual(2);
    for (const duplicate of duplicates) {
      const original = byReference.get(duplicate.duplicateOf ?? '');
      expect(original, duplicate.reference).toBeDefined();
      expect(original?.formCode).toBe(duplicate.formCode);
      expect(original?.duplicateOf).toBeNull();
      expect(time(original?.createdAt ?? '')).toBeLessThan(time(duplicate.createdAt));
      expect(duplicate).toMatchObject({ requestStatus: 'closed', closureReason: 'duplicate' });
      const mark = duplicate.statusHistory.find((entry) => entry.kind === 'duplicate');
      expect(mark?.detail).toBe(original?.reference);
      expect(mark?.publicNote).toContain(original?.reference);
      expect(original?.statusHistory).toContainEqual(expect.objectContaining({ kind: 'duplicate', detail: duplicate.reference, at: mark?.at }));
    }
  });

  it('assigns only to desk staff of the request division, and words public replies in the resident language', () => {
    for (const request of plan) {
      if (request.assigneeId === triage.id) expect(triage.divisions).toContain(request.divisionKey);
      else if (request.assigneeId !== null) expect(request.assigneeId).toBe(supervisor.id);
      if (request.requestStatus === 'submitted') expect(request.assigneeId).toBeNull();
    }
    expect(plan.some((request) => request.assigneeId === triage.id)).toBe(true);
    expect(plan.some((request) => request.divisionKey === 'operations' && request.assigneeId === supervisor.id)).toBe(true);
    const spanishReplies = plan.filter((request) => request.language === 'es').flatMap((request) => request.statusHistory.filter((entry) => entry.publicNote && !entry.by.startsWith('resident')));
    expect(spanishReplies.length).toBeGreaterThan(20);
    expect(spanishReplies.every((entry) => !/\b(the|we|please|thank)\b/i.test(entry.publicNote ?? ''))).toBe(true);
  });

  it('signs the history with the desk accounts, or a fictional officer when the demo has none', () => {
    const alone = planBacklog({ now, calendar, forms });
    expect(alone.every((request) => request.assigneeId === null)).toBe(true);
    const signatures = new Set(alone.flatMap((request) => request.statusHistory.map((entry) => entry.by)));
    expect([...signatures].every((signature) => signature.startsWith('resident') || signature.endsWith('@example.org>'))).toBe(true);
    expect(new Set(plan.flatMap((request) => request.statusHistory.map((entry) => entry.by)))).toContain('Demo Triage <triage@example.org>');
  });

  it('is written in each of the city languages: mostly English, a quarter Spanish, some Arabic and Amharic', () => {
    const count = (language: Locale) => plan.filter((request) => request.language === language).length;
    expect(new Set(plan.map((request) => request.language))).toEqual(new Set(LOCALES));
    expect(count('en')).toBeGreaterThan(140);
    expect(count('en')).toBeLessThan(220);
    expect(count('es')).toBeGreaterThan(40);
    expect(count('es')).toBeLessThan(120);
    for (const language of ['ar', 'am'] as const) {
      expect(count(language), language).toBeGreaterThanOrEqual(10);
      expect(count(language), language).toBeLessThan(45);
    }
    // Each language's requests cover more than one service.
    for (const language of LOCALES) expect(new Set(plan.filter((request) => request.language === language).map((request) => request.formCode)).size, language).toBeGreaterThan(2);
  });

  it('writes only in the languages a form is published in', () => {
    const limited = planBacklog({ ...options, forms: forms.map((form) => (form.code === 'wifi-outage' ? { ...form, languages: ['en', 'ar'] as Locale[] } : form)) });
    const wifi = limited.filter((request) => request.formCode === 'wifi-outage');
    expect(wifi.length).toBeGreaterThan(20);
    expect(new Set(wifi.map((request) => request.language))).toEqual(new Set(['en', 'ar']));
  });

  it('words each request in its own language: the resident name, free-text answers, replies both ways, duplicates and referrals', () => {
    const SCRIPTS = { ar: /\p{Script=Arabic}/u, am: /\p{Script=Ethiopic}/u } as const;
    const freeText = (request: PlannedRequest) => {
      const fields = demoServiceForms.find((form) => form.code === request.formCode)?.locales[request.language]?.fields ?? [];
      return fields.filter((field) => field.__component === 'form-field.long-text').flatMap((field) => {
        const answer = request.answers[field.key];
        return typeof answer === 'string' ? [answer] : [];
      });
    };
    const writing = (request: PlannedRequest) => [request.contact.name, ...freeText(request), ...request.statusHistory.flatMap((entry) => (entry.publicNote ? [entry.publicNote] : []))];
    const noted = (language: Locale) => plan.filter((request) => request.language === language && request.statusHistory.some((entry) => entry.publicNote));
    for (const request of plan) {
      const texts = writing(request);
      const language = request.language;
      if (language === 'ar' || language === 'am') {
        for (const text of texts) expect(text, `${request.reference} (${language})`).toMatch(SCRIPTS[language]);
        for (const text of texts) expect(text, `${request.reference} (${language})`).not.toMatch(SCRIPTS[language === 'ar' ? 'am' : 'ar']);
      } else {
        for (const text of texts) expect(text, `${request.reference} (${language})`).not.toMatch(/[\p{Script=Arabic}\p{Script=Ethiopic}]/u);
      }
      if (language === 'es') {
        for (const entry of request.statusHistory.filter((item) => item.publicNote && !item.by.startsWith('resident'))) expect(entry.publicNote).not.toMatch(/\b(the|we|please|thank)\b/i);
      }
    }
    for (const language of LOCALES) expect(noted(language).length, language).toBeGreaterThan(5);
    // The resident's answers to a question, and the free text of a form, exist in every language.
    for (const language of LOCALES) {
      expect(plan.some((request) => request.language === language && request.statusHistory.some((entry) => entry.kind === 'resident_reply')), language).toBe(true);
      expect(plan.some((request) => request.language === language && freeText(request).length > 0), language).toBe(true);
    }
    // For this seed, some Arabic and Amharic requests repeat an earlier one or are sent elsewhere: worded in their language too.
    const worded = (kind: 'duplicate' | 'referred') =>
      plan.filter((request) => (request.language === 'ar' || request.language === 'am') && (kind === 'duplicate' ? request.duplicateOf !== null : request.closureReason === 'referred'));
    expect(worded('duplicate').length).toBeGreaterThan(0);
    expect(worded('referred').length).toBeGreaterThan(0);
    for (const request of worded('duplicate')) expect(request.statusHistory.find((entry) => entry.kind === 'duplicate')?.publicNote).toMatch(SCRIPTS[request.language as 'ar' | 'am']);
    // The city is ألكسندريا in Arabic, never الإسكندرية (Alexandria in Egypt).
    const arabic = JSON.stringify(plan.filter((request) => request.language === 'ar').map(writing));
    expect(arabic).not.toContain('الإسكندرية');
  });

  it('attaches a real file to every site-plan question and to about one report in five with an optional file question', () => {
    const withQuestion = plan.filter((request) => FILE_QUESTIONS[request.formCode]);
    expect(plan.filter((request) => !FILE_QUESTIONS[request.formCode]).every((request) => request.files.length === 0)).toBe(true);
    const telecom = withQuestion.filter((request) => request.formCode === 'telecom-right-of-way');
    expect(telecom.length).toBeGreaterThan(5);
    expect(telecom.every((request) => request.files.length === 1 && request.files[0]?.type === 'application/pdf')).toBe(true);
    const optional = withQuestion.filter((request) => request.formCode !== 'telecom-right-of-way');
    const share = optional.filter((request) => request.files.length > 0).length / optional.length;
    expect(share).toBeGreaterThan(0.1);
    expect(share).toBeLessThan(0.32);
    expect(new Set(plan.filter((request) => request.files.length > 0).map((request) => request.language))).toEqual(new Set(LOCALES));

    for (const request of withQuestion) {
      const question = FILE_QUESTIONS[request.formCode]!;
      // The answer describes exactly the files, as the intake describes a stored file.
      expect(request.answers[question.key] ?? [], request.reference).toEqual(request.files.map((file) => ({ name: file.name, type: file.type, size: file.content.length })));
      for (const file of request.files) {
        expect(file.field).toBe(question.key);
        // A real file of the type it claims, judged by its bytes as the intake judges it; small.
        expect(sniffFileType(file.content.subarray(0, 16))).toBe(file.type);
        expect(file.content.length).toBeLessThan(2_000);
        // Made again from the reference alone, byte for byte: what the API test compares downloads with.
        expect(backlogFileContent(question.kind, request.reference).equals(file.content)).toBe(true);
        if (file.type === 'application/pdf') {
          const text = file.content.toString('latin1');
          expect(text).toContain(`(Request ${request.reference}) Tj`);
          expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
        } else {
          expect(file.name).toMatch(/^Screenshot_\d{8}-\d{6}\.png$/);
          expect(file.content.subarray(12, 16).toString('latin1')).toBe('IHDR');
        }
      }
    }
    // Each request's file is its own.
    const files = plan.flatMap((request) => request.files.map((file) => file.content.toString('base64')));
    expect(new Set(files).size).toBe(files.length);
  });
});
