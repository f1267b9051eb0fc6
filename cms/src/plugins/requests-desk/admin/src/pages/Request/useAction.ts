import { useEffect, useRef, useState } from 'react';
import { useNotification } from '@strapi/strapi/admin';
import { actionSchema, type DeskAction } from '../../../../contract';
import { useDeskApi, type FieldErrors } from '../../api';
import { useT } from '../../components/useT';

/**
 * Runs one action on the request: checked against the contract first (so a bad link or reference is
 * said beside its field without a round trip), then sent; the server's refusals land beside the
 * fields too, and focus moves to the first refused field (or the form's own refusal) so a keyboard
 * or screen-reader user lands on what to fix. Success is announced and the page reloads the request.
 */
export function useAction(reference: string, onDone: () => void) {
  const t = useT();
  const api = useDeskApi();
  const { toggleNotification } = useNotification();
  const [errors, setErrors] = useState<FieldErrors>([]);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (errors.length === 0) return;
    const form = formRef.current;
    const target = form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form?.querySelector<HTMLElement>('[role="alert"]');
    target?.focus();
  }, [errors]);

  const run = async (action: DeskAction, extraErrors: FieldErrors = []): Promise<boolean> => {
    const checked = actionSchema.safeParse(action);
    const local = [
      ...extraErrors,
      ...(checked.success ? [] : checked.error.issues.map((issue) => ({ field: issue.path.join('.'), code: issue.message }))),
    ];
    if (local.length > 0) {
      setErrors(local);
      toggleNotification({ type: 'warning', message: t('actions.failed') });
      return false;
    }
    setBusy(true);
    setErrors([]);
    try {
      const outcome = await api.act(reference, checked.success ? checked.data : action);
      if (!outcome.ok) {
        setErrors(outcome.errors);
        toggleNotification({ type: 'warning', message: t('actions.failed') });
        return false;
      }
      toggleNotification({ type: 'success', message: t('actions.done') });
      onDone();
      return true;
    } catch {
      toggleNotification({ type: 'danger', message: t('actions.error') });
      return false;
    } finally {
      setBusy(false);
    }
  };

  return { run, errors, busy, formRef };
}
