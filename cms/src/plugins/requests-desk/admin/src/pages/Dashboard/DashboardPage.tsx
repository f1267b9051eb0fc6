import { Flex, Grid, Loader, Typography } from '@strapi/design-system';
import type { Dashboard } from '../../../../contract';
import { useDeskApi } from '../../api';
import { DeskPage } from '../../components/DeskPage';
import { useFormat } from '../../components/format';
import { LoadFailed } from '../../components/LoadFailed';
import { Section } from '../../components/Section';
import { SummaryList } from '../../components/SummaryList';
import { DataTable } from '../../../../../../admin/shared/DataTable';
import { HiddenCaption } from '../../components/VisuallyHiddenCaption';
import { useLoad } from '../../../../../../admin/shared/useLoad';
import { useT } from '../../components/useT';
import { WeeklyChart } from './WeeklyChart';
import { weeklyGrid } from './weekly';

const Weekly = ({ weekly }: { weekly: Dashboard['weekly'] }) => {
  const t = useT();
  const format = useFormat();
  const grid = weeklyGrid(weekly);
  if (weekly.length === 0) return <Typography>{t('dashboard.noData')}</Typography>;
  return (
    <Grid.Root gap={6}>
      <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
        <WeeklyChart grid={grid} />
      </Grid.Item>
      <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
        <DataTable>
          <HiddenCaption>{t('dashboard.weekly')}</HiddenCaption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.weekColumn')}</th>
              {grid.services.map((service) => (
                <th scope="col" key={service}>
                  {service}
                </th>
              ))}
              <th scope="col">{t('dashboard.received')}</th>
            </tr>
          </thead>
          <tbody>
            {grid.weeks.map((week) => (
              <tr key={week}>
                <th scope="row">{format.day(week)}</th>
                {grid.services.map((service) => (
                  <td className="number" key={service}>
                    {format.number(grid.count(week, service), 0)}
                  </td>
                ))}
                <td className="number">
                  <strong>{format.number(grid.total(week), 0)}</strong>
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      </Grid.Item>
    </Grid.Root>
  );
};

/** Supervisors' view: how much comes in, what is open and late where, and how fast the desk answers. */
export const DashboardPage = () => {
  const t = useT();
  const api = useDeskApi();
  const format = useFormat();
  const dashboard = useLoad(api.dashboard, 'dashboard');
  const data = dashboard.data;
  const hours = (value: number | null) => (value === null ? t('dashboard.notAvailable') : t('dashboard.hours', { hours: format.number(value) }));

  return (
    <DeskPage title={t('dashboard.title')}>
      {dashboard.state === 'failed' && <LoadFailed onRetry={dashboard.reload} />}
      {!data && dashboard.state === 'loading' && <Loader>{t('common.loading')}</Loader>}
      {data && (
        <Flex direction="column" alignItems="stretch" gap={6}>
          <Section id="desk-totals" title={t('dashboard.totals')}>
            <SummaryList
              rows={[
                { key: 'received', label: t('dashboard.received'), value: format.number(data.totals.received, 0) },
                { key: 'resolved', label: t('dashboard.resolved'), value: format.number(data.totals.resolved, 0) },
                { key: 'open', label: t('dashboard.open'), value: format.number(data.totals.open, 0) },
                { key: 'overdue', label: t('dashboard.overdue'), value: format.number(data.totals.overdue, 0) },
              ]}
            />
          </Section>
          <Section id="desk-weekly" title={t('dashboard.weekly')}>
            <Weekly weekly={data.weekly} />
          </Section>
          <Section id="desk-by-division" title={t('dashboard.byDivision')}>
            <DataTable>
              <HiddenCaption>{t('dashboard.byDivision')}</HiddenCaption>
              <thead>
                <tr>
                  <th scope="col">{t('dashboard.division')}</th>
                  <th scope="col">{t('dashboard.open')}</th>
                  <th scope="col">{t('dashboard.overdue')}</th>
                </tr>
              </thead>
              <tbody>
                {data.openByDivision.map((row) => (
                  <tr key={row.divisionName}>
                    <th scope="row">{row.divisionName}</th>
                    <td className="number">{format.number(row.open, 0)}</td>
                    <td className="number">{row.overdue > 0 ? <strong>{format.number(row.overdue, 0)}</strong> : format.number(row.overdue, 0)}</td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          </Section>
          <Section id="desk-times" title={t('dashboard.times')}>
            <SummaryList
              rows={[
                { key: 'first', label: t('dashboard.firstResponse'), value: hours(data.medianHoursToFirstResponse) },
                { key: 'resolution', label: t('dashboard.resolution'), value: hours(data.medianHoursToResolution) },
                {
                  key: 'target',
                  label: t('dashboard.withinTarget'),
                  value: data.resolvedWithinTarget === null ? t('dashboard.notAvailable') : format.percent(data.resolvedWithinTarget),
                },
              ]}
            />
          </Section>
        </Flex>
      )}
    </DeskPage>
  );
};
