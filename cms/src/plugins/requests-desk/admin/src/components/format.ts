import { useIntl } from 'react-intl';

/** Dates, sizes and numbers in the admin's language. */
export function useFormat() {
  const intl = useIntl();
  return {
    dateTime: (iso: string) => intl.formatDate(iso, { dateStyle: 'medium', timeStyle: 'short' }),
    date: (iso: string) => intl.formatDate(iso, { dateStyle: 'medium' }),
    /** A YYYY-MM-DD day, read as that calendar day wherever the admin is. */
    day: (day: string) => intl.formatDate(`${day}T12:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' }),
    /** A YYYY-MM-DD day without its year, for tight spaces such as a chart's axis. */
    shortDay: (day: string) => intl.formatDate(`${day}T12:00:00Z`, { month: 'short', day: 'numeric', timeZone: 'UTC' }),
    number: (value: number, maximumFractionDigits = 1) => intl.formatNumber(value, { maximumFractionDigits }),
    percent: (share: number) => intl.formatNumber(share, { style: 'percent', maximumFractionDigits: 1 }),
    size: (bytes: number) =>
      bytes >= 1_000_000
        ? intl.formatNumber(bytes / 1_000_000, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 })
        : intl.formatNumber(Math.max(1, Math.round(bytes / 1000)), { style: 'unit', unit: 'kilobyte' }),
  };
}
