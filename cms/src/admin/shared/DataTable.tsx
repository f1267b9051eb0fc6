// A plain table for our admin plugins' pages (desk, content review, scheduling, form metrics).
import { styled } from 'styled-components';

/**
 * A plain data table (the design system's Table is a keyboard grid, meant for rows one acts on as a
 * whole): caption, th scope, read the way screen readers read any table; its links and buttons are
 * ordinary tab stops.
 */
export const DataTable = styled.table`
  width: 100%;
  border-collapse: collapse;
  background: ${({ theme }) => theme.colors.neutral0};
  font-size: 1.4rem;
  color: ${({ theme }) => theme.colors.neutral800};
  caption {
    text-align: start;
    font-weight: 600;
    padding: ${({ theme }) => theme.spaces[2]} 0;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: ${({ theme }) => `${theme.spaces[2]} ${theme.spaces[3]}`};
    border-bottom: 1px solid ${({ theme }) => theme.colors.neutral200};
  }
  thead th {
    font-size: 1.2rem;
    text-transform: uppercase;
    color: ${({ theme }) => theme.colors.neutral700};
  }
  tbody th {
    font-weight: 600;
  }
  td.number {
    font-variant-numeric: tabular-nums;
  }
  a {
    color: ${({ theme }) => theme.colors.primary700};
    text-decoration: underline;
  }
`;
