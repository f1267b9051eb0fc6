import { useCallback, useMemo } from 'react';
import { useIntl } from 'react-intl';
import { PLUGIN_ID } from '../../../contract';
import { en, type MessageKey } from '../translations/en';

export type { MessageKey };

/** The form metrics' wording in the admin's language: `t('page.title')` reads `form-metrics.page.title`. */
export function useT() {
  const { formatMessage } = useIntl();
  return useCallback(
    (key: MessageKey, values?: Record<string, string | number>) => formatMessage({ id: `${PLUGIN_ID}.${key}`, defaultMessage: en[key] }, values),
    [formatMessage],
  );
}

/** Numbers, percentages and months in the admin's language. */
export function useFormat() {
  const { locale } = useIntl();
  return useMemo(() => {
    const number = new Intl.NumberFormat(locale);
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    const monthName = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
    return {
      locale,
      number: (value: number) => number.format(value),
      /** part of whole; undefined when nothing started (no rate to give). */
      percent: (part: number, whole: number) => (whole > 0 ? percent.format(part / whole) : undefined),
      /** 'YYYY-MM' as "May 2026". */
      month: (month: string) => monthName.format(new Date(`${month}-01T00:00:00Z`)),
    };
  }, [locale]);
}
