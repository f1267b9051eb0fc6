import type { Core } from '@strapi/strapi';
import { idempotencyKeySchema, isMultiPage, placeOfError, takeStep, type FieldError, type FileAnswer, type FormFeedback, type FormPlace, type StagedFiles } from '@city/shared/forms';
import { typedLocationPoints, type LocatePoints } from '../../address-point/lib/typed-locations';
import { prepareFile } from '../lib/attachments';
import { formFlow, loadPublishedForm } from '../lib/forms';
import { purgeExpiredStaged, stageFiles, stagedFiles } from '../lib/staged-files';
import type { FormPost } from './form-post';

/**
 * A post from a page of a form of several pages without JavaScript (Continue, Back, Change; see
 * shared/forms/steps.ts). Nothing is sent: the files posted on the page are kept for the fill
 * (lib/staged-files.ts), and the feedback to seal says which page comes next, with this page's
 * errors and every answer so far. The answers so far travel in that sealed feedback, and the
 * publisher writes them back into the next page's form as hidden fields (no-script.ts): the page is
 * the resident's own, served no-store, and the next post carries everything again, so the CMS keeps
 * no state between pages but the files, and the final send is the ordinary one-page post.
 * Undefined when the form is not (or no longer) published.
 */
export async function stepFeedback(strapi: Core.Strapi, post: FormPost, locale: string): Promise<FormFeedback | undefined> {
  const formCode = typeof post.envelope.formCode === 'string' ? post.envelope.formCode : '';
  const form = formCode ? await loadPublishedForm(strapi, formCode, locale) : undefined;
  if (!form || (post.intent !== 'next' && post.intent !== 'back' && post.intent !== 'change')) return undefined;
  await purgeExpiredStaged(strapi);
  const fileQuestions = new Set(form.fields.filter((field) => field.__component === 'form-field.file-upload').map((field) => field.key));
  const posted = await Promise.all(post.files.filter((file) => fileQuestions.has(file.field)).map(prepareFile));
  const staged = await stageFiles(strapi, post.staged, formCode, posted);
  const { answers: files } = await stagedFiles(strapi, staged?.id, formCode);
  const outcome = takeStep(formFlow(form), locale, {
    intent: post.intent,
    from: post.screen,
    target: post.target,
    values: { answers: post.envelope.answers, contact: post.envelope.contact },
    files,
    // A typed address is looked up as the intake looks it up, so the page refuses what the final send would.
    located: await typedLocationPoints(strapi, form.fields, post.envelope.answers),
  });
  return {
    ...carried(post, staged),
    errors: errorsParam(outcome.errors),
    values: outcome.values,
    step: outcome.place,
  };
}

/** What every feedback of a fill carries on: its key, the first serving time, the resume token, the kept files. */
function carried(post: FormPost, staged: StagedFiles | undefined): Pick<FormFeedback, 'startedAt' | 'resumeToken' | 'staged' | 'idempotencyKey'> {
  const key = idempotencyKeySchema.safeParse(post.envelope.idempotencyKey);
  return {
    ...(key.success ? { idempotencyKey: key.data } : {}),
    ...(post.envelope.startedAt === undefined ? {} : { startedAt: post.envelope.startedAt }),
    ...(post.envelope.resumeToken ? { resumeToken: post.envelope.resumeToken } : {}),
    ...(staged ? { staged } : {}),
  };
}

const errorsParam = (errors: FieldError[]) => Object.fromEntries(errors.map((error) => [error.field, error.message]));

/** The files kept for the fill a send posts, as the intake takes them, and as the form page names them. */
export async function stagedForSend(strapi: Core.Strapi, post: FormPost): Promise<{ incoming: Awaited<ReturnType<typeof stagedFiles>>['incoming']; staged: StagedFiles | undefined; files: Record<string, FileAnswer[]> }> {
  const formCode = typeof post.envelope.formCode === 'string' ? post.envelope.formCode : '';
  const { incoming, answers } = await stagedFiles(strapi, post.staged, formCode);
  // A question answered with files in this very post takes those; the kept ones stand for the rest.
  const postedNow = new Set(post.files.map((file) => file.field).filter(Boolean));
  const kept = incoming.filter((file) => !postedNow.has(file.field));
  return { incoming: kept, staged: post.staged && incoming.length > 0 ? { id: post.staged, files: answers } : undefined, files: answers };
}

/**
 * Where a refused send of a form of several pages goes back to: the page of its first problem,
 * with the problems of that page (the others are met on their own pages).
 */
export async function placeOfRefusedSend(
  strapi: Core.Strapi,
  post: FormPost,
  locale: string,
  errors: FieldError[],
  files: Record<string, FileAnswer[]>,
  locate: LocatePoints,
): Promise<{ place: FormPlace; errors: FieldError[] } | undefined> {
  const formCode = typeof post.envelope.formCode === 'string' ? post.envelope.formCode : '';
  const form = formCode ? await loadPublishedForm(strapi, formCode, locale) : undefined;
  const flow = form && formFlow(form);
  if (!flow || !isMultiPage(flow) || !errors[0]) return undefined;
  // The intake checked the typed addresses as their points: so are the conditions that place its errors.
  const input = { values: { answers: post.envelope.answers, contact: post.envelope.contact }, files, located: await locate(flow.fields, post.envelope.answers) };
  const place = placeOfError(flow, locale, input, errors[0].field);
  const same = (other: FormPlace) => other.view === place.view && other.screen === place.screen;
  return { place, errors: errors.filter((error) => same(placeOfError(flow, locale, input, error.field))) };
}
