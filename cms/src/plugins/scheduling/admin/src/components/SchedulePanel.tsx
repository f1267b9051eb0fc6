import { useLocation } from 'react-router-dom';
import { Box, Flex, Typography } from '@strapi/design-system';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { isSchedulable, type ScheduleList } from '../../../contract';
import { useSchedulingApi } from '../api';
import { ScheduleButtons } from './ScheduleButtons';
import { ScheduleForm } from './ScheduleForm';
import { StatusText } from './StatusText';
import { useLoad } from '../../../../../admin/shared/useLoad';
import { keyOf, useCityTime, useT } from './useT';

const ScheduledList = ({ list, entry, onChanged }: { list: ScheduleList; entry: string; onChanged: () => void }) => {
  const t = useT();
  const at = useCityTime(list.timeZone);
  const shown = list.schedules.filter((schedule) => schedule.status !== 'done');
  if (shown.length === 0) return <Typography variant="pi">{t('panel.none')}</Typography>;
  return (
    <Box tag="ul">
      {shown.map((schedule) => (
        <Box tag="li" key={schedule.id} paddingBottom={3}>
          <Typography variant="omega" fontWeight="bold" tag="p">
            {t(keyOf('action', schedule.action))}: {at(schedule.runAt)}
          </Typography>
          <StatusText schedule={schedule} timeZone={list.timeZone} />
          <Box paddingTop={1}>
            <ScheduleButtons schedule={schedule} entry={entry} onChanged={onChanged} />
          </Box>
        </Box>
      ))}
    </Box>
  );
};

const PanelContent = ({ uid, documentId, locale, entry }: { uid: Parameters<typeof ScheduleForm>[0]['uid']; documentId: string; locale: string; entry: string }) => {
  const t = useT();
  const api = useSchedulingApi();
  const list = useLoad(() => api.list({ uid, documentId, locale }), `${uid}|${documentId}|${locale}`);
  return (
    <Flex direction="column" alignItems="stretch" gap={4} width="100%">
      <Box>
        <Typography variant="sigma" tag="h3">
          {t('panel.scheduled')}
        </Typography>
        <Box paddingTop={2} aria-live="polite">
          {list.state === 'failed' && <Typography variant="pi" textColor="danger600">{t('common.loadFailed')}</Typography>}
          {!list.data && list.state === 'loading' && <Typography variant="pi">{t('common.loading')}</Typography>}
          {list.data && <ScheduledList list={list.data} entry={entry} onChanged={list.reload} />}
        </Box>
      </Box>
      {list.data && <ScheduleForm uid={uid} documentId={documentId} locale={locale} timeZone={list.data.timeZone} onScheduled={list.reload} />}
    </Flex>
  );
};

/** The entry view's Schedule panel (departments, services, pages, alerts): what is scheduled in this language, and a form to add one. */
export const SchedulePanel: PanelComponent = ({ model, documentId, document }) => {
  const t = useT();
  const { search } = useLocation();
  if (!isSchedulable(model)) return null;
  const title = t('panel.title');
  if (!documentId) return { title, content: <Typography variant="pi">{t('panel.notSaved')}</Typography> };
  const locale = new URLSearchParams(search).get('plugins[i18n][locale]') ?? (typeof document?.locale === 'string' ? document.locale : 'en');
  const fields = (document ?? {}) as Record<string, unknown>;
  const entry = [fields.title, fields.name, fields.message].find((value): value is string => typeof value === 'string' && value !== '') ?? documentId;
  return { title, content: <PanelContent uid={model} documentId={documentId} locale={locale} entry={entry} /> };
};
