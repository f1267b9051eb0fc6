import { useState } from 'react';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import type { EntryKey, ReviewAnswer } from '../../../contract';
import { useReviewApi, type WriteOutcome } from '../api';
import { useFormat, useT } from './useT';

/** Whether the review is due, when it was last done, and "Mark as reviewed". */
export function ReviewStatus({ entry, review, onReviewed }: { entry: EntryKey; review: ReviewAnswer; onReviewed: (outcome: WriteOutcome) => void }) {
  const t = useT();
  const format = useFormat();
  const api = useReviewApi();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'reviewed'; date: string } | { kind: 'failed' } | null>(null);

  const markReviewed = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const outcome = await api.markReviewed(entry);
      setMessage(outcome.ok && outcome.review.reviewDue ? { kind: 'reviewed', date: format.date(outcome.review.reviewDue) } : { kind: 'failed' });
      onReviewed(outcome);
    } catch {
      setMessage({ kind: 'failed' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      {review.due ? (
        <Box padding={3} background="danger100" borderColor="danger200" hasRadius>
          <Typography variant="pi" textColor="danger700" fontWeight="bold">
            {t('panel.due')}
          </Typography>
        </Box>
      ) : (
        <Typography variant="pi">{review.reviewDue ? t('panel.notDue', { date: format.date(review.reviewDue) }) : t('panel.noDate')}</Typography>
      )}
      {review.lastReviewedAt && (
        <Typography variant="pi" textColor="neutral600">
          {t('panel.lastReviewed', { date: format.date(review.lastReviewedAt) })}
        </Typography>
      )}
      {review.canEdit && (
        <Button type="button" variant={review.due ? 'default' : 'tertiary'} onClick={markReviewed} loading={busy} fullWidth>
          {t('panel.markReviewed')}
        </Button>
      )}
      <div role="status" aria-live="polite">
        {message?.kind === 'reviewed' && t('panel.reviewed', { date: message.date })}
        {message?.kind === 'failed' && t('panel.saveFailed')}
      </div>
    </Flex>
  );
}
