import { Flex } from '@strapi/design-system';
import { useFormat } from '../../components/format';
import { useT } from '../../components/useT';
import type { Answer } from '../../../../contract';

/**
 * A resident's file: its name opens it in a new tab to read (the signed link with `view=inline`),
 * a second link saves it; both expire soon. Its name alone when it cannot be had.
 */
export const FileLink = ({ file }: { file: Answer['files'][number] }) => {
  const t = useT();
  const format = useFormat();
  const size = format.size(file.size);
  if (!file.url) return <>{t('request.fileUnavailable', { name: file.name, size })}</>;
  return (
    <Flex tag="span" gap={3} wrap="wrap" display="inline-flex">
      <a href={`${file.url}&view=inline`} target="_blank" rel="noopener noreferrer">
        {t('request.filePreview', { name: file.name, size })}
      </a>
      <a href={file.url} download={file.name}>
        {t('request.fileDownload', { name: file.name })}
      </a>
    </Flex>
  );
};
