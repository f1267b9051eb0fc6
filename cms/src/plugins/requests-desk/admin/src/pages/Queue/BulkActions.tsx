import { useState, type FormEvent } from 'react';
import { Box, Button, Flex, Grid, Typography } from '@strapi/design-system';
import { REQUEST_STATUSES } from '@city/shared/forms';
import type { BulkAction, BulkResult } from '../../../../contract';
import { useDeskApi, type FieldErrors } from '../../api';
import { errorFor, otherErrors } from '../../components/fieldErrors';
import { SelectField, TextField, TextareaField } from '../../components/fields';
import { useMeta } from '../../components/MetaContext';
import { keyOf, useT, type MessageKey } from '../../components/useT';
import { en } from '../../translations/en';

type Kind = BulkAction['action']['type'];

/** One action on every selected request; the answer says which were done and which were not, and why. */
export const BulkActions = ({ references, onDone }: { references: string[]; onDone: () => void }) => {
  const t = useT();
  const api = useDeskApi();
  const meta = useMeta();
  const [kind, setKind] = useState<Kind>('assign');
  const [assignee, setAssignee] = useState('');
  const [status, setStatus] = useState<string>('in_progress');
  const [publicNote, setPublicNote] = useState('');
  const [of, setOf] = useState('');
  const [errors, setErrors] = useState<FieldErrors>([]);
  const [result, setResult] = useState<BulkResult | null>(null);
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);

  const action = (): BulkAction['action'] => {
    if (kind === 'assign') return { type: 'assign', assigneeId: assignee ? Number(assignee) : null };
    if (kind === 'status') return { type: 'status', status: status as (typeof REQUEST_STATUSES)[number], publicNote: publicNote || undefined };
    return { type: 'duplicate', of, publicNote: publicNote || undefined };
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setErrors([]);
    setResult(null);
    setFailed(false);
    try {
      const answer = await api.bulk({ references, action: action() });
      if (answer.ok) {
        setResult(answer.result);
        onDone();
      } else setErrors(answer.errors);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  const reasonOf = (code: string) => t(`error.${code}` in en ? (`error.${code}` as MessageKey) : 'error.unknown');
  const shown = ['action.assigneeId', 'action.status', 'action.of', 'action.publicNote'];

  return (
    <Box tag="section" aria-labelledby="desk-bulk-heading" background="neutral0" padding={4} hasRadius shadow="tableShadow">
      <Typography tag="h2" variant="delta" id="desk-bulk-heading">
        {t('bulk.title', { count: references.length })}
      </Typography>
      <form onSubmit={submit}>
        <Grid.Root gap={4} paddingTop={3}>
          <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
            <SelectField
              name="bulk-action"
              label={t('bulk.action')}
              value={kind}
              choices={[
                { value: 'assign', label: t('bulk.assign') },
                { value: 'status', label: t('bulk.status') },
                { value: 'duplicate', label: t('bulk.duplicate') },
              ]}
              onChange={(value) => setKind(value as Kind)}
            />
          </Grid.Item>
          <Grid.Item col={8} s={12} direction="column" alignItems="stretch" gap={3}>
            {kind === 'assign' && (
              <SelectField
                name="bulk-assignee"
                label={t('bulk.assignee')}
                emptyLabel={t('bulk.unassign')}
                value={assignee}
                choices={meta.staff.map((person) => ({ value: String(person.id), label: person.name }))}
                error={errorFor(errors, 'action.assigneeId', t)}
                onChange={setAssignee}
              />
            )}
            {kind === 'status' && (
              <SelectField
                name="bulk-status"
                label={t('bulk.newStatus')}
                value={status}
                choices={REQUEST_STATUSES.map((value) => ({ value, label: t(keyOf('status', value)) }))}
                error={errorFor(errors, 'action.status', t)}
                onChange={setStatus}
              />
            )}
            {kind === 'duplicate' && (
              <TextField name="bulk-of" label={t('bulk.of')} required value={of} error={errorFor(errors, 'action.of', t)} onChange={setOf} />
            )}
            {kind !== 'assign' && (
              <TextareaField
                name="bulk-public-note"
                label={t('actions.close.publicNote')}
                hint={t('actions.status.publicNoteHint')}
                value={publicNote}
                error={errorFor(errors, 'action.publicNote', t)}
                onChange={setPublicNote}
              />
            )}
          </Grid.Item>
        </Grid.Root>
        <Flex paddingTop={4}>
          <Button type="submit" loading={busy}>
            {t('bulk.apply')}
          </Button>
        </Flex>
      </form>
      <Box aria-live="polite" paddingTop={3}>
        {failed && <Typography textColor="danger700">{t('actions.error')}</Typography>}
        {otherErrors(errors, shown, t).map((message) => (
          <Typography key={message} tag="p" textColor="danger700">
            {message}
          </Typography>
        ))}
        {result && (
          <>
            <Typography tag="p" fontWeight="bold">
              {t('bulk.done', { count: result.done.length })}
            </Typography>
            {result.failed.length > 0 && (
              <>
                <Typography tag="p" textColor="danger700">
                  {t('bulk.failed', { count: result.failed.length })}
                </Typography>
                <ul>
                  {result.failed.map((item) => (
                    <li key={item.reference}>
                      <Typography>{t('bulk.failedItem', { reference: item.reference, error: reasonOf(item.error) })}</Typography>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
      </Box>
    </Box>
  );
};
