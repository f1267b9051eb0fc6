import { useState } from 'react';
import { Layouts, Page } from '@strapi/strapi/admin';
import { Box, Button, Field, Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import type { FormMetric, StepMetric, SummaryAnswer } from '../../../contract';
import { useMetricsApi } from '../api';
import { DataTable } from '../../../../../admin/shared/DataTable';
import { useLoad } from '../../../../../admin/shared/useLoad';
import { useFormat, useT, type MessageKey } from '../components/useT';

type Format = ReturnType<typeof useFormat>;
type T = ReturnType<typeof useT>;

const formTitle = (form: FormMetric, t: T) => form.title ?? t('form.unpublished');

const KIND_KEYS: Record<Exclude<StepMetric['kind'], 'page'>, MessageKey> = { form: 'step.form', contact: 'step.contact', check: 'step.check', removed: 'step.removed' };

/** A page as the editor knows it: its step's title or question, else its kind ("Contact details"). */
function stepTitle(step: StepMetric, index: number, t: T): string {
  if (step.kind === 'page') return step.title ?? t('step.page', { number: index + 1 });
  return t(KIND_KEYS[step.kind]);
}

const Rate = ({ part, whole, format, t }: { part: number; whole: number; format: Format; t: T }) => <>{format.percent(part, whole) ?? t('value.none')}</>;

function SummaryTable({ answer, format, t }: { answer: SummaryAnswer; format: Format; t: T }) {
  return (
    <DataTable>
      <caption>{t('summary.caption', { month: format.month(answer.month) })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('summary.form')}</th>
          <th scope="col">{t('summary.started')}</th>
          <th scope="col">{t('summary.submitted')}</th>
          <th scope="col">{t('summary.completion')}</th>
        </tr>
      </thead>
      <tbody>
        {answer.forms.map((form, index) => (
          <tr key={index}>
            <th scope="row">{formTitle(form, t)}</th>
            <td>{format.number(form.started)}</td>
            <td>{format.number(form.submitted)}</td>
            <td>
              <Rate part={form.submitted} whole={form.started} format={format} t={t} />
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

function StepsTable({ form, month, format, t }: { form: FormMetric; month: string; format: Format; t: T }) {
  const title = formTitle(form, t);
  return (
    <Flex direction="column" alignItems="stretch" gap={2} tag="section" aria-label={t('steps.heading', { form: title })}>
      <Typography variant="delta" tag="h2">
        {t('steps.heading', { form: title })}
      </Typography>
      <DataTable>
        <caption>{t('steps.caption', { form: title, month: format.month(month) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('steps.step')}</th>
            <th scope="col">{t('steps.reached')}</th>
            <th scope="col">{t('steps.ofStarted')}</th>
          </tr>
        </thead>
        <tbody>
          {form.steps.map((step, index) => (
            <tr key={index}>
              <th scope="row">{stepTitle(step, index, t)}</th>
              <td>{format.number(step.reached)}</td>
              <td>
                <Rate part={step.reached} whole={form.started} format={format} t={t} />
              </td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </Flex>
  );
}

/** The Form metrics page: one month's forms by title, then how far each form's fills got. */
const MetricsPage = () => {
  const t = useT();
  const format = useFormat();
  const api = useMetricsApi();
  const [month, setMonth] = useState<string | undefined>(undefined);
  const loaded = useLoad(() => api.summary({ month, locale: format.locale }), `${month ?? ''} ${format.locale}`);
  const answer = loaded.data;
  return (
    <Page.Main>
      <Page.Title>{t('page.title')}</Page.Title>
      <Layouts.Header title={t('page.title')} subtitle={t('page.intro')} />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6} paddingBottom={10}>
          {loaded.state === 'failed' && (
            <Flex direction="column" alignItems="flex-start" gap={3} role="alert">
              <Typography>{t('page.failed')}</Typography>
              <Button variant="secondary" onClick={loaded.reload}>
                {t('page.retry')}
              </Button>
            </Flex>
          )}
          {!answer && loaded.state === 'loading' && <Page.Loading>{t('page.loading')}</Page.Loading>}
          {answer && (
            <>
              <Box maxWidth="30rem">
                <Field.Root name="form-metrics-month">
                  <Field.Label>{t('month.label')}</Field.Label>
                  <SingleSelect value={answer.month} onChange={(next) => setMonth(String(next))}>
                    {answer.months.map((value) => (
                      <SingleSelectOption key={value} value={value}>
                        {format.month(value)}
                      </SingleSelectOption>
                    ))}
                  </SingleSelect>
                </Field.Root>
              </Box>
              <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
                {answer.forms.length === 0 ? (
                  <Typography>{t('page.empty', { month: format.month(answer.month) })}</Typography>
                ) : (
                  <Flex direction="column" alignItems="stretch" gap={6}>
                    <SummaryTable answer={answer} format={format} t={t} />
                    <Typography variant="pi" textColor="neutral600">
                      {t('page.note')}
                    </Typography>
                    {answer.forms.map((form, index) => (
                      <StepsTable key={index} form={form} month={answer.month} format={format} t={t} />
                    ))}
                  </Flex>
                )}
              </Box>
            </>
          )}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

export default MetricsPage;
