import { Page } from '@strapi/strapi/admin';
import { Main } from '@strapi/design-system';
import { Route, Routes } from 'react-router-dom';
import { useDeskApi } from '../api';
import { LoadFailed } from '../components/LoadFailed';
import { MetaProvider, useMeta } from '../components/MetaContext';
import { useLoad } from '../../../../../admin/shared/useLoad';
import { useT } from '../components/useT';
import { DashboardPage } from './Dashboard/DashboardPage';
import { QueuePage } from './Queue/QueuePage';
import { RequestPage } from './Request/RequestPage';
import { TeamPage } from './Team/TeamPage';

/** The supervisors' pages; others get the admin's own "no permission" page. */
const SupervisorsOnly = ({ children }: { children: JSX.Element }) => (useMeta().supervisor ? children : <Page.NoPermissions />);

const App = () => {
  const api = useDeskApi();
  const t = useT();
  const meta = useLoad(api.meta, 'meta');
  if (meta.state === 'failed')
    return (
      <Main padding={10}>
        <LoadFailed onRetry={meta.reload} />
      </Main>
    );
  if (meta.state === 'loading' || !meta.data) return <Page.Loading>{t('common.loading')}</Page.Loading>;
  return (
    <MetaProvider meta={meta.data}>
      <Routes>
        <Route index element={<QueuePage />} />
        <Route path="requests/:reference" element={<RequestPage />} />
        <Route path="dashboard" element={<SupervisorsOnly><DashboardPage /></SupervisorsOnly>} />
        <Route path="team" element={<SupervisorsOnly><TeamPage /></SupervisorsOnly>} />
        <Route path="*" element={<Page.Error />} />
      </Routes>
    </MetaProvider>
  );
};

export default App;
