import { useState, type FormEvent } from 'react';
import { Button, Flex } from '@strapi/design-system';
import { REQUEST_STATUSES } from '@city/shared/forms';
import type { RequestDetail } from '../../../../contract';
import { errorFor } from '../../components/fieldErrors';
import { SelectField, TextareaField } from '../../components/fields';
import { Section } from '../../components/Section';
import { keyOf, useT } from '../../components/useT';
import { FormErrors } from './FormErrors';
import { useAction } from './useAction';

type Status = (typeof REQUEST_STATUSES)[number];

/** A status change and/or a public reply (from a template, if one fits) and/or an internal note. */
export const StatusForm = ({ detail, onDone }: { detail: RequestDetail; onDone: () => void }) => {
  const t = useT();
  const { run, errors, busy, formRef } = useAction(detail.reference, onDone);
  const [status, setStatus] = useState('');
  const [template, setTemplate] = useState('');
  const [publicNote, setPublicNote] = useState('');
  const [internalNote, setInternalNote] = useState('');

  const useTemplate = (id: string) => {
    setTemplate(id);
    const chosen = detail.templates.find((candidate) => candidate.id === id);
    if (chosen) setPublicNote(chosen.body);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const notes = { publicNote: publicNote || undefined, internalNote: internalNote || undefined };
    const done = await run(status ? { type: 'status', status: status as Status, ...notes } : { type: 'note', ...notes });
    if (done) {
      setStatus('');
      setTemplate('');
      setPublicNote('');
      setInternalNote('');
    }
  };

  return (
    <Section id="desk-action-status" title={t('actions.status.title')} level={3}>
      <form ref={formRef} onSubmit={submit}>
        <Flex direction="column" alignItems="stretch" gap={3}>
          <SelectField
            name="status"
            label={t('actions.status.status')}
            emptyLabel={t('actions.status.keep')}
            value={status}
            choices={REQUEST_STATUSES.map((value) => ({ value, label: t(keyOf('status', value)) }))}
            error={errorFor(errors, 'status', t)}
            onChange={setStatus}
          />
          {detail.templates.length > 0 && (
            <SelectField
              name="template"
              label={t('actions.status.template')}
              emptyLabel={t('actions.status.templateNone')}
              value={template}
              choices={detail.templates.map((candidate) => ({ value: candidate.id, label: candidate.title }))}
              onChange={useTemplate}
            />
          )}
          <TextareaField
            name="publicNote"
            label={t('actions.status.publicNote')}
            hint={t('actions.status.publicNoteHint')}
            value={publicNote}
            error={errorFor(errors, 'publicNote', t)}
            onChange={setPublicNote}
          />
          <TextareaField
            name="internalNote"
            label={t('actions.status.internalNote')}
            hint={t('actions.status.internalNoteHint')}
            value={internalNote}
            error={errorFor(errors, 'internalNote', t)}
            onChange={setInternalNote}
          />
          <FormErrors errors={errors} shown={['status', 'publicNote', 'internalNote']} />
          <Flex>
            <Button type="submit" loading={busy}>
              {t('actions.status.submit')}
            </Button>
          </Flex>
        </Flex>
      </form>
    </Section>
  );
};
