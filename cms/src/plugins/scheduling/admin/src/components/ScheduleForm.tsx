import { useState, type ChangeEvent, type KeyboardEvent } from 'react';
import { Button, Field, Flex, SingleSelect, SingleSelectOption, TextInput, Typography } from '@strapi/design-system';
import { SCHEDULE_ACTIONS, type SchedulableUid, type Schedule } from '../../../contract';
import { useSchedulingApi, type FieldErrors } from '../api';
import { keyOf, useCityTime, useT } from './useT';

interface ScheduleFormProps {
  uid: SchedulableUid;
  documentId: string;
  locale: string;
  timeZone: string;
  onScheduled: () => void;
}

/** Publish or unpublish this entry, in this language, at a date and time on the city's clock. */
export const ScheduleForm = ({ uid, documentId, locale, timeZone, onScheduled }: ScheduleFormProps) => {
  const t = useT();
  const at = useCityTime(timeZone);
  const api = useSchedulingApi();
  const [action, setAction] = useState<(typeof SCHEDULE_ACTIONS)[number]>('publish');
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');
  const [errors, setErrors] = useState<FieldErrors>([]);
  const [outcome, setOutcome] = useState<{ saved: Schedule } | { notSent: true } | null>(null);
  const [busy, setBusy] = useState(false);
  const errorFor = (field: string) => {
    const found = errors.find((error) => error.field === field);
    return found ? t(keyOf('error', found.code)) : undefined;
  };

  const submit = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      const result = await api.create({ uid, documentId, locale, action, date, time });
      if (result.ok) {
        setErrors([]);
        setDate('');
        setTime('');
        setOutcome({ saved: result.schedule });
        onScheduled();
      } else setErrors(result.errors);
    } catch {
      setOutcome({ notSent: true });
    } finally {
      setBusy(false);
    }
  };
  const onEnter = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Enter' || !(event.target instanceof HTMLInputElement)) return;
    event.preventDefault();
    void submit();
  };
  // Refusals about fields the form does not show (the entry itself): said above the button.
  const other = errors.filter((error) => !['action', 'date', 'time'].includes(error.field));

  return (
    // Not a <form>: the panel sits inside the content manager's own form, and a nested form would
    // submit natively. Enter in the date or time field schedules, as it would in a form.
    <Flex direction="column" alignItems="stretch" gap={3} role="group" aria-label={t('panel.title')} onKeyDown={onEnter}>
      <Field.Root name="schedule-action" error={errorFor('action')} required>
        <Field.Label>{t('panel.action')}</Field.Label>
        <SingleSelect value={action} onChange={(next) => setAction(next === 'unpublish' ? 'unpublish' : 'publish')}>
          {SCHEDULE_ACTIONS.map((value) => (
            <SingleSelectOption key={value} value={value}>
              {t(keyOf('action', value))}
            </SingleSelectOption>
          ))}
        </SingleSelect>
        <Field.Error />
      </Field.Root>
      <Field.Root name="schedule-date" error={errorFor('date')} required>
        <Field.Label>{t('panel.date')}</Field.Label>
        <TextInput type="date" value={date} onChange={(event: ChangeEvent<HTMLInputElement>) => setDate(event.target.value)} />
        <Field.Error />
      </Field.Root>
      <Field.Root name="schedule-time" error={errorFor('time')} hint={t('panel.timeHint', { timeZone })} required>
        <Field.Label>{t('panel.time')}</Field.Label>
        <TextInput type="time" value={time} onChange={(event: ChangeEvent<HTMLInputElement>) => setTime(event.target.value)} />
        <Field.Hint />
        <Field.Error />
      </Field.Root>
      <Typography variant="pi" textColor="neutral600">
        {t('panel.savedDraft')}
      </Typography>
      {/* Announced when a schedule is stored or refused. */}
      <Flex direction="column" alignItems="stretch" gap={1} role="status" aria-live="polite">
        {outcome && 'saved' in outcome && <Typography variant="pi">{t('panel.saved', { action: t(keyOf('action', outcome.saved.action)), time: at(outcome.saved.runAt) })}</Typography>}
        {outcome && 'notSent' in outcome && <Typography variant="pi" textColor="danger600">{t('panel.notSent')}</Typography>}
        {other.map((error) => (
          <Typography key={error.field} variant="pi" textColor="danger600">
            {t(keyOf('error', error.code))}
          </Typography>
        ))}
      </Flex>
      <Button type="button" variant="secondary" loading={busy} fullWidth onClick={() => void submit()}>
        {t('panel.submit')}
      </Button>
    </Flex>
  );
};
