import type { Core } from '@strapi/strapi';
import { formBeaconSchema, metricSteps } from '@city/shared/forms';
import { countFill } from '../../../lib/form-metrics';
import { loadPublishedForm } from '../../service-request/lib/forms';

/**
 * The form without JavaScript is one page holding every question: its post is a fill that started
 * and went through every page. Counted once per fill and day under the page's idempotency key (a
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
