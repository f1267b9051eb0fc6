import type { Core, UID } from '@strapi/strapi';
import { validateSubmission } from '@city/shared/forms';
import { isProduction } from '../bootstrap/demo-accounts';
import { cityCalendar } from '../lib/city-calendar';
import { referencePrefix, REQUEST_UID } from '../lib/constants';
import { submissionFingerprint } from '../lib/fingerprint';
import type { FormSnapshot } from '../lib/stored-request';
import { loadPublishedForm } from '../api/service-request/lib/forms';
import { insertRequest, type NewRequest } from '../api/service-request/lib/requests';
import { emailHash } from '../api/service-request/services/intake';
import { divisionsOf, staffName } from '../plugins/requests-desk/server/lib/scope';
import { BACKLOG_FORM_CODES } from './backlog-answers';
import { planBacklog, type BacklogStaff, type PlannedRequest } from './backlog-plan';
import type { BacklogLanguage as Locale } from './types';

/**
 * The demo's backlog: about 300 requests from the last six months, in English and Spanish, with
 * the history staff would have left (backlog-plan.ts), so the Requests desk, its dashboard and the
 * status look-up have something real to show. Seeded once, into a database with no requests;
 * `SEED_BACKLOG=false` skips it (the API tests count their own requests); production seeds it only
 * with `SEED_BACKLOG=true`.
 */
export interface BacklogReport {
  created: number;
  skipped?: string;
  ms: number;
}

async function deskAccount(strapi: Core.Strapi, variable: string, supervisor: boolean): Promise<BacklogStaff | undefined> {
  const email = process.env[variable]?.toLowerCase();
  if (!email) return undefined;
  const user = (await strapi.db.query('admin::user').findOne({ where: { email }, select: ['id', 'firstname', 'lastname', 'email'] })) as
    | { id: number; firstname: string | null; lastname: string | null; email: string }
    | null;
  if (!user) return undefined;
  return { id: user.id, name: staffName(user), email: user.email, divisions: supervisor ? null : await divisionsOf(strapi, user.id) };
}

/** Each demo form as published, in each language; a form missing in a language is left out. */
async function publishedForms(strapi: Core.Strapi): Promise<Map<string, Record<Locale, FormSnapshot>>> {
  const forms = new Map<string, Record<Locale, FormSnapshot>>();
  for (const code of BACKLOG_FORM_CODES) {
    const [en, es] = await Promise.all([loadPublishedForm(strapi, code, 'en'), loadPublishedForm(strapi, code, 'es')]);
    if (en && es) forms.set(code, { en, es });
  }
  return forms;
}

/** The look-up key of a contact email, as the intake computes it (services/intake.ts). */

/** A planned request as the intake would have stored it; a validation problem when its answers do not pass. */
function asNewRequest(planned: PlannedRequest, form: FormSnapshot): NewRequest | string {
  const checked = validateSubmission(form, planned.language, { answers: planned.answers, contact: planned.contact });
  if (!checked.success) return `${planned.formCode} (${planned.language}): ${checked.errors.map((error) => `${error.field}: ${error.message}`).join('; ')}`;
  const fileFields = form.fields.filter((field) => field.__component === 'form-field.file-upload').map((field) => field.key);
  return {
    reference: planned.reference,
    formCode: planned.formCode,
    formDocumentId: form.documentId,
    divisionKey: form.divisionKey ?? null,
    formSnapshot: form,
    answers: checked.data.answers,
    attachments: [],
    contact: checked.data.contact,
    language: planned.language,
    channel: planned.channel,
    statusHistory: planned.statusHistory,
    dueAt: planned.dueAt,
    idempotencyKey: planned.idempotencyKey,
    fingerprint: submissionFingerprint({
      formCode: planned.formCode,
      locale: planned.language,
      answers: checked.data.answers,
      contact: checked.data.contact,
      files: Object.fromEntries(fileFields.map((key) => [key, []])),
    }),
    contactEmailHash: emailHash(checked.data.contact.email),
  };
}

const date = (iso: string | null) => (iso === null ? null : new Date(iso));

export async function seedBacklog(strapi: Core.Strapi, now = new Date()): Promise<BacklogReport> {
  const started = Date.now();
  const done = (created: number, skipped?: string): BacklogReport => ({ created, ...(skipped ? { skipped } : {}), ms: Date.now() - started });
  if (process.env.SEED_BACKLOG === 'false') return done(0, 'SEED_BACKLOG=false');
  // Fictional residents must never reach a real city's queue by accident: production asks explicitly.
  if (isProduction() && process.env.SEED_BACKLOG !== 'true') return done(0, 'production (set SEED_BACKLOG=true to seed it anyway)');
  if ((await strapi.db.query(REQUEST_UID as UID.Schema).count({})) > 0) return done(0, 'the database already holds requests');
  const calendar = await cityCalendar(strapi);
  if (!calendar) return done(0, 'no usable city calendar');
  const forms = await publishedForms(strapi);
  if (forms.size === 0) return done(0, 'none of the demo forms is published');

  const [triage, supervisor] = await Promise.all([deskAccount(strapi, 'TRIAGE_EMAIL', false), deskAccount(strapi, 'SUPERVISOR_EMAIL', true)]);
  const plan = planBacklog({
    now,
    calendar,
    prefix: referencePrefix(),
    forms: [...forms.values()].map(({ en }) => ({ code: en.code, divisionKey: en.divisionKey ?? null, ...(en.serviceLevel ? { serviceLevel: en.serviceLevel } : {}) })),
    ...(triage ? { triage } : {}),
    ...(supervisor ? { supervisor } : {}),
  });
  const rows = plan.map((planned) => asNewRequest(planned, (forms.get(planned.formCode) as Record<Locale, FormSnapshot>)[planned.language]));
  const problem = rows.find((row): row is string => typeof row === 'string');
  // All or nothing: a backlog with holes would leave duplicates pointing nowhere.
  if (problem) return done(0, `an answer does not pass its form's validation: ${problem}`);

  await strapi.db.transaction(async ({ trx }) => {
    for (const [index, planned] of plan.entries()) {
      const { id } = await insertRequest(strapi, rows[index] as NewRequest);
      // What the desk did since, and when: the columns the intake leaves at their first values.
      await trx('service_requests')
        .where({ id })
        .update({
          request_status: planned.requestStatus,
          priority: planned.priority,
          assignee_id: planned.assigneeId,
          closure_reason: planned.closureReason,
          closure_detail: planned.closureDetail,
          referral_url: planned.referralUrl,
          duplicate_of: planned.duplicateOf,
          first_response_at: date(planned.firstResponseAt),
          closed_at: date(planned.closedAt),
          created_at: new Date(planned.createdAt),
          updated_at: new Date(planned.updatedAt),
          published_at: new Date(planned.createdAt),
        });
    }
  });
  return done(plan.length);
}

/** For the seed's log line. */
export function describeBacklog(report: BacklogReport): string {
  return report.skipped ? `Backlog: not seeded (${report.skipped}).` : `Backlog: ${report.created} requests in ${(report.ms / 1000).toFixed(1)} s.`;
}
