import { Page } from '@strapi/strapi/admin';
import { Routes, Route } from 'react-router-dom';
import { Main } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { PLUGIN_ID } from '../../../contract';

const QueuePage = () => {
  const { formatMessage } = useIntl();
  return (
    <Main>
      <h1>{formatMessage({ id: `${PLUGIN_ID}.queue.title`, defaultMessage: 'Requests' })}</h1>
    </Main>
  );
};

const App = () => (
  <Routes>
    <Route index element={<QueuePage />} />
    <Route path="*" element={<Page.Error />} />
  </Routes>
);

export default App;
