import { Button, Flex, Typography } from '@strapi/design-system';
import { useT } from './useT';

/** A load that failed: said in words, with a way to try again. */
export const LoadFailed = ({ onRetry, message }: { onRetry: () => void; message?: string }) => {
  const t = useT();
  return (
    <Flex direction="column" alignItems="flex-start" gap={3} role="alert">
      <Typography>{message ?? t('common.loadFailed')}</Typography>
      <Button variant="secondary" onClick={onRetry}>
        {t('common.retry')}
      </Button>
    </Flex>
  );
};
