import { Flex, Typography } from '@strapi/design-system';
import { Link } from 'react-router-dom';
import type { RequestDetail } from '../../../../contract';
import { useFormat } from '../../components/format';
import { PriorityText, StatusBadge } from '../../components/labels';
import { Section } from '../../components/Section';
import { SummaryList, type SummaryRow } from '../../components/SummaryList';
import { keyOf, useT } from '../../components/useT';
import { paths } from '../../paths';
import { FileLink } from './FileLink';

// What residents typed may be in a right-to-left language (Arabic) inside the admin's left-to-right page.
const Lines = ({ lines }: { lines: string[] }) => (
  <>
    {lines.map((line, index) => (
      <p key={index} dir="auto">
        {line}
      </p>
    ))}
  </>
);

const FileList = ({ files }: { files: RequestDetail['otherFiles'] }) => (
  <ul style={{ margin: 0, paddingInlineStart: '1.6rem' }}>
    {files.map((file, index) => (
      <li key={`${file.name}-${index}`}>
        <FileLink file={file} />
      </li>
    ))}
  </ul>
);

/** What the resident asked and how to reach them, then the request's own facts, as summary lists. */
export const RequestSummary = ({ detail }: { detail: RequestDetail }) => {
  const t = useT();
  const format = useFormat();

  const answers: SummaryRow[] = detail.answers.map((answer, index) => ({
    key: `answer-${index}`,
    label: answer.label,
    value:
      answer.lines.length === 0 && answer.files.length === 0 ? (
        <Typography textColor="neutral600">{t('common.notAnswered')}</Typography>
      ) : (
        <>
          <Lines lines={answer.lines} />
          {answer.files.length > 0 && <FileList files={answer.files} />}
        </>
      ),
  }));
  if (detail.otherFiles.length > 0) answers.push({ key: 'other-files', label: t('request.otherFiles'), value: <FileList files={detail.otherFiles} /> });

  const contact: SummaryRow[] = [
    { key: 'name', label: t('request.name'), value: <span dir="auto">{detail.contact.name}</span> },
    { key: 'email', label: t('request.email'), value: <a href={`mailto:${detail.contact.email}`}>{detail.contact.email}</a> },
    {
      key: 'phone',
      label: t('request.phone'),
      value: detail.contact.phone ? <a href={`tel:${detail.contact.phone.replace(/[^\d+]/g, '')}`}>{detail.contact.phone}</a> : t('request.noPhone'),
    },
  ];

  const facts: SummaryRow[] = [
    { key: 'status', label: t('request.status'), value: <StatusBadge status={detail.status} /> },
    { key: 'priority', label: t('request.priority'), value: <PriorityText priority={detail.priority} /> },
    { key: 'assignee', label: t('request.assignee'), value: detail.assignee?.name ?? t('queue.table.unassigned') },
    { key: 'service', label: t('request.service'), value: detail.serviceTitle },
    { key: 'division', label: t('request.division'), value: detail.divisionName },
    { key: 'received', label: t('request.received'), value: format.dateTime(detail.receivedAt) },
    {
      key: 'due',
      label: t('request.due'),
      value: !detail.dueAt ? (
        t('queue.table.noDue')
      ) : detail.overdue ? (
        <Typography fontWeight="bold" textColor="danger700">
          {t('request.overdue', { due: format.dateTime(detail.dueAt) })}
        </Typography>
      ) : (
        format.dateTime(detail.dueAt)
      ),
    },
    { key: 'channel', label: t('request.channel'), value: t(keyOf('channel', detail.channel)) },
    { key: 'language', label: t('request.language'), value: detail.languageName },
  ];
  if (detail.closure) {
    facts.push({ key: 'closure', label: t('request.closureReason'), value: t(keyOf('reason', detail.closure.reason)) });
    if (detail.closure.detail) facts.push({ key: 'closure-detail', label: t('request.closureDetail'), value: <Lines lines={[detail.closure.detail]} /> });
    if (detail.closure.referralUrl)
      facts.push({
        key: 'referral',
        label: t('request.referralUrl'),
        value: (
          <a href={detail.closure.referralUrl} target="_blank" rel="noopener noreferrer">
            {detail.closure.referralUrl}
          </a>
        ),
      });
  }
  if (detail.duplicateOf)
    facts.push({ key: 'duplicate-of', label: t('request.duplicateOf'), value: <Link to={paths.request(detail.duplicateOf)}>{detail.duplicateOf}</Link> });
  if (detail.duplicates.length > 0)
    facts.push({
      key: 'duplicates',
      label: t('request.duplicates'),
      value: (
        <ul style={{ margin: 0, paddingInlineStart: '1.6rem' }}>
          {detail.duplicates.map((reference) => (
            <li key={reference}>
              <Link to={paths.request(reference)}>{reference}</Link>
            </li>
          ))}
        </ul>
      ),
    });

  return (
    <Flex direction="column" alignItems="stretch" gap={6}>
      <Section id="desk-answers" title={t('request.answers')}>
        <SummaryList rows={answers} />
      </Section>
      <Section id="desk-contact" title={t('request.contact')}>
        <SummaryList rows={contact} />
      </Section>
      <Section id="desk-facts" title={t('request.details')}>
        <SummaryList rows={facts} />
      </Section>
    </Flex>
  );
};
