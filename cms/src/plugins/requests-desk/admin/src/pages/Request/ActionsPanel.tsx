import { Box, Flex, Typography } from '@strapi/design-system';
import type { RequestDetail } from '../../../../contract';
import { useT } from '../../components/useT';
import { AssignForm } from './AssignForm';
import { CloseForm } from './CloseForm';
import { DuplicateForm } from './DuplicateForm';
import { PriorityForm } from './PriorityForm';
import { StatusForm } from './StatusForm';

/** Everything staff can do to the request, one small form each. */
export const ActionsPanel = ({ detail, onDone }: { detail: RequestDetail; onDone: () => void }) => {
  const t = useT();
  return (
    <Box tag="section" aria-labelledby="desk-actions-heading" background="neutral0" padding={6} hasRadius shadow="tableShadow">
      <Typography tag="h2" variant="delta" id="desk-actions-heading">
        {t('actions.title')}
      </Typography>
      <Flex direction="column" alignItems="stretch" gap={4} paddingTop={3}>
        {/* Keyed by what they show, so a reload after an action resets them to the request's new state. */}
        <AssignForm key={`assign-${detail.assignee?.id ?? 'none'}`} detail={detail} onDone={onDone} />
        <StatusForm detail={detail} onDone={onDone} />
        <PriorityForm key={`priority-${detail.priority}`} detail={detail} onDone={onDone} />
        <CloseForm key={`close-${detail.status}`} detail={detail} onDone={onDone} />
        <DuplicateForm key={`duplicate-${detail.duplicateOf ?? 'none'}`} detail={detail} onDone={onDone} />
      </Flex>
    </Box>
  );
};
