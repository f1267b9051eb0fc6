import { useEffect, useState, type FormEvent } from 'react';
import { Box, Button, Checkbox, Flex, Grid, Typography } from '@strapi/design-system';
import { REQUEST_STATUSES } from '@city/shared/forms';
import { PRIORITIES, type QueueQuery } from '../../../../contract';
import { SelectField, TextField } from '../../components/fields';
import { useMeta } from '../../components/MetaContext';
import { keyOf, useT } from '../../components/useT';

type Filters = Pick<QueueQuery, 'status' | 'service' | 'division' | 'assignee' | 'priority' | 'overdue' | 'from' | 'to' | 'q'>;
type Draft = Record<Exclude<keyof Filters, 'overdue'>, string> & { overdue: boolean };

const draftOf = (query: QueueQuery): Draft => ({
  status: query.status ?? '',
  service: query.service ?? '',
  division: query.division ?? '',
  assignee: query.assignee ? String(query.assignee) : '',
  priority: query.priority ?? '',
  overdue: query.overdue,
  from: query.from ?? '',
  to: query.to ?? '',
  q: query.q ?? '',
});

/** Turns the form back into the contract's filters ('' = no filter). */
const filtersOf = (draft: Draft): Filters => ({
  status: (draft.status || undefined) as Filters['status'],
  service: draft.service || undefined,
  division: draft.division || undefined,
  assignee: draft.assignee ? Number(draft.assignee) : undefined,
  priority: (draft.priority || undefined) as Filters['priority'],
  overdue: draft.overdue,
  from: draft.from || undefined,
  to: draft.to || undefined,
  q: draft.q.trim() || undefined,
});

const EMPTY_FILTERS: Filters = {
  status: undefined,
  service: undefined,
  division: undefined,
  assignee: undefined,
  priority: undefined,
  overdue: false,
  from: undefined,
  to: undefined,
  q: undefined,
};

/** The queue's filters, applied on submit (one load per change of mind, not per keystroke). */
export const QueueFilters = ({ query, onApply }: { query: QueueQuery; onApply: (filters: Filters) => void }) => {
  const t = useT();
  const meta = useMeta();
  const [draft, setDraft] = useState<Draft>(() => draftOf(query));
  // The URL is the truth: back/forward or a tab link resets the form to it.
  useEffect(() => setDraft(draftOf(query)), [query]);
  const set = <K extends keyof Draft>(key: K) => (value: Draft[K]) => setDraft((previous) => ({ ...previous, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(filtersOf(draft));
  };

  return (
    <Box tag="section" aria-labelledby="desk-filters-heading" background="neutral0" padding={4} hasRadius shadow="tableShadow">
      <Typography tag="h2" variant="delta" id="desk-filters-heading">
        {t('queue.filters.title')}
      </Typography>
      <form onSubmit={submit} role="search" aria-labelledby="desk-filters-heading">
        <Grid.Root gap={4} paddingTop={3}>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <TextField name="q" type="search" label={t('queue.filters.q')} hint={t('queue.filters.qHint')} value={draft.q} onChange={set('q')} />
          </Grid.Item>
          <Grid.Item col={3} s={6} direction="column" alignItems="stretch">
            <TextField name="from" type="date" label={t('queue.filters.from')} value={draft.from} onChange={set('from')} />
          </Grid.Item>
          <Grid.Item col={3} s={6} direction="column" alignItems="stretch">
            <TextField name="to" type="date" label={t('queue.filters.to')} value={draft.to} onChange={set('to')} />
          </Grid.Item>
          <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
            <SelectField
              name="status"
              label={t('queue.filters.status')}
              emptyLabel={t('common.any')}
              value={draft.status}
              choices={['open', ...REQUEST_STATUSES].map((status) => ({ value: status, label: t(keyOf('status', status)) }))}
              onChange={set('status')}
            />
          </Grid.Item>
          <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
            <SelectField
              name="service"
              label={t('queue.filters.service')}
              emptyLabel={t('common.any')}
              value={draft.service}
              choices={meta.services.map((service) => ({ value: service.code, label: service.title }))}
              onChange={set('service')}
            />
          </Grid.Item>
          <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
            <SelectField
              name="division"
              label={t('queue.filters.division')}
              emptyLabel={t('common.any')}
              value={draft.division}
              choices={meta.divisions.map((division) => ({ value: division.key, label: division.name }))}
              onChange={set('division')}
            />
          </Grid.Item>
          <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
            <SelectField
              name="assignee"
              label={t('queue.filters.assignee')}
              emptyLabel={t('common.any')}
              value={draft.assignee}
              choices={meta.staff.map((person) => ({ value: String(person.id), label: person.name }))}
              onChange={set('assignee')}
            />
          </Grid.Item>
          <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
            <SelectField
              name="priority"
              label={t('queue.filters.priority')}
              emptyLabel={t('common.any')}
              value={draft.priority}
              choices={PRIORITIES.map((priority) => ({ value: priority, label: t(keyOf('priority', priority)) }))}
              onChange={set('priority')}
            />
          </Grid.Item>
          <Grid.Item col={4} s={12} alignItems="center">
            <Checkbox name="overdue" checked={draft.overdue} onCheckedChange={(checked) => set('overdue')(checked === true)}>
              {t('queue.filters.overdue')}
            </Checkbox>
          </Grid.Item>
        </Grid.Root>
        <Flex gap={2} paddingTop={4}>
          <Button type="submit">{t('queue.filters.apply')}</Button>
          <Button type="button" variant="tertiary" onClick={() => onApply(EMPTY_FILTERS)}>
            {t('queue.filters.clear')}
          </Button>
        </Flex>
      </form>
    </Box>
  );
};
