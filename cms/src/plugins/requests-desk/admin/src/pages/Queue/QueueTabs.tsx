import { Flex } from '@strapi/design-system';
import { Link } from 'react-router-dom';
import { styled } from 'styled-components';
import { QUEUES, type QueueQuery } from '../../../../contract';
import { useT } from '../../components/useT';
import { queueSearchParams } from '../../queueParams';

const QueueLink = styled(Link)`
  display: inline-block;
  padding: ${({ theme }) => `${theme.spaces[2]} ${theme.spaces[4]}`};
  border-bottom: 3px solid transparent;
  color: ${({ theme }) => theme.colors.primary600};
  font-weight: 600;
  font-size: 1.4rem;
  &[aria-current='page'] {
    color: ${({ theme }) => theme.colors.neutral800};
    border-bottom-color: ${({ theme }) => theme.colors.primary600};
  }
  &:focus-visible {
    outline: 2px solid ${({ theme }) => theme.colors.primary600};
    outline-offset: 2px;
  }
`;

/** All · Assigned to me (n) · Unassigned, as links that keep the other filters. */
export const QueueTabs = ({ query, mine }: { query: QueueQuery; mine: number | undefined }) => {
  const t = useT();
  const label = (queue: (typeof QUEUES)[number]) =>
    queue === 'mine' ? t('queue.tabs.mine', { count: mine ?? '…' }) : t(queue === 'all' ? 'queue.tabs.all' : 'queue.tabs.unassigned');
  return (
    <nav aria-label={t('queue.tabs.label')}>
      <Flex tag="ul" gap={2} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {QUEUES.map((queue) => (
          <li key={queue}>
            <QueueLink
              to={{ search: queueSearchParams({ ...query, queue, page: 1 }).toString() }}
              aria-current={query.queue === queue ? 'page' : undefined}
            >
              {label(queue)}
            </QueueLink>
          </li>
        ))}
      </Flex>
    </nav>
  );
};
