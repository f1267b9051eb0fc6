import { Link } from 'react-router-dom';
import type { DueItem } from '../../../../contract';
import { DataTable } from '../../../../../../admin/shared/DataTable';
import { useFormat, useT } from '../../components/useT';

/** The entry's edit view in the content manager, in the locale that is listed. */
const editPath = (item: DueItem) => `/content-manager/collection-types/${item.uid}/${encodeURIComponent(item.documentId)}?plugins[i18n][locale]=${encodeURIComponent(item.locale)}`;

export function DueTable({ items }: { items: DueItem[] }) {
  const t = useT();
  const format = useFormat();
  return (
    <DataTable>
      <caption>{t('due.caption', { count: items.length })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('due.column.entry')}</th>
          <th scope="col">{t('due.column.type')}</th>
          <th scope="col">{t('due.column.language')}</th>
          <th scope="col">{t('due.column.owner')}</th>
          <th scope="col">{t('due.column.reviewDue')}</th>
          <th scope="col">{t('due.column.why')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={`${item.uid} ${item.documentId} ${item.locale}`}>
            <th scope="row">
              <Link to={editPath(item)}>{item.title}</Link>
            </th>
            <td>{t(`type.${item.uid}`)}</td>
            <td>{format.language(item.locale)}</td>
            <td>{item.ownerName ?? t('due.noOwner')}</td>
            <td>{item.reviewDue ? format.date(item.reviewDue) : t('due.noDate')}</td>
            <td>{[item.due && t('due.why.due'), item.translationOutOfDate && t('due.why.translation')].filter(Boolean).join('; ')}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
