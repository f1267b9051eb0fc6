import { describe, expect, it } from 'vitest';
import { demoServiceForms } from '@city/shared/fixtures';
import { REFERENCE_PATTERN, serviceFormSchema, validateSubmission } from '@city/shared/forms';
import { calendarFromContent } from '../lib/city-calendar';
import { dueAt } from '../lib/service-levels';
import { alexandriaCalendar } from './content/city-calendar';
import { BACKLOG_FORM_CODES } from './backlog-answers';
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
  it('is about 300 requests over the last six months, in both languages, across the six demo forms', () => {
    expect(plan).toHaveLength(300);
    expect(new Set(plan.map((request) => request.formCode))).toEqual(new Set(BACKLOG_FORM_CODES));
    expect(BACKLOG_FORM_CODES).toHaveLength(6);
    const spanish = plan.filter((request) => request.language === 'es').length;
    expect(spanish).toBeGreaterThan(50);
    expect(spanish).toBeLessThan(150);
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
});
