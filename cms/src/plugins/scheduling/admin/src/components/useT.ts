import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import { PLUGIN_ID } from '../../../contract';
import { en, type MessageKey } from '../translations/en';

export type { MessageKey };

/** Scheduled publishing's wording in the admin's language: `t('panel.title')` reads `scheduling.panel.title`. */
export function useT() {
  const { formatMessage } = useIntl();
  return useCallback(
    (key: MessageKey, values?: Record<string, string | number>) => formatMessage({ id: `${PLUGIN_ID}.${key}`, defaultMessage: en[key] }, values),
    [formatMessage],
  );
}

/** A message key built from a contract value (`status.done`), checked against the English wording. */
export function keyOf(prefix: string, value: string): MessageKey {
  const key = `${prefix}.${value}`;
  if (!(key in en)) throw new Error(`no wording for ${key}`);
  return key as MessageKey;
}

/** A time on the city's clock, in the admin's language: "Dec 24, 2026, 9:30 AM". */
export function useCityTime(timeZone: string) {
  const { locale } = useIntl();
  return useCallback(
    (iso: string) => new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)),
    [locale, timeZone],
  );
}
