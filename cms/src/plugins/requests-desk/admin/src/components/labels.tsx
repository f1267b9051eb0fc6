import { Badge, Typography } from '@strapi/design-system';
import type { QueueItem } from '../../../contract';
import { keyOf, useT } from './useT';

/** A status in words, in a badge; finished statuses look quieter. */
export const StatusBadge = ({ status }: { status: QueueItem['status'] }) => {
  const t = useT();
  const finished = status === 'resolved' || status === 'closed' || status === 'rejected';
  return (
    <Badge backgroundColor={finished ? 'neutral150' : 'primary100'} textColor={finished ? 'neutral700' : 'primary700'}>
      {t(keyOf('status', status))}
    </Badge>
  );
};

/** A priority in words; high and urgent are bold, so the word and weight (not colour alone) tell. */
export const PriorityText = ({ priority }: { priority: QueueItem['priority'] }) => {
  const t = useT();
  const pressing = priority === 'high' || priority === 'urgent';
  return (
    <Typography fontWeight={pressing ? 'bold' : undefined} textColor={priority === 'urgent' ? 'danger700' : 'neutral800'}>
      {t(keyOf('priority', priority))}
    </Typography>
  );
};
