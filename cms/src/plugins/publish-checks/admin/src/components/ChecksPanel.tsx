import { useLocation } from 'react-router-dom';
import { useIntl } from 'react-intl';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import type { Finding } from '@city/shared/publish-checks';
import { isEditorial, PLUGIN_ID } from '../../../contract';
import { fieldLabel, fieldWording, placeWording, ruleWording, type Wording } from '../../../contract/wording';
import { useChecks, type ChecksState } from './useChecks';

function useWording(uid = '') {
  const { formatMessage, locale } = useIntl();
  const languages = new Intl.DisplayNames([locale], { type: 'language' });
  const word = ({ key, values }: Wording, fallback = key) => formatMessage({ id: `${PLUGIN_ID}.${key}`, defaultMessage: fallback }, values);
  return {
    word,
    finding(finding: Finding): { where: string; what: string } {
      const place = placeWording(finding);
      const field = fieldLabel(uid, finding.field, locale) ?? word(fieldWording(finding), finding.field);
      return { where: place ? `${field}, ${word(place)}` : field, what: word(ruleWording(finding, (code) => languages.of(code) ?? code), finding.rule) };
    },
  };
}

function FindingList({ uid, findings, heading, tone }: { uid: string; findings: Finding[]; heading: string; tone: 'danger600' | 'warning600' }) {
  const { finding } = useWording(uid);
  if (findings.length === 0) return null;
  return (
    <Box>
      <Typography variant="sigma" textColor={tone} tag="h3">
        {heading} ({findings.length})
      </Typography>
      <Box tag="ul" paddingTop={1}>
        {findings.map((item, index) => {
          const { where, what } = finding(item);
          return (
            <Box tag="li" key={`${item.rule}-${item.field}-${item.path.join('.')}-${index}`} paddingTop={1}>
              <Typography variant="pi">
                <Typography variant="pi" fontWeight="bold">
                  {where}
                </Typography>
                : {what}
              </Typography>
            </Box>
          );
        })}
      </Box>
    </Box>
  );
}

function ChecksContent({ uid, state, checkAgain }: { uid: string; state: ChecksState; checkAgain: () => void }) {
  const { word } = useWording();
  const answer = state.status === 'done' ? state.answer : state.status === 'checking' ? state.last : undefined;
  const result = answer?.applicable ? answer : undefined;
  return (
    <Flex direction="column" alignItems="stretch" gap={3} width="100%">
      {/* Announced to screen readers when a check starts and ends. */}
      <Box aria-live="polite" role="status">
        {state.status === 'checking' && <Typography variant="pi">{word({ key: 'panel.checking', values: {} })}</Typography>}
        {state.status === 'failed' && (
          <Typography variant="pi" textColor="danger600">
            {word({ key: 'panel.failed', values: {} })}
          </Typography>
        )}
        {state.status === 'done' && result && result.blocking.length + result.warnings.length === 0 && (
          <Typography variant="pi">{word({ key: 'panel.none', values: {} })}</Typography>
        )}
      </Box>
      {result && <FindingList uid={uid} findings={result.blocking} heading={word({ key: 'panel.blocking', values: {} })} tone="danger600" />}
      {result && <FindingList uid={uid} findings={result.warnings} heading={word({ key: 'panel.warnings', values: {} })} tone="warning600" />}
      <Typography variant="pi" textColor="neutral600">
        {word({ key: 'panel.savedDraft', values: {} })}
      </Typography>
      <Button variant="secondary" onClick={checkAgain} loading={state.status === 'checking'} fullWidth>
        {word({ key: 'panel.checkAgain', values: {} })}
      </Button>
    </Flex>
  );
}

/** The side panel in the entry view of editorial types: what blocks publishing, and what only warns. */
export const ChecksPanel: PanelComponent = ({ model, documentId, meta }) => {
  const { word } = useWording();
  const { search } = useLocation();
  const locale = new URLSearchParams(search).get('plugins[i18n][locale]') ?? undefined;
  const editorial = isEditorial(model);
  const { state, checkAgain } = useChecks(editorial && documentId ? { uid: model, documentId, locale } : null, meta);
  if (!editorial) return null;
  const title = word({ key: 'panel.title', values: {} });
  if (!documentId) return { title, content: <Typography variant="pi">{word({ key: 'panel.notSaved', values: {} })}</Typography> };
  return { title, content: <ChecksContent uid={model} state={state} checkAgain={checkAgain} /> };
};
