import { formSteps, isMultiPage, metricSteps, METRIC_CHECK_STEP, METRIC_CONTACT_STEP, type ServiceForm } from '@city/shared/forms';
import type { MetricRow } from '../../../../lib/form-metrics';
import type { FormMetric, StepMetric } from '../../contract';

/** What the summary needs of a published form: its title and its pages. */
export type MetricForm = Pick<ServiceForm, 'title' | 'fields' | 'steps' | 'onePerPage'>;

interface StepName {
  id: string;
  kind: StepMetric['kind'];
  title: string | null;
}

/** The form's pages in order, as the editor knows them: a step's title, or its (first) question. */
export function stepsOf(form: MetricForm): StepName[] {
  const pages = formSteps(form);
  const multiPage = isMultiPage(form);
  return metricSteps(form).map((id): StepName => {
    if (id === METRIC_CHECK_STEP) return { id, kind: 'check', title: null };
    if (!multiPage) return { id, kind: 'form', title: null };
    if (id === METRIC_CONTACT_STEP) return { id, kind: 'contact', title: null };
    const question = form.fields.find((field) => field.key === id);
    const title = form.onePerPage ? question?.label : (pages.find((page) => page.id === id)?.title ?? question?.label);
    return { id, kind: 'page', title: title ?? null };
  });
}

/**
 * One month's counters as the editors' table: per form (null: no longer published), started,
 * sent, and each page's count in the form's order; pages the form no longer has come last.
 */
export function summarize(rows: readonly MetricRow[], forms: ReadonlyMap<string, MetricForm | undefined>, collator: Intl.Collator): FormMetric[] {
  const codes = [...new Set(rows.map((row) => row.formCode))];
  const metrics = codes.map((code) => {
    const own = rows.filter((row) => row.formCode === code);
    const total = (event: MetricRow['event']) => own.filter((row) => row.event === event).reduce((sum, row) => sum + row.count, 0);
    const reached = new Map(own.filter((row) => row.event === 'reached').map((row) => [row.step, row.count]));
    const form = forms.get(code);
    const known = form ? stepsOf(form) : [];
    const knownIds = new Set(known.map((step) => step.id));
    const removed = [...reached.keys()].filter((id) => !knownIds.has(id));
    const steps: StepMetric[] = [
      ...known.map((step) => ({ kind: step.kind, title: step.title, reached: reached.get(step.id) ?? 0 })),
      ...(removed.length > 0 ? [{ kind: 'removed' as const, title: null, reached: removed.reduce((sum, id) => sum + (reached.get(id) ?? 0), 0) }] : []),
    ];
    return { title: form?.title ?? null, started: total('started'), submitted: total('submitted'), steps };
  });
  // By title; forms no longer published last.
  return metrics.sort((a, b) => (a.title === null ? 1 : 0) - (b.title === null ? 1 : 0) || collator.compare(a.title ?? '', b.title ?? ''));
}
