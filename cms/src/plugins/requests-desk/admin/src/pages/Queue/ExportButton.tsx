import { useState } from 'react';
import { Button } from '@strapi/design-system';
import { Download } from '@strapi/icons';
import { useNotification } from '@strapi/strapi/admin';
import type { QueueQuery } from '../../../../contract';
import { useDeskApi } from '../../api';
import { useT } from '../../components/useT';

/** Downloads the filtered queue as CSV (fetched with the admin's token, then saved as a file). */
export const ExportButton = ({ query }: { query: QueueQuery }) => {
  const t = useT();
  const api = useDeskApi();
  const { toggleNotification } = useNotification();
  const [busy, setBusy] = useState(false);

  const download = async () => {
    setBusy(true);
    try {
      const { blob, filename } = await api.exportCsv(query);
      const url = URL.createObjectURL(blob);
      const anchor = document.createElement('a');
      anchor.href = url;
      anchor.download = filename;
      document.body.appendChild(anchor);
      anchor.click();
      anchor.remove();
      // The click has handed the blob to the browser's download; freeing it right away can cancel it in some browsers.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch {
      toggleNotification({ type: 'danger', message: t('queue.exportFailed') });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button variant="secondary" startIcon={<Download aria-hidden />} onClick={download} loading={busy}>
      {t('queue.export')}
    </Button>
  );
};
