import { useFormat } from '../../components/format';
import { useT } from '../../components/useT';
import type { Answer } from '../../../../contract';

/** A resident's file: a link opening its short-lived signed address in a new tab, or its name when it cannot be had. */
export const FileLink = ({ file }: { file: Answer['files'][number] }) => {
  const t = useT();
  const format = useFormat();
  const size = format.size(file.size);
  if (!file.url) return <>{t('request.fileUnavailable', { name: file.name, size })}</>;
  return (
    <a href={file.url} target="_blank" rel="noopener noreferrer">
      {t('request.file', { name: file.name, size })}
    </a>
  );
};
