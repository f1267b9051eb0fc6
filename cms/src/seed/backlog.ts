import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Core, UID } from '@strapi/strapi';
import type { SubmissionEnvelope } from '@city/shared/forms';
import { LOCALES } from '@city/shared/locales';
import { isProduction } from '../bootstrap/demo-accounts';
import { cityCalendar } from '../lib/city-calendar';
import { referencePrefix, REQUEST_UID } from '../lib/constants';
import type { FormSnapshot } from '../lib/stored-request';
import { prepareFile, removeAttachments, storeAttachments, type PreparedFile } from '../api/service-request/lib/attachments';
import { loadPublishedForm } from '../api/service-request/lib/forms';
import { insertRequest, type NewRequest } from '../api/service-request/lib/requests';
import { checkAnswers, emailHash, groupByField, withStoredFiles, type Attempt } from '../api/service-request/services/intake';
import { divisionsOf, staffName } from '../plugins/requests-desk/server/lib/scope';
import { BACKLOG_FORM_CODES } from './backlog-answers';
import { planBacklog, type BacklogStaff, type PlannedRequest } from './backlog-plan';
import type { Locale } from './types';

/**
 * The demo's backlog: about 300 requests from the last six months, in the city's four languages,
 * with the history staff would have left (backlog-plan.ts), so the Requests desk, its dashboard
 * and the status look-up have something real to show. Some carry a small file, stored privately
 * as the intake stores residents' files, so the desk's file links open something. Seeded once,
 * into a database with no requests; `SEED_BACKLOG=false` skips it (the API tests count their own
 * requests); production seeds it only with `SEED_BACKLOG=true`.
 */
export interface BacklogReport {
  created: number;
  /** How many files the requests carry. */
  files: number;
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

type Versions = Partial<Record<Locale, FormSnapshot>> & { en: FormSnapshot };

/** Each demo form as published, in each language it is published in; a form not published in English is left out. */
async function publishedForms(strapi: Core.Strapi): Promise<Map<string, Versions>> {
  const forms = new Map<string, Versions>();
  const found = await Promise.all(
    BACKLOG_FORM_CODES.map(async (code) => [code, await Promise.all(LOCALES.map(async (locale) => [locale, await loadPublishedForm(strapi, code, locale)] as const))] as const),
  );
  for (const [code, versions] of found) {
    const published = Object.fromEntries(versions.filter(([, form]) => form)) as Partial<Record<Locale, FormSnapshot>>;
    if (published.en) forms.set(code, { ...published, en: published.en });
  }
  return forms;
}

/** How many requests' files are stored at once: the upload plugin reads each image with sharp, which waits on its own threads. */
const STORING_AT_ONCE = 4;

/**
 * Stores each request's files privately (never in public uploads), as the intake stores a
 * resident's files; the ids of each request's files, in the order given. On a failure, what was
 * stored is removed again and the error thrown.
 */
async function storeFiles(strapi: Core.Strapi, requests: readonly Checked[]): Promise<number[][]> {
  const ids: number[][] = requests.map(() => []);
  const withFiles = requests.map((request, index) => ({ request, index })).filter(({ request }) => request.files.length > 0);
  try {
    for (let start = 0; start < withFiles.length; start += STORING_AT_ONCE) {
      const batch = withFiles.slice(start, start + STORING_AT_ONCE);
      const settled = await Promise.allSettled(batch.map(async ({ request, index }) => (ids[index] = await storeAttachments(strapi, request.files))));
      const failed = settled.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
      if (failed) throw failed.reason;
    }
  } catch (error) {
    await removeAttachments(strapi, ids.flat());
    throw error;
  }
  return ids;
}

/** A planned request as the intake receives it: its envelope, and its files written where a multipart post leaves them. */
async function attemptOf(planned: PlannedRequest, index: number, folder: string): Promise<Attempt> {
  const envelope: SubmissionEnvelope = {
    formCode: planned.formCode,
    locale: planned.language,
    answers: planned.answers,
    contact: planned.contact,
    idempotencyKey: planned.idempotencyKey,
  };
  const prepared: PreparedFile[] = [];
  for (const [position, file] of planned.files.entries()) {
    const filepath = path.join(folder, `${index}-${position}`);
    await fs.promises.writeFile(filepath, file.content);
    prepared.push(await prepareFile({ field: file.field, filepath, originalFilename: file.name, mimetype: file.type, size: file.content.length }));
  }
  return { envelope, filesByField: groupByField(prepared) };
}

/** A checked request, ready to store once its files are. */
interface Checked {
  planned: PlannedRequest;
  form: FormSnapshot;
  attempt: Attempt;
  result: Extract<ReturnType<typeof checkAnswers>, { success: true }>;
  /** Its files in the order the intake stores them (by question, in the form's order). */
  files: PreparedFile[];
}

/** Checks a planned request with the intake's own checks; a validation problem when its answers do not pass. */
function check(planned: PlannedRequest, form: FormSnapshot, attempt: Attempt): Checked | string {
  const result = checkAnswers(attempt, form, planned.language);
  if (!result.success) return `${planned.formCode} (${planned.language}): ${result.errors.map((error) => `${error.field}: ${error.message}`).join('; ')}`;
  return { planned, form, attempt, result, files: result.fileFields.flatMap((key) => attempt.filesByField.get(key) ?? []) };
}

/** The checked request as the intake would have stored it, its files stored as `attachmentIds`. */
function asNewRequest({ planned, form, attempt, result }: Checked, attachmentIds: number[]): NewRequest {
  return {
    reference: planned.reference,
    formCode: planned.formCode,
    formDocumentId: form.documentId,
    divisionKey: form.divisionKey ?? null,
    formSnapshot: form,
    answers: withStoredFiles(result.data.answers, result.fileFields, attempt.filesByField, attachmentIds),
    attachments: attachmentIds,
    contact: result.data.contact,
    language: planned.language,
    channel: planned.channel,
    statusHistory: planned.statusHistory,
    dueAt: planned.dueAt,
    idempotencyKey: planned.idempotencyKey,
    fingerprint: result.fingerprint,
    contactEmailHash: emailHash(result.data.contact.email),
  };
}

const date = (iso: string | null) => (iso === null ? null : new Date(iso));

export async function seedBacklog(strapi: Core.Strapi, now = new Date()): Promise<BacklogReport> {
  const started = Date.now();
  const done = (created: number, skipped?: string, files = 0): BacklogReport => ({ created, files, ...(skipped ? { skipped } : {}), ms: Date.now() - started });
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
    forms: [...forms.values()].map((versions) => {
      const { en } = versions;
      return { code: en.code, divisionKey: en.divisionKey ?? null, ...(en.serviceLevel ? { serviceLevel: en.serviceLevel } : {}), languages: LOCALES.filter((locale) => versions[locale]) };
    }),
    ...(triage ? { triage } : {}),
    ...(supervisor ? { supervisor } : {}),
  });

  // The files go where the body parser leaves a post's files, then through the intake's own steps.
  const folder = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'backlog-files-'));
  let stored: number[] = [];
  try {
    const attempts = await Promise.all(plan.map((planned, index) => attemptOf(planned, index, folder)));
    const checked: Checked[] = [];
    for (const [index, planned] of plan.entries()) {
      const result = check(planned, (forms.get(planned.formCode) as Versions)[planned.language] as FormSnapshot, attempts[index] as Attempt);
      // All or nothing: a backlog with holes would leave duplicates pointing nowhere.
      if (typeof result === 'string') return done(0, `an answer does not pass its form's validation: ${result}`);
      checked.push(result);
    }
    const ids = await storeFiles(strapi, checked);
    stored = ids.flat();
    const rows = checked.map((request, index) => asNewRequest(request, ids[index] ?? []));

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
  } catch (error) {
    // No request points at them now: as the intake does when a request cannot be stored.
    await removeAttachments(strapi, stored);
    throw error;
  } finally {
    await fs.promises.rm(folder, { recursive: true, force: true });
  }
  return done(plan.length, undefined, stored.length);
}

/** For the seed's log line. */
export function describeBacklog(report: BacklogReport): string {
  return report.skipped ? `Backlog: not seeded (${report.skipped}).` : `Backlog: ${report.created} requests (${report.files} files attached) in ${(report.ms / 1000).toFixed(1)} s.`;
}
