import { useEffect, useState } from 'react';
import { Layouts, Page } from '@strapi/strapi/admin';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import type { DueItem } from '../../../../contract';
import { useReviewApi } from '../../api';
import { useT } from '../../components/useT';
import { DueTable } from './DueTable';

type DueState = { status: 'loading' } | { status: 'failed' } | { status: 'done'; items: DueItem[] };

/** The "due for review" page: what to review, longest overdue first. */
const DuePage = () => {
  const t = useT();
  const api = useReviewApi();
  const [state, setState] = useState<DueState>({ status: 'loading' });
  const [round, setRound] = useState(0);

  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    api
      .due()
      .then((items) => current && setState({ status: 'done', items }))
      .catch(() => current && setState({ status: 'failed' }));
    return () => {
      current = false;
    };
  }, [api, round]);

  return (
    <Page.Main>
      <Page.Title>{t('due.title')}</Page.Title>
      <Layouts.Header title={t('due.title')} subtitle={t('due.intro')} />
      <Layouts.Content>
        <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
          {state.status === 'loading' && <Typography role="status">{t('due.loading')}</Typography>}
          {state.status === 'failed' && (
            <Flex direction="column" alignItems="flex-start" gap={3}>
              <Typography role="alert" textColor="danger600">
                {t('due.failed')}
              </Typography>
              <Button type="button" variant="secondary" onClick={() => setRound((value) => value + 1)}>
                {t('due.retry')}
              </Button>
            </Flex>
          )}
          {state.status === 'done' && (state.items.length === 0 ? <Typography>{t('due.empty')}</Typography> : <DueTable items={state.items} />)}
        </Box>
      </Layouts.Content>
    </Page.Main>
  );
};

export default DuePage;
