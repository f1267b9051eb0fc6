import { Flex, Grid, Loader } from '@strapi/design-system';
import { ArrowLeft } from '@strapi/icons';
import { isFetchError } from '@strapi/strapi/admin';
import { Link, useParams } from 'react-router-dom';
import { styled } from 'styled-components';
import { useDeskApi } from '../../api';
import { DeskPage } from '../../components/DeskPage';
import { LoadFailed } from '../../components/LoadFailed';
import { useLoad } from '../../../../../../admin/shared/useLoad';
import { useT } from '../../components/useT';
import { paths } from '../../paths';
import { ActionsPanel } from './ActionsPanel';
import { RequestSummary } from './RequestSummary';
import { Timeline } from './Timeline';

const BackLink = styled(Link)`
  display: inline-flex;
  align-items: center;
  gap: ${({ theme }) => theme.spaces[2]};
  color: ${({ theme }) => theme.colors.primary600};
  font-weight: 600;
  &:focus-visible {
    outline: 2px solid ${({ theme }) => theme.colors.primary600};
    outline-offset: 2px;
  }
`;

/** One request, read like a check-your-answers page, with its timeline and the actions beside it. */
export const RequestPage = () => {
  const t = useT();
  const api = useDeskApi();
  const reference = (useParams().reference ?? '').toUpperCase();
  const detail = useLoad(() => api.detail(reference), reference);

  const back = (
    <BackLink to={paths.queue}>
      <ArrowLeft aria-hidden />
      {t('request.back')}
    </BackLink>
  );
  const notFound = detail.state === 'failed' && isFetchError(detail.error) && detail.error.status === 404;

  return (
    <DeskPage title={t('request.title', { reference })} navigationAction={back}>
      {detail.state === 'failed' && <LoadFailed onRetry={detail.reload} message={notFound ? t('request.notFound') : undefined} />}
      {detail.state === 'loading' && !detail.data && <Loader>{t('common.loading')}</Loader>}
      {detail.data && (
        <Grid.Root gap={6} aria-busy={detail.state === 'loading'}>
          <Grid.Item col={8} s={12} direction="column" alignItems="stretch">
            <Flex direction="column" alignItems="stretch" gap={6}>
              <RequestSummary detail={detail.data} />
              <Timeline entries={detail.data.timeline} />
            </Flex>
          </Grid.Item>
          <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
            <ActionsPanel detail={detail.data} onDone={detail.reload} />
          </Grid.Item>
        </Grid.Root>
      )}
    </DeskPage>
  );
};
