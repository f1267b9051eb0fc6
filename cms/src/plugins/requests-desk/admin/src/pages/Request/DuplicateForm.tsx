import { useState, type FormEvent } from 'react';
import { Button, Flex } from '@strapi/design-system';
import type { RequestDetail } from '../../../../contract';
import { errorFor } from '../../components/fieldErrors';
import { TextField } from '../../components/fields';
import { Section } from '../../components/Section';
import { useT } from '../../components/useT';
import { FormErrors } from './FormErrors';
import { useAction } from './useAction';

/** Marks this request as a duplicate of another, by its reference. */
export const DuplicateForm = ({ detail, onDone }: { detail: RequestDetail; onDone: () => void }) => {
  const t = useT();
  const { run, errors, busy, formRef } = useAction(detail.reference, onDone);
  const [of, setOf] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run({ type: 'duplicate', of }, of.trim() ? [] : [{ field: 'of', code: 'required' }]);
  };

  return (
    <Section id="desk-action-duplicate" title={t('actions.duplicate.title')} level={3}>
      <form ref={formRef} onSubmit={submit} noValidate>
        <Flex direction="column" alignItems="stretch" gap={3}>
          <TextField name="of" label={t('actions.duplicate.of')} required value={of} error={errorFor(errors, 'of', t)} onChange={setOf} />
          <FormErrors errors={errors} shown={['of']} />
          <Flex>
            <Button type="submit" variant="secondary" loading={busy}>
              {t('actions.duplicate.submit')}
            </Button>
          </Flex>
        </Flex>
      </form>
    </Section>
  );
};
