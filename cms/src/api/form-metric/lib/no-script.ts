import type { Core } from '@strapi/strapi';
import { formBeaconSchema, METRIC_CHECK_STEP, metricSteps, type FormPlace } from '@city/shared/forms';
import { countFill } from '../../../lib/form-metrics';
import { loadPublishedForm } from '../../service-request/lib/forms';

/**
 * Without JavaScript a form of one page is posted once: its post is a fill that started and went
 * through every page. Counted once per fill and day under the page's idempotency key (a
 * post sent again after an error counts nothing more); what is sent is counted by the intake once
 * stored. Never in the way of the request: a failure here is logged, and the post goes on.
 */
export async function countNoScriptFill(strapi: Core.Strapi, envelope: { formCode: unknown; locale: unknown; idempotencyKey: unknown }): Promise<void> {
  const parsed = formBeaconSchema.pick({ formCode: true, locale: true, fill: true }).safeParse({ formCode: envelope.formCode, locale: envelope.locale, fill: envelope.idempotencyKey });
  if (!parsed.success) return;
  try {
    const form = await loadPublishedForm(strapi, parsed.data.formCode, parsed.data.locale);
    if (!form) return;
    await countFill(strapi, { formCode: parsed.data.formCode, fill: parsed.data.fill, steps: metricSteps(form) });
  } catch (error) {
    strapi.log.warn(`Form metrics: a no-JavaScript fill was not counted: ${String(error)}`);
  }
}

/**
 * A page of a form of several pages without JavaScript (Continue, Back, Change): the fill started
 * and reached every page up to the one shown next, under the fill's key, which the pages carry on
 * (shared/forms/feedback.ts), so a fill is counted once however often its pages are posted. The
 * final send then counts what the one-page post counts; pages already counted count nothing more.
 */
export async function countNoScriptPage(strapi: Core.Strapi, envelope: { formCode: unknown; locale: unknown; idempotencyKey: unknown }, place: FormPlace): Promise<void> {
  const parsed = formBeaconSchema.pick({ formCode: true, locale: true, fill: true }).safeParse({ formCode: envelope.formCode, locale: envelope.locale, fill: envelope.idempotencyKey });
  if (!parsed.success) return;
  try {
    const form = await loadPublishedForm(strapi, parsed.data.formCode, parsed.data.locale);
    if (!form) return;
    const steps = metricSteps(form);
    const reached = steps.indexOf(place.view === 'check' ? METRIC_CHECK_STEP : place.screen);
    await countFill(strapi, { formCode: parsed.data.formCode, fill: parsed.data.fill, steps: reached < 0 ? [] : steps.slice(0, reached + 1) });
  } catch (error) {
    strapi.log.warn(`Form metrics: a page of a no-JavaScript fill was not counted: ${String(error)}`);
  }
}
