import { useState } from 'react';
import { Button, Flex, Typography } from '@strapi/design-system';
import type { Schedule } from '../../../contract';
import { useSchedulingApi } from '../api';
import { keyOf, useT } from './useT';

/** Cancel a schedule that has not run; try a failed one again now. Each button names its entry for screen readers. */
export const ScheduleButtons = ({ schedule, entry, onChanged }: { schedule: Schedule; entry: string; onChanged: () => void }) => {
  const t = useT();
  const api = useSchedulingApi();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const action = t(keyOf('action', schedule.action)).toLowerCase();
  const run = async (call: () => Promise<void>) => {
    setBusy(true);
    setFailed(false);
    try {
      await call();
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
      onChanged();
    }
  };
  const cancellable = schedule.status === 'pending' || schedule.status === 'failed';
  return (
    <Flex direction="column" alignItems="flex-start" gap={1}>
      <Flex gap={2} wrap="wrap">
        {schedule.status === 'failed' && (
          <Button size="S" variant="secondary" loading={busy} onClick={() => void run(() => api.retry(schedule.id))} aria-label={t('button.retryFor', { action, entry })}>
            {t('button.retry')}
          </Button>
        )}
        {cancellable && (
          <Button size="S" variant="danger-light" loading={busy} onClick={() => void run(() => api.cancel(schedule.id))} aria-label={t('button.cancelFor', { action, entry })}>
            {t('button.cancel')}
          </Button>
        )}
      </Flex>
      {failed && (
        <Typography variant="pi" textColor="danger600" role="alert">
          {t('button.failed')}
        </Typography>
      )}
    </Flex>
  );
};
