import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import { PLUGIN_ID } from '../../../contract';
import { en } from '../translations/en';

export type MessageKey = keyof typeof en;
export type MessageValues = Record<string, string | number>;

/** The desk's wording in the admin's language: `t('queue.title')` reads `requests-desk.queue.title`. */
export function useT() {
  const { formatMessage } = useIntl();
  return useCallback(
    (key: MessageKey, values?: MessageValues) => formatMessage({ id: `${PLUGIN_ID}.${key}`, defaultMessage: en[key] }, values),
    [formatMessage],
  );
}

/** Message keys built from a contract key (`status.resolved`), checked against the English wording. */
export function keyOf(prefix: string, value: string): MessageKey {
  const key = `${prefix}.${value}`;
  if (!(key in en)) throw new Error(`no wording for ${key}`);
  return key as MessageKey;
}
