import { useIntl } from 'react-intl';
import { Box, Typography } from '@strapi/design-system';
import type { Schedule } from '../../../contract';
// The checks' own wording (their plugin registers these messages): the same words as the entry's Checks panel.
import { fieldLabel, fieldWording, placeWording, ruleWording, type Wording } from '../../../../publish-checks/contract/wording';
import { useT } from './useT';

type Finding = NonNullable<Schedule['lastErrorFindings']>[number];

/** Why the checks before publishing refused a scheduled publish, problem by problem, in the admin's language. */
export const CheckFindings = ({ uid, findings }: { uid: string; findings: Finding[] }) => {
  const t = useT();
  const { formatMessage, locale } = useIntl();
  const languages = new Intl.DisplayNames([locale], { type: 'language' });
  const word = ({ key, values }: Wording, fallback: string) => formatMessage({ id: `publish-checks.${key}`, defaultMessage: fallback }, values);
  const describe = (finding: Finding) => {
    const field = fieldLabel(uid, finding.field, locale) ?? word(fieldWording(finding), finding.field);
    const place = placeWording(finding);
    return `${place ? `${field}, ${word(place, '')}` : field}: ${word(ruleWording(finding, (code) => languages.of(code) ?? code), finding.rule)}`;
  };
  return (
    <Box>
      <Typography variant="pi" tag="p">
        {t('status.refusedByChecks')}
      </Typography>
      <Box tag="ul" paddingLeft={4} style={{ listStyle: 'disc' }}>
        {findings.map((finding, index) => (
          <Box tag="li" key={`${finding.rule}-${finding.field}-${finding.path.join('.')}-${index}`}>
            <Typography variant="pi">{describe(finding)}</Typography>
          </Box>
        ))}
      </Box>
    </Box>
  );
};
