import { Flex } from '@strapi/design-system';
import { NavLink } from 'react-router-dom';
import { styled } from 'styled-components';
import { useMeta } from './MetaContext';
import { useT } from './useT';
import { paths } from '../paths';

const NavItem = styled(NavLink)`
  color: ${({ theme }) => theme.colors.primary600};
  font-weight: 600;
  font-size: 1.4rem;
  padding: ${({ theme }) => `${theme.spaces[1]} ${theme.spaces[2]}`};
  border-radius: ${({ theme }) => theme.borderRadius};
  text-decoration: underline;
  &[aria-current='page'] {
    color: ${({ theme }) => theme.colors.neutral800};
    text-decoration: none;
    background: ${({ theme }) => theme.colors.primary100};
  }
  &:focus-visible {
    outline: 2px solid ${({ theme }) => theme.colors.primary600};
    outline-offset: 2px;
  }
`;

/** Queue · Dashboard · Team; the supervisors' pages only for supervisors. */
export const DeskNav = () => {
  const t = useT();
  const { supervisor } = useMeta();
  return (
    <nav aria-label={t('nav.label')}>
      <Flex tag="ul" gap={2} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        <li>
          <NavItem to={paths.queue} end>
            {t('nav.queue')}
          </NavItem>
        </li>
        {supervisor && (
          <>
            <li>
              <NavItem to={paths.dashboard}>
                {t('nav.dashboard')}
              </NavItem>
            </li>
            <li>
              <NavItem to={paths.team}>
                {t('nav.team')}
              </NavItem>
            </li>
          </>
        )}
      </Flex>
    </nav>
  );
};
