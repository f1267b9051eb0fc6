import { useState, type FormEvent } from 'react';
import { Button, Flex } from '@strapi/design-system';
import { PRIORITIES, type RequestDetail } from '../../../../contract';
import { errorFor } from '../../components/fieldErrors';
import { SelectField } from '../../components/fields';
import { Section } from '../../components/Section';
import { keyOf, useT } from '../../components/useT';
import { FormErrors } from './FormErrors';
import { useAction } from './useAction';

export const PriorityForm = ({ detail, onDone }: { detail: RequestDetail; onDone: () => void }) => {
  const t = useT();
  const { run, errors, busy, formRef } = useAction(detail.reference, onDone);
  const [priority, setPriority] = useState<string>(detail.priority);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run({ type: 'priority', priority: priority as (typeof PRIORITIES)[number] });
  };

  return (
    <Section id="desk-action-priority" title={t('actions.priority.title')} level={3}>
      <form ref={formRef} onSubmit={submit}>
        <Flex direction="column" alignItems="stretch" gap={3}>
          <SelectField
            name="priority"
            label={t('actions.priority.priority')}
            value={priority}
            choices={PRIORITIES.map((value) => ({ value, label: t(keyOf('priority', value)) }))}
            error={errorFor(errors, 'priority', t)}
            onChange={setPriority}
          />
          <FormErrors errors={errors} shown={['priority']} />
          <Flex>
            <Button type="submit" variant="secondary" loading={busy}>
              {t('actions.priority.submit')}
            </Button>
          </Flex>
        </Flex>
      </form>
    </Section>
  );
};
