import { Badge, Box, Flex, Typography } from '@strapi/design-system';
import { CLOSURE_REASONS, PRIORITIES, type TimelineEntry } from '../../../../contract';
import { styled } from 'styled-components';
import { useFormat } from '../../components/format';
import { Section } from '../../components/Section';
import { keyOf, useT } from '../../components/useT';

const Step = styled.li`
  padding: ${({ theme }) => theme.spaces[3]} 0;
  border-bottom: 1px solid ${({ theme }) => theme.colors.neutral200};
`;

const isOneOf = <T extends string>(values: readonly T[], value: string | null): value is T => value !== null && (values as readonly string[]).includes(value);

/** What happened, in words: keys (priorities, closure reasons) worded, names and references as they are. */
function useWhat() {
  const t = useT();
  return (entry: TimelineEntry): string => {
    switch (entry.kind) {
      case 'status':
        return t('kind.status', { status: t(keyOf('status', entry.status)) });
      case 'note':
        return t('kind.note');
      case 'assignment':
        return t('kind.assignment', { detail: entry.detail || t('kind.assignmentNone') });
      case 'priority':
        return t('kind.priority', { detail: isOneOf(PRIORITIES, entry.detail) ? t(keyOf('priority', entry.detail)) : entry.detail ?? '' });
      case 'division':
        return t('kind.division', { detail: entry.detail ?? '' });
      case 'closure':
        return t('kind.closure', { detail: isOneOf(CLOSURE_REASONS, entry.detail) ? t(keyOf('reason', entry.detail)) : entry.detail ?? t(keyOf('status', entry.status)) });
      case 'duplicate':
        return t('kind.duplicate', { detail: entry.detail ?? '' });
      case 'duplicated_by':
        return t('kind.duplicated_by', { detail: entry.detail ?? '' });
      case 'resident_reply':
        return t('kind.resident_reply');
    }
  };
}

/** The request's history, oldest first: when, who, what, and the notes (public ones marked as sent). */
export const Timeline = ({ entries }: { entries: TimelineEntry[] }) => {
  const t = useT();
  const format = useFormat();
  const what = useWhat();
  const oldestFirst = [...entries].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <Section id="desk-timeline" title={t('request.timeline')}>
      {oldestFirst.length === 0 ? (
        <Typography>{t('request.timelineEmpty')}</Typography>
      ) : (
        <ol style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {oldestFirst.map((entry, index) => (
            <Step key={`${entry.at}-${index}`}>
              <Flex direction="column" alignItems="flex-start" gap={2}>
                <Typography fontWeight="bold">{what(entry)}</Typography>
                <Typography variant="pi" textColor="neutral600">
                  <time dateTime={entry.at}>{format.dateTime(entry.at)}</time> · {entry.actor === 'staff' && entry.by ? t('request.by', { name: entry.by }) : entry.actor === 'resident' ? t('request.byResident') : t('request.bySystem')}
                </Typography>
                {entry.publicNote && (
                  <Box>
                    <Badge backgroundColor="success100" textColor="success700">
                      {t('request.sentToResident')}
                    </Badge>
                    <Typography tag="p" dir="auto" style={{ whiteSpace: 'pre-wrap', marginTop: 4 }}>
                      {entry.publicNote}
                    </Typography>
                  </Box>
                )}
                {entry.internalNote && (
                  <Box>
                    <Badge backgroundColor="warning100" textColor="warning700">
                      {t('request.internal')}
                    </Badge>
                    <Typography tag="p" dir="auto" style={{ whiteSpace: 'pre-wrap', marginTop: 4 }}>
                      {entry.internalNote}
                    </Typography>
                  </Box>
                )}
              </Flex>
            </Step>
          ))}
        </ol>
      )}
    </Section>
  );
};
