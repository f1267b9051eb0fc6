import { useState, type FormEvent } from 'react';
import { Button, Flex } from '@strapi/design-system';
import type { RequestDetail } from '../../../../contract';
import { errorFor } from '../../components/fieldErrors';
import { SelectField } from '../../components/fields';
import { useMeta } from '../../components/MetaContext';
import { Section } from '../../components/Section';
import { useT } from '../../components/useT';
import { FormErrors } from './FormErrors';
import { useAction } from './useAction';

/** Assign to a colleague, take it, or unassign. */
export const AssignForm = ({ detail, onDone }: { detail: RequestDetail; onDone: () => void }) => {
  const t = useT();
  const meta = useMeta();
  const { run, errors, busy, formRef } = useAction(detail.reference, onDone);
  const [assignee, setAssignee] = useState(detail.assignee ? String(detail.assignee.id) : '');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run({ type: 'assign', assigneeId: assignee ? Number(assignee) : null });
  };
  const mine = detail.assignee?.id === meta.me.id;

  return (
    <Section id="desk-action-assign" title={t('actions.assign.title')} level={3}>
      <form ref={formRef} onSubmit={submit}>
        <Flex direction="column" alignItems="stretch" gap={3}>
          <SelectField
            name="assigneeId"
            label={t('actions.assign.to')}
            emptyLabel={t('bulk.unassign')}
            value={assignee}
            choices={meta.staff.map((person) => ({ value: String(person.id), label: person.name }))}
            error={errorFor(errors, 'assigneeId', t)}
            onChange={setAssignee}
          />
          <FormErrors errors={errors} shown={['assigneeId']} />
          <Flex gap={2} wrap="wrap">
            <Button type="submit" variant="secondary" loading={busy}>
              {t('actions.assign.submit')}
            </Button>
            {!mine && (
              <Button type="button" onClick={() => void run({ type: 'assign', assigneeId: meta.me.id })} disabled={busy}>
                {t('actions.assign.take')}
              </Button>
            )}
            {detail.assignee && (
              <Button type="button" variant="tertiary" onClick={() => void run({ type: 'assign', assigneeId: null })} disabled={busy}>
                {t('actions.assign.unassign')}
              </Button>
            )}
          </Flex>
        </Flex>
      </form>
    </Section>
  );
};
