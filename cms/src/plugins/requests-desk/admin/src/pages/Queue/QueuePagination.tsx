import { Dots, NextLink, PageLink, Pagination, PreviousLink } from '@strapi/design-system';
import { Link } from 'react-router-dom';
import type { QueueQuery } from '../../../../contract';
import { useT } from '../../components/useT';
import { queueSearchParams } from '../../queueParams';

/** The pages to offer: first, last, and two either side of the current one. */
function pagesAround(page: number, pageCount: number): (number | 'gap')[] {
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pageCount])].filter((n) => n >= 1 && n <= pageCount).sort((a, b) => a - b);
  return shown.flatMap((n, index) => (index > 0 && n - shown[index - 1] > 1 ? ['gap' as const, n] : [n]));
}

export const QueuePagination = ({ query, pageCount }: { query: QueueQuery; pageCount: number }) => {
  const t = useT();
  if (pageCount <= 1) return null;
  const page = Math.min(query.page, pageCount);
  const to = (target: number) => ({ search: queueSearchParams({ ...query, page: target }).toString() });
  return (
    <Pagination activePage={page} pageCount={pageCount} label={t('queue.pagination')}>
      <PreviousLink tag={Link} to={to(Math.max(1, page - 1))}>
        {t('queue.pagination.previous')}
      </PreviousLink>
      {pagesAround(page, pageCount).map((entry, index) =>
        entry === 'gap' ? (
          <Dots key={`gap-${index}`}>…</Dots>
        ) : (
          <PageLink key={entry} number={entry} tag={Link} to={to(entry)}>
            {t('queue.pagination.page', { page: entry })}
          </PageLink>
        ),
      )}
      <NextLink tag={Link} to={to(Math.min(pageCount, page + 1))}>
        {t('queue.pagination.next')}
      </NextLink>
    </Pagination>
  );
};
