import type { ReactNode } from 'react';
import { styled } from 'styled-components';

const List = styled.dl`
  display: grid;
  grid-template-columns: minmax(12rem, 1fr) 2fr;
  margin: 0;
  & > div {
    display: contents;
  }
  dt,
  dd {
    margin: 0;
    padding: ${({ theme }) => theme.spaces[3]} 0;
    border-bottom: 1px solid ${({ theme }) => theme.colors.neutral200};
    font-size: 1.4rem;
    line-height: 1.5;
    color: ${({ theme }) => theme.colors.neutral800};
  }
  dt {
    font-weight: 600;
    padding-right: ${({ theme }) => theme.spaces[4]};
  }
  dd p {
    margin: 0 0 ${({ theme }) => theme.spaces[1]};
    white-space: pre-wrap;
  }
  a {
    color: ${({ theme }) => theme.colors.primary600};
  }
  a:focus-visible {
    outline: 2px solid ${({ theme }) => theme.colors.primary600};
    outline-offset: 2px;
  }
`;

export interface SummaryRow {
  key: string;
  label: ReactNode;
  value: ReactNode;
}

/** A check-your-answers list: each question or property, then its answer. */
export const SummaryList = ({ rows }: { rows: SummaryRow[] }) => (
  <List>
    {rows.map((row) => (
      <div key={row.key}>
        <dt>{row.label}</dt>
        <dd>{row.value}</dd>
      </div>
    ))}
  </List>
);
