import { useLocation } from 'react-router-dom';
import { Button, Flex, Typography } from '@strapi/design-system';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { DEFAULT_LOCALE } from '@city/shared/locales';
import { isReviewed, type EntryKey } from '../../../contract';
import { ReviewForm } from './ReviewForm';
import { ReviewStatus } from './ReviewStatus';
import { TranslationNotice } from './TranslationNotice';
import { useReview } from './useReview';
import { useT } from './useT';

function ReviewContent({ entry, refreshKey }: { entry: EntryKey; refreshKey: unknown }) {
  const t = useT();
  const { state, reload, applied } = useReview(entry, refreshKey);
  if (state.status === 'loading') return <Typography variant="pi" role="status">{t('panel.loading')}</Typography>;
  if (state.status === 'failed')
    return (
      <Flex direction="column" alignItems="stretch" gap={2}>
        <Typography variant="pi" textColor="danger600" role="alert">
          {t('panel.failed')}
        </Typography>
        <Button type="button" variant="secondary" onClick={reload}>
          {t('panel.retry')}
        </Button>
      </Flex>
    );
  const { answer, owners } = state;
  if (!answer.applicable) return null;
  return (
    <Flex tag="section" aria-label={t('panel.title')} direction="column" alignItems="stretch" gap={4} width="100%">
      {answer.translation && <TranslationNotice entry={entry} translation={answer.translation} canEdit={answer.canEdit} onConfirmed={applied} />}
      <ReviewStatus entry={entry} review={answer} onReviewed={applied} />
      {answer.canEdit ? (
        <ReviewForm entry={entry} review={answer} owners={owners} onSaved={applied} />
      ) : (
        <Typography variant="pi" textColor="neutral600">
          {t('panel.readOnly')}
        </Typography>
      )}
    </Flex>
  );
}

/** The side panel in the entry view of pages, services and departments: owner, review date, translation state. */
export const ReviewPanel: PanelComponent = ({ model, documentId, meta }) => {
  const t = useT();
  const { search } = useLocation();
  const locale = new URLSearchParams(search).get('plugins[i18n][locale]') ?? DEFAULT_LOCALE;
  if (!isReviewed(model)) return null;
  const title = t('panel.title');
  if (!documentId) return { title, content: <Typography variant="pi">{t('panel.notSaved')}</Typography> };
  return { title, content: <ReviewContent entry={{ uid: model, documentId, locale }} refreshKey={meta} /> };
};
