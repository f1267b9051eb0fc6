import { Checkbox, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Link } from 'react-router-dom';
import { styled } from 'styled-components';
import type { QueueItem, QueueQuery, QueueResponse } from '../../../../contract';
import { useFormat } from '../../components/format';
import { PriorityText, StatusBadge } from '../../components/labels';
import { Caption } from '../../components/VisuallyHiddenCaption';
import { useT, type MessageKey } from '../../components/useT';
import { paths } from '../../paths';

type Sort = QueueQuery['sort'];

const SortButton = styled.button`
  background: none;
  border: 0;
  padding: 0;
  font: inherit;
  font-weight: 600;
  color: ${({ theme }) => theme.colors.primary600};
  text-decoration: underline;
  cursor: pointer;
  &:focus-visible {
    outline: 2px solid ${({ theme }) => theme.colors.primary600};
    outline-offset: 2px;
  }
`;

const RequestLink = styled(Link)`
  color: ${({ theme }) => theme.colors.primary600};
  font-weight: 600;
  &:focus-visible {
    outline: 2px solid ${({ theme }) => theme.colors.primary600};
    outline-offset: 2px;
  }
`;

interface QueueTableProps {
  data: QueueResponse;
  query: QueueQuery;
  onSort: (sort: Sort) => void;
  selected: string[];
  onSelect: (references: string[]) => void;
}

/** The requests on this page: a real table, sortable by its headers' buttons, rows selectable for bulk actions. */
export const QueueTable = ({ data, query, onSort, selected, onSelect }: QueueTableProps) => {
  const t = useT();
  const format = useFormat();
  const { items, pagination } = data;
  const allSelected = items.length > 0 && items.every((item) => selected.includes(item.reference));
  const someSelected = items.some((item) => selected.includes(item.reference));

  const sortable = (sort: Sort, label: MessageKey) => {
    const current = query.sort === sort;
    return (
      // The design system's grid makes headers grid cells, where aria-sort is not allowed: the button says the order.
      <Th scope="col">
        <SortButton type="button" onClick={() => onSort(sort)}>
          {t(label)}
          {current && <span> {t(query.order === 'asc' ? 'queue.table.sortedAsc' : 'queue.table.sortedDesc')}</span>}
        </SortButton>
      </Th>
    );
  };
  const plain = (label: MessageKey) => (
    <Th scope="col">
      <Typography variant="sigma" textColor="neutral700">
        {t(label)}
      </Typography>
    </Th>
  );

  const toggle = (item: QueueItem, checked: boolean) =>
    onSelect(checked ? [...selected, item.reference] : selected.filter((reference) => reference !== item.reference));

  return (
    <Table colCount={10} rowCount={items.length + 1}>
      <Caption>
        {t('queue.table.caption', { page: pagination.page, pageCount: Math.max(1, pagination.pageCount), total: pagination.total })}
      </Caption>
      <Thead>
        <Tr>
          <Th scope="col">
            <Checkbox
              aria-label={t('queue.table.selectAll')}
              disabled={items.length === 0}
              checked={allSelected ? true : someSelected ? 'indeterminate' : false}
              onCheckedChange={(checked) => onSelect(checked === true ? items.map((item) => item.reference) : [])}
            />
          </Th>
          {sortable('reference', 'queue.table.reference')}
          {plain('queue.table.service')}
          {plain('queue.table.division')}
          {sortable('requestStatus', 'queue.table.status')}
          {sortable('priority', 'queue.table.priority')}
          {plain('queue.table.assignee')}
          {plain('queue.table.resident')}
          {sortable('createdAt', 'queue.table.received')}
          {sortable('dueAt', 'queue.table.due')}
        </Tr>
      </Thead>
      <Tbody>
        {items.length === 0 && (
          <Tr>
            <Td colSpan={10}>
              <Typography>{t('queue.table.empty')}</Typography>
            </Td>
          </Tr>
        )}
        {items.map((item) => (
          <Tr key={item.reference}>
            <Td>
              <Checkbox
                aria-label={t('queue.table.selectRow', { reference: item.reference })}
                checked={selected.includes(item.reference)}
                onCheckedChange={(checked) => toggle(item, checked === true)}
              />
            </Td>
            <Th scope="row">
              <RequestLink to={paths.request(item.reference)}>{item.reference}</RequestLink>
            </Th>
            <Td>
              <Typography>{item.serviceTitle}</Typography>
            </Td>
            <Td>
              <Typography>{item.divisionName}</Typography>
            </Td>
            <Td>
              <StatusBadge status={item.status} />
            </Td>
            <Td>
              <PriorityText priority={item.priority} />
            </Td>
            <Td>
              <Typography textColor={item.assignee ? 'neutral800' : 'neutral600'}>
                {item.assignee?.name ?? t('queue.table.unassigned')}
              </Typography>
            </Td>
            <Td>
              <Typography>{item.residentName}</Typography>
            </Td>
            <Td>
              <Typography>{format.dateTime(item.receivedAt)}</Typography>
            </Td>
            <Td>
              {item.dueAt ? (
                <Typography fontWeight={item.overdue ? 'bold' : undefined} textColor={item.overdue ? 'danger700' : 'neutral800'}>
                  {item.overdue && `${t('queue.table.overdue')}: `}
                  {format.date(item.dueAt)}
                </Typography>
              ) : (
                <Typography textColor="neutral600">{t('queue.table.noDue')}</Typography>
              )}
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
