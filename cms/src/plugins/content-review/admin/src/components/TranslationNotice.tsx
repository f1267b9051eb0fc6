import { useState } from 'react';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import type { EntryKey, TranslationState } from '../../../contract';
import { useReviewApi, type WriteOutcome } from '../api';
import { useFormat, useT } from './useT';

/** "Translation may be out of date" for a locale whose source changed after it, with the editor's "still right". */
export function TranslationNotice({ entry, translation, canEdit, onConfirmed }: { entry: EntryKey; translation: TranslationState; canEdit: boolean; onConfirmed: (outcome: WriteOutcome) => void }) {
  const t = useT();
  const format = useFormat();
  const api = useReviewApi();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<'confirmed' | 'failed' | null>(null);
  const language = format.language(translation.source);

  const confirm = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const outcome = await api.confirmTranslation(entry);
      setMessage(outcome.ok ? 'confirmed' : 'failed');
      onConfirmed(outcome);
    } catch {
      setMessage('failed');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      {translation.outOfDate ? (
        <Box padding={3} background="warning100" borderColor="warning200" hasRadius>
          <Typography variant="pi" textColor="warning700" fontWeight="bold">
            {t('translation.outOfDate', { language })}
          </Typography>
        </Box>
      ) : (
        <Typography variant="pi">{t('translation.upToDate', { language })}</Typography>
      )}
      {translation.outOfDate && canEdit && (
        <Button type="button" variant="tertiary" onClick={confirm} loading={busy} fullWidth>
          {t('translation.confirm')}
        </Button>
      )}
      <div role="status" aria-live="polite">
        {message === 'confirmed' && t('translation.confirmed')}
        {message === 'failed' && t('panel.saveFailed')}
      </div>
    </Flex>
  );
}
