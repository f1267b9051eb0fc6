import { Box, Flex, Typography } from '@strapi/design-system';
import { useTheme } from 'styled-components';
import { useFormat } from '../../components/format';
import { useT } from '../../components/useT';
import type { WeeklyGrid } from './weekly';

const WIDTH = 640;
const HEIGHT = 240;
const BOTTOM = 40;
const TOP = 20;

/**
 * Requests per week, one stacked bar a week, one colour a service. An image with a title for screen
 * readers; the table beside it carries the same numbers for anyone who cannot read the picture.
 */
export const WeeklyChart = ({ grid }: { grid: WeeklyGrid }) => {
  const t = useT();
  const format = useFormat();
  const theme = useTheme();
  const palette = [theme.colors.primary600, theme.colors.success600, theme.colors.warning600, theme.colors.danger600, theme.colors.secondary600, theme.colors.alternative600, theme.colors.neutral600];
  const colour = (index: number) => palette[index % palette.length];
  const slot = WIDTH / Math.max(1, grid.weeks.length);
  const barWidth = Math.min(40, slot * 0.6);
  const scale = (HEIGHT - BOTTOM - TOP) / grid.max;

  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <svg role="img" aria-labelledby="desk-weekly-chart-title" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" style={{ maxWidth: WIDTH }}>
        <title id="desk-weekly-chart-title">{t('dashboard.weeklyChart')}</title>
        <line x1={0} x2={WIDTH} y1={HEIGHT - BOTTOM} y2={HEIGHT - BOTTOM} stroke={theme.colors.neutral500} />
        {grid.weeks.map((week, weekIndex) => {
          const x = weekIndex * slot + (slot - barWidth) / 2;
          let y = HEIGHT - BOTTOM;
          return (
            <g key={week}>
              {grid.services.map((service, serviceIndex) => {
                const height = grid.count(week, service) * scale;
                y -= height;
                return height > 0 ? <rect key={service} x={x} y={y} width={barWidth} height={height} fill={colour(serviceIndex)} /> : null;
              })}
              {grid.total(week) > 0 && (
                <text x={x + barWidth / 2} y={HEIGHT - BOTTOM - grid.total(week) * scale - 4} textAnchor="middle" fontSize="12" fill={theme.colors.neutral800}>
                  {format.number(grid.total(week), 0)}
                </text>
              )}
              <text x={x + barWidth / 2} y={HEIGHT - BOTTOM + 16} textAnchor="middle" fontSize="11" fill={theme.colors.neutral800}>
                {format.shortDay(week)}
              </text>
            </g>
          );
        })}
      </svg>
      <Flex tag="ul" gap={4} wrap="wrap" style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-hidden>
        {grid.services.map((service, index) => (
          <Flex tag="li" key={service} gap={2}>
            <Box width="1.2rem" height="1.2rem" style={{ background: colour(index) }} />
            <Typography variant="pi">{service}</Typography>
          </Flex>
        ))}
      </Flex>
    </Flex>
  );
};
