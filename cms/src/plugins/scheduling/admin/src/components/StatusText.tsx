import { Typography } from '@strapi/design-system';
import type { Schedule } from '../../../contract';
import { CheckFindings } from './CheckFindings';
import { useCityTime, useT } from './useT';

/**
 * Where a schedule stands, in words: waiting, done when, or failed with the reason and the next try.
 * A refusal by the checks before publishing is worded in the admin's language; any other failure
 * shows the CMS's own message (English, as Strapi gives it).
 */
export const StatusText = ({ schedule, timeZone }: { schedule: Schedule; timeZone: string }) => {
  const t = useT();
  const at = useCityTime(timeZone);
  const retrying = schedule.status === 'pending' && schedule.nextAttemptAt !== null;
  const failed = schedule.status === 'failed' || retrying;
  const words = retrying
    ? t('status.retrying', { attempts: schedule.attempts, max: schedule.maxAttempts, time: at(schedule.nextAttemptAt ?? schedule.runAt) })
    : schedule.status === 'done'
      ? t('status.done', { time: at(schedule.doneAt ?? schedule.runAt) })
      : schedule.status === 'failed'
        ? t('status.failed', { attempts: schedule.attempts })
        : t(`status.${schedule.status}`);
  return (
    <>
      <Typography variant="pi" fontWeight={failed ? 'bold' : undefined} textColor={failed ? 'danger600' : undefined}>
        {words}
      </Typography>
      {failed && schedule.lastErrorFindings && <CheckFindings uid={schedule.uid} findings={schedule.lastErrorFindings} />}
      {failed && !schedule.lastErrorFindings && schedule.lastError && (
        <Typography variant="pi" tag="p">
          {t('status.reason', { message: schedule.lastError })}
        </Typography>
      )}
    </>
  );
};
