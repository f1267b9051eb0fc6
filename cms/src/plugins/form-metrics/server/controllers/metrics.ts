import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE, isLocale } from '@city/shared/locales';
import { currentMonth, metricMonths, readMonth } from '../../../../lib/form-metrics';
import { loadPublishedForm } from '../../../../api/service-request/lib/forms';
import { summaryQuerySchema, type FieldErrorsAnswer, type SummaryAnswer } from '../../contract';
import { summarize, type MetricForm } from '../lib/summary';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /form-metrics/summary?month=YYYY-MM&locale=xx: one month's counts per form, by title. */
  async summary(ctx: Ctx) {
    const parsed = summaryQuerySchema.safeParse(ctx.query);
    if (!parsed.success) {
      ctx.status = 400;
      ctx.body = { errors: parsed.error.issues.map((issue) => ({ field: String(issue.path[0] ?? 'query'), code: 'invalid' as const })) } satisfies FieldErrorsAnswer;
      return;
    }
    // This month on the city's clock, as fills are counted.
    const thisMonth = await currentMonth(strapi);
    const month = parsed.data.month ?? thisMonth;
    const locale = isLocale(parsed.data.locale) ? parsed.data.locale : DEFAULT_LOCALE;
    const rows = await readMonth(strapi, month);
    const forms = new Map<string, MetricForm | undefined>();
    for (const code of new Set(rows.map((row) => row.formCode))) {
      // The title in the admin's language when the form has it; else the default language's.
      forms.set(code, (await loadPublishedForm(strapi, code, locale)) ?? (await loadPublishedForm(strapi, code, DEFAULT_LOCALE)));
    }
    const months = [...new Set([thisMonth, month, ...(await metricMonths(strapi))])].sort().reverse();
    ctx.body = { month, months, forms: summarize(rows, forms, new Intl.Collator(locale)) } satisfies SummaryAnswer;
  },
});
