import { Box, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import type { QueueCounts } from '../../../../contract';
import { HiddenCaption } from '../../components/VisuallyHiddenCaption';
import { useT } from '../../components/useT';

/** New, open, overdue and waiting requests in each of the user's divisions. */
export const DivisionCounts = ({ counts }: { counts: QueueCounts[] }) => {
  const t = useT();
  if (counts.length === 0) return null;
  return (
    <Box tag="section" aria-labelledby="desk-counts-heading">
      <Typography tag="h2" variant="delta" id="desk-counts-heading">
        {t('queue.counts.title')}
      </Typography>
      <Box paddingTop={2}>
        <Table colCount={5} rowCount={counts.length + 1}>
          <HiddenCaption>{t('queue.counts.title')}</HiddenCaption>
          <Thead>
            <Tr>
              <Th scope="col">{t('queue.counts.division')}</Th>
              <Th scope="col">{t('queue.counts.new')}</Th>
              <Th scope="col">{t('queue.counts.open')}</Th>
              <Th scope="col">{t('queue.counts.overdue')}</Th>
              <Th scope="col">{t('queue.counts.waiting')}</Th>
            </Tr>
          </Thead>
          <Tbody>
            {counts.map((row) => (
              <Tr key={row.divisionKey}>
                <Th scope="row">
                  <Typography>{row.divisionName}</Typography>
                </Th>
                <Td>{row.new}</Td>
                <Td>{row.open}</Td>
                <Td>
                  <Typography fontWeight={row.overdue > 0 ? 'bold' : undefined}>{row.overdue}</Typography>
                </Td>
                <Td>{row.waiting}</Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      </Box>
    </Box>
  );
};
