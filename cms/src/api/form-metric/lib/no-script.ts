import type { Core } from '@strapi/strapi';
import { formBeaconSchema, isMultiPage, METRIC_CHECK_STEP, metricSteps, reachedMetricSteps, type FileAnswer, type FormField, type FormPlace, type StepInput } from '@city/shared/forms';
import { countFill } from '../../../lib/form-metrics';
import type { LocatePoints } from '../../address-point/lib/typed-locations';
import { formFlow, loadPublishedForm } from '../../service-request/lib/forms';
import type { FormPost } from '../../service-request/http/form-post';

/**
 * Without JavaScript a form is sent by one post: its post is a fill that started and went through
 * every page its answers reach (a page of several a condition skipped was never shown, and is not
 * counted as reached). Counted once per fill and day under the page's idempotency key (a post sent
 * again after an error counts nothing more); what is sent is counted by the intake once stored.
 * Never in the way of the request: a failure here is logged, and the post goes on.
 * `kept` are the files kept from the fill's earlier pages, and `locate` finds typed addresses: both as
 * the send itself reads them, so the post looks each up once.
 */
export async function countNoScriptFill(
  strapi: Core.Strapi,
  post: Pick<FormPost, 'envelope' | 'files'>,
  lookups: { kept: Record<string, FileAnswer[]>; locate: LocatePoints },
): Promise<void> {
  const { envelope } = post;
  const parsed = formBeaconSchema.pick({ formCode: true, locale: true, fill: true }).safeParse({ formCode: envelope.formCode, locale: envelope.locale, fill: envelope.idempotencyKey });
  if (!parsed.success) return;
  try {
    const form = await loadPublishedForm(strapi, parsed.data.formCode, parsed.data.locale);
    if (!form) return;
    const flow = formFlow(form);
    // A form of one page is its page and the check whatever the answers: nothing to look up for it.
    const steps = isMultiPage(flow) ? reachedMetricSteps(flow, parsed.data.locale, await givenForConditions(flow, post, lookups)) : metricSteps(flow);
    await countFill(strapi, { formCode: parsed.data.formCode, fill: parsed.data.fill, steps });
  } catch (error) {
    strapi.log.warn(`Form metrics: a no-JavaScript fill was not counted: ${String(error)}`);
  }
}

/**
 * What the conditions of the form's pages read, as the pages themselves were decided
 * (service-request/http/form-steps.ts): the answers typed, the typed addresses found among the
 * city's points, and the files, kept from earlier pages or posted now.
 */
async function givenForConditions(
  form: { fields: readonly FormField[] },
  post: Pick<FormPost, 'envelope' | 'files'>,
  { kept, locate }: { kept: Record<string, FileAnswer[]>; locate: LocatePoints },
): Promise<Pick<StepInput, 'values' | 'files' | 'located'>> {
  const posted: Record<string, FileAnswer[]> = {};
  for (const file of post.files) if (file.field) (posted[file.field] ??= []).push({ name: file.originalFilename, type: file.mimetype ?? '', size: file.size });
  return {
    values: { answers: post.envelope.answers, contact: post.envelope.contact },
    files: { ...kept, ...posted },
    located: await locate(form.fields, post.envelope.answers),
  };
}

/**
 * A page of a form of several pages without JavaScript (Continue, Back, Change): the fill started
 * and reached every page up to the one shown next that its answers ask (a page a condition skipped
 * was passed, never shown, as the island and the final send count it), under the fill's key, which
 * the pages carry on (shared/forms/feedback.ts), so a fill is counted once however often its pages
 * are posted. The final send then counts what the one-page post counts; pages already counted count
 * nothing more. `kept` are the fill's files (this post's among them), as the page was decided with.
 */
export async function countNoScriptPage(
  strapi: Core.Strapi,
  envelope: FormPost['envelope'],
  place: FormPlace,
  lookups: { kept: Record<string, FileAnswer[]>; locate: LocatePoints },
): Promise<void> {
  const parsed = formBeaconSchema.pick({ formCode: true, locale: true, fill: true }).safeParse({ formCode: envelope.formCode, locale: envelope.locale, fill: envelope.idempotencyKey });
  if (!parsed.success) return;
  try {
    const form = await loadPublishedForm(strapi, parsed.data.formCode, parsed.data.locale);
    if (!form) return;
    const flow = formFlow(form);
    const steps = metricSteps(flow);
    const reached = steps.indexOf(place.view === 'check' ? METRIC_CHECK_STEP : place.screen);
    const asked = new Set(reachedMetricSteps(flow, parsed.data.locale, await givenForConditions(flow, { envelope, files: [] }, lookups)));
    await countFill(strapi, { formCode: parsed.data.formCode, fill: parsed.data.fill, steps: reached < 0 ? [] : steps.slice(0, reached + 1).filter((step) => asked.has(step)) });
  } catch (error) {
    strapi.log.warn(`Form metrics: a page of a no-JavaScript fill was not counted: ${String(error)}`);
  }
}
