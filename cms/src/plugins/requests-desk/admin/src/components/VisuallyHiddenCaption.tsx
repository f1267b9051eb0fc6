import { styled } from 'styled-components';

/** A table caption screen readers announce but the page does not show (the heading above says it). */
export const HiddenCaption = styled.caption`
  position: absolute;
  width: 1px;
  height: 1px;
  padding: 0;
  margin: -1px;
  overflow: hidden;
  clip: rect(0, 0, 0, 0);
  white-space: nowrap;
  border: 0;
`;

/** A table caption shown as a small heading. */
export const Caption = styled.caption`
  text-align: start;
  font-weight: 600;
  font-size: 1.4rem;
  padding: ${({ theme }) => theme.spaces[3]} ${({ theme }) => theme.spaces[4]};
  color: ${({ theme }) => theme.colors.neutral800};
`;
