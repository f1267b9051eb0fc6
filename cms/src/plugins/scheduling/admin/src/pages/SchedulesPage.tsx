import { Layouts, Page } from '@strapi/strapi/admin';
import { Box, Button, Flex, Link, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';
import type { Schedule } from '../../../contract';
import { useSchedulingApi } from '../api';
import { DataTable } from '../../../../../admin/shared/DataTable';
import { ScheduleButtons } from '../components/ScheduleButtons';
import { StatusText } from '../components/StatusText';
import { useLoad } from '../../../../../admin/shared/useLoad';
import { keyOf, useCityTime, useT } from '../components/useT';

const entryPath = (schedule: Schedule) => `/content-manager/collection-types/${schedule.uid}/${schedule.documentId}?plugins[i18n][locale]=${schedule.locale}`;

const ScheduleRow = ({ schedule, timeZone, onChanged }: { schedule: Schedule; timeZone: string; onChanged: () => void }) => {
  const t = useT();
  const at = useCityTime(timeZone);
  const { locale } = useIntl();
  const languages = new Intl.DisplayNames([locale], { type: 'language' });
  const entry = schedule.label || t('table.deleted');
  return (
    <tr>
      <th scope="row">
        {schedule.label ? (
          <Link tag={NavLink} to={entryPath(schedule)} aria-label={t('table.open', { entry })}>
            {entry}
          </Link>
        ) : (
          entry
        )}
      </th>
      <td>{t(keyOf('type', schedule.uid))}</td>
      <td>{languages.of(schedule.locale) ?? schedule.locale}</td>
      <td>{t(keyOf('action', schedule.action))}</td>
      <td>{at(schedule.runAt)}</td>
      <td>
        <StatusText schedule={schedule} timeZone={timeZone} />
      </td>
      <td>
        <ScheduleButtons schedule={schedule} entry={entry} onChanged={onChanged} />
      </td>
    </tr>
  );
};

/** The Scheduled page: every scheduled change the editor may make, failures first in view. */
const SchedulesPage = () => {
  const t = useT();
  const api = useSchedulingApi();
  const list = useLoad(() => api.list(), 'all');
  const failed = list.data?.schedules.filter((schedule) => schedule.status === 'failed' || (schedule.status === 'pending' && schedule.nextAttemptAt !== null)).length ?? 0;
  return (
    <Page.Main>
      <Page.Title>{t('page.title')}</Page.Title>
      <Layouts.Header title={t('page.title')} subtitle={t('page.intro')} />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4} paddingBottom={10}>
          {list.state === 'failed' && (
            <Flex direction="column" alignItems="flex-start" gap={3} role="alert">
              <Typography>{t('common.loadFailed')}</Typography>
              <Button variant="secondary" onClick={list.reload}>
                {t('common.retry')}
              </Button>
            </Flex>
          )}
          {!list.data && list.state === 'loading' && <Page.Loading>{t('common.loading')}</Page.Loading>}
          {list.data && (
            <>
              <Typography>{t('common.cityTime', { timeZone: list.data.timeZone })}</Typography>
              {failed > 0 && (
                <Box role="status" padding={3} background="danger100" hasRadius>
                  <Typography textColor="danger700" fontWeight="bold">
                    {t('page.failedCount', { count: failed })}
                  </Typography>
                </Box>
              )}
              {list.data.schedules.length === 0 ? (
                <Typography>{t('page.empty')}</Typography>
              ) : (
                <DataTable>
                  <caption>{t('table.caption')}</caption>
                  <thead>
                    <tr>
                      {(['table.entry', 'table.type', 'table.language', 'table.action', 'table.when', 'table.status', 'table.actions'] as const).map((key) => (
                        <th key={key} scope="col">
                          {t(key)}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {list.data.schedules.map((schedule) => (
                      <ScheduleRow key={schedule.id} schedule={schedule} timeZone={list.data?.timeZone ?? 'UTC'} onChanged={list.reload} />
                    ))}
                  </tbody>
                </DataTable>
              )}
            </>
          )}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

export default SchedulesPage;
