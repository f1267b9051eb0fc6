import { Box, Typography } from '@strapi/design-system';
import type { QueueCounts } from '../../../../contract';
import { DataTable } from '../../../../../../admin/shared/DataTable';
import { HiddenCaption } from '../../components/VisuallyHiddenCaption';
import { useT } from '../../components/useT';

/** New, open, overdue and waiting requests in each of the user's divisions. */
export const DivisionCounts = ({ counts }: { counts: QueueCounts[] }) => {
  const t = useT();
  if (counts.length === 0) return null;
  return (
    <Box tag="section" aria-labelledby="desk-counts-heading" background="neutral0" padding={4} hasRadius shadow="tableShadow">
      <Typography tag="h2" variant="delta" id="desk-counts-heading">
        {t('queue.counts.title')}
      </Typography>
      <DataTable>
        <HiddenCaption>{t('queue.counts.title')}</HiddenCaption>
        <thead>
          <tr>
            <th scope="col">{t('queue.counts.division')}</th>
            <th scope="col">{t('queue.counts.new')}</th>
            <th scope="col">{t('queue.counts.open')}</th>
            <th scope="col">{t('queue.counts.overdue')}</th>
            <th scope="col">{t('queue.counts.waiting')}</th>
          </tr>
        </thead>
        <tbody>
          {counts.map((row) => (
            <tr key={row.divisionKey}>
              <th scope="row">{row.divisionName}</th>
              <td className="number">{row.new}</td>
              <td className="number">{row.open}</td>
              <td className="number">{row.overdue > 0 ? <strong>{row.overdue}</strong> : row.overdue}</td>
              <td className="number">{row.waiting}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </Box>
  );
};
