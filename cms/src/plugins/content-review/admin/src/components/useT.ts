import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import { PLUGIN_ID } from '../../../contract';
import { en, type MessageKey } from '../translations/en';

export type MessageValues = Record<string, string | number>;

/** The review's wording in the admin's language: `t('panel.title')` reads `content-review.panel.title`. */
export function useT() {
  const { formatMessage } = useIntl();
  return useCallback((key: MessageKey, values?: MessageValues) => formatMessage({ id: `${PLUGIN_ID}.${key}`, defaultMessage: en[key] }, values), [formatMessage]);
}

/** Dates and language names in the admin's language. */
export function useFormat() {
  const { locale } = useIntl();
  return {
    /** A YYYY-MM-DD calendar date in words, as is (no time zone shift). */
    date: (date: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date.slice(0, 10)}T12:00:00Z`)),
    language: (code: string) => new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code,
  };
}
