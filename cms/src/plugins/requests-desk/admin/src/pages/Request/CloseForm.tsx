import { useState, type FormEvent } from 'react';
import { Button, Flex } from '@strapi/design-system';
import type { DeskAction, RequestDetail } from '../../../../contract';
import type { FieldErrors } from '../../api';
import { errorFor } from '../../components/fieldErrors';
import { SelectField, TextField, TextareaField } from '../../components/fields';
import { Section } from '../../components/Section';
import { keyOf, useT } from '../../components/useT';
import { FormErrors } from './FormErrors';
import { useAction } from './useAction';

type Reason = Extract<DeskAction, { type: 'close' }>['reason'];
const REASONS: Reason[] = ['fixed', 'no_action', 'referred'];

/** Close with a reason: fixed; no action possible (why); referred to another owner (who, and a link if there is one). */
export const CloseForm = ({ detail, onDone }: { detail: RequestDetail; onDone: () => void }) => {
  const t = useT();
  const { run, errors, busy, formRef } = useAction(detail.reference, onDone);
  const [reason, setReason] = useState<Reason>('fixed');
  const [closureDetail, setClosureDetail] = useState('');
  const [referralUrl, setReferralUrl] = useState('');
  const [publicNote, setPublicNote] = useState('');
  const needsDetail = reason !== 'fixed';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Said beside the field at once; the server checks it too.
    const missing: FieldErrors = needsDetail && !closureDetail.trim() ? [{ field: 'detail', code: 'required' }] : [];
    void run(
      {
        type: 'close',
        reason,
        detail: needsDetail ? closureDetail : undefined,
        referralUrl: reason === 'referred' ? referralUrl : undefined,
        publicNote: publicNote || undefined,
      },
      missing,
    );
  };

  return (
    <Section id="desk-action-close" title={t('actions.close.title')} level={3}>
      <form ref={formRef} onSubmit={submit} noValidate>
        <Flex direction="column" alignItems="stretch" gap={3}>
          <SelectField
            name="reason"
            label={t('actions.close.reason')}
            value={reason}
            choices={REASONS.map((value) => ({ value, label: t(keyOf('reason', value)) }))}
            error={errorFor(errors, 'reason', t)}
            onChange={(value) => setReason(value as Reason)}
          />
          {needsDetail && (
            <TextareaField
              name="detail"
              label={t(reason === 'no_action' ? 'actions.close.detailNoAction' : 'actions.close.detailReferred')}
              required
              value={closureDetail}
              error={errorFor(errors, 'detail', t)}
              onChange={setClosureDetail}
            />
          )}
          {reason === 'referred' && (
            <TextField
              name="referralUrl"
              type="url"
              label={t('actions.close.referralUrl')}
              value={referralUrl}
              error={errorFor(errors, 'referralUrl', t)}
              onChange={setReferralUrl}
            />
          )}
          <TextareaField
            name="closePublicNote"
            label={t('actions.close.publicNote')}
            hint={t('actions.status.publicNoteHint')}
            value={publicNote}
            error={errorFor(errors, 'publicNote', t)}
            onChange={setPublicNote}
          />
          <FormErrors errors={errors} shown={['reason', 'detail', 'referralUrl', 'publicNote']} />
          <Flex>
            <Button type="submit" variant="danger-light" loading={busy}>
              {t('actions.close.submit')}
            </Button>
          </Flex>
        </Flex>
      </form>
    </Section>
  );
};
