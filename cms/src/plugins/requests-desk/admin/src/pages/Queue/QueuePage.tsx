import { useEffect, useMemo, useState } from 'react';
import { Flex, Loader } from '@strapi/design-system';
import { useSearchParams } from 'react-router-dom';
import type { QueueQuery } from '../../../../contract';
import { useDeskApi } from '../../api';
import { DeskPage } from '../../components/DeskPage';
import { LoadFailed } from '../../components/LoadFailed';
import { useLoad } from '../../../../../../admin/shared/useLoad';
import { useT } from '../../components/useT';
import { queueSearchParams, readQueueQuery } from '../../queueParams';
import { BulkActions } from './BulkActions';
import { DivisionCounts } from './DivisionCounts';
import { ExportButton } from './ExportButton';
import { QueueFilters } from './QueueFilters';
import { QueuePagination } from './QueuePagination';
import { QueueTable } from './QueueTable';
import { QueueTabs } from './QueueTabs';

/** The queue: its filters live in the URL, so a filtered list can be bookmarked, shared and gone back to. */
export const QueuePage = () => {
  const t = useT();
  const api = useDeskApi();
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => readQueueQuery(params), [params]);
  const key = queueSearchParams(query).toString();
  const queue = useLoad(() => api.queue(query), key);
  const [selected, setSelected] = useState<string[]>([]);
  useEffect(() => setSelected([]), [key]);

  const update = (changes: Partial<QueueQuery>) => setParams(queueSearchParams({ ...query, page: 1, ...changes }));
  const sortBy = (sort: QueueQuery['sort']) =>
    update({ sort, order: query.sort === sort && query.order === 'asc' ? 'desc' : query.sort === sort ? 'asc' : sort === 'dueAt' ? 'asc' : 'desc' });

  const data = queue.data;
  return (
    <DeskPage title={t('queue.title')} primaryAction={<ExportButton query={query} />}>
      <Flex direction="column" alignItems="stretch" gap={6}>
        <QueueTabs query={query} mine={data?.mine} />
        {data && <DivisionCounts counts={data.counts} />}
        <QueueFilters query={query} onApply={update} />
        {selected.length > 0 && <BulkActions references={selected} onDone={queue.reload} />}
        {queue.state === 'failed' && <LoadFailed onRetry={queue.reload} />}
        {queue.state === 'loading' && !data && <Loader>{t('common.loading')}</Loader>}
        {data && (
          <div aria-busy={queue.state === 'loading'}>
            <QueueTable data={data} query={query} onSort={sortBy} selected={selected} onSelect={setSelected} />
          </div>
        )}
        {data && <QueuePagination query={query} pageCount={data.pagination.pageCount} />}
      </Flex>
    </DeskPage>
  );
};
