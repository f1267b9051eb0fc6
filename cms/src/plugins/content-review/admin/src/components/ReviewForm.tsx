import { useEffect, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import { Button, Field, Flex, SingleSelect, SingleSelectOption, TextInput } from '@strapi/design-system';
import type { EntryKey, FieldErrorsAnswer, Owner, ReviewAnswer } from '../../../contract';
import { useReviewApi, type WriteOutcome } from '../api';
import { useT } from './useT';

/** The design system's select wants a non-empty value for "nobody". */
const NOBODY = '-';

type Errors = FieldErrorsAnswer['errors'];
const errorFor = (errors: Errors, field: string) => errors.find((error) => error.field === field)?.code;

/** The owner and the review date, saved together. */
export function ReviewForm({ entry, review, owners, onSaved }: { entry: EntryKey; review: ReviewAnswer; owners: Owner[]; onSaved: (outcome: WriteOutcome) => void }) {
  const t = useT();
  const api = useReviewApi();
  const [ownerId, setOwnerId] = useState(review.ownerId === null ? NOBODY : String(review.ownerId));
  const [reviewDue, setReviewDue] = useState(review.reviewDue ?? '');
  const [errors, setErrors] = useState<Errors>([]);
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<'saved' | 'failed' | null>(null);

  // A review moved elsewhere (marked reviewed, the date set on publishing) shows here.
  useEffect(() => {
    setOwnerId(review.ownerId === null ? NOBODY : String(review.ownerId));
    setReviewDue(review.reviewDue ?? '');
  }, [review.ownerId, review.reviewDue]);

  const save = async () => {
    setSaving(true);
    setMessage(null);
    try {
      const outcome = await api.update({ ...entry, ownerId: ownerId === NOBODY ? null : Number(ownerId), reviewDue: reviewDue || null });
      setErrors(outcome.ok ? [] : outcome.errors);
      if (outcome.ok) setMessage('saved');
      onSaved(outcome);
    } catch {
      setMessage('failed');
    } finally {
      setSaving(false);
    }
  };

  // Enter in the date saves, as it would in a form of its own (and never submits the entry's form).
  const saveOnEnter = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    void save();
  };

  const ownerError = errorFor(errors, 'ownerId');
  const dateError = errorFor(errors, 'reviewDue');
  return (
    // Not a <form>: the panel sits inside the content manager's own form, and a nested form would submit that one.
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Field.Root name="content-review-owner" hint={t('panel.owner.hint')} error={ownerError ? t(`error.${ownerError}`) : undefined}>
        <Field.Label>{t('panel.owner')}</Field.Label>
        <SingleSelect value={ownerId} onChange={(next) => setOwnerId(String(next))} hasError={Boolean(ownerError)}>
          <SingleSelectOption value={NOBODY}>{t('panel.owner.none')}</SingleSelectOption>
          {owners.map((owner) => (
            <SingleSelectOption key={owner.id} value={String(owner.id)}>
              {owner.name}
            </SingleSelectOption>
          ))}
        </SingleSelect>
        <Field.Hint />
        <Field.Error />
      </Field.Root>
      <Field.Root name="content-review-date" hint={t('panel.reviewDue.hint')} error={dateError ? t(`error.${dateError}`) : undefined}>
        <Field.Label>{t('panel.reviewDue')}</Field.Label>
        <TextInput type="date" value={reviewDue} onChange={(event: ChangeEvent<HTMLInputElement>) => setReviewDue(event.target.value)} onKeyDown={saveOnEnter} />
        <Field.Hint />
        <Field.Error />
      </Field.Root>
      <Button type="button" variant="secondary" onClick={save} loading={saving} fullWidth>
        {t('panel.save')}
      </Button>
      {/* Announced when a save ends: only what the server stored is called saved. */}
      <div role="status" aria-live="polite">
        {message === 'saved' && t('panel.saved')}
        {message === 'failed' && t('panel.saveFailed')}
      </div>
    </Flex>
  );
}
