/**
 * Review dates are calendar dates (YYYY-MM-DD) in the city's time zone: a review falls due on a
 * day, whatever the hour, and "today" is the city's today, not the server's.
 */
const formats = new Map<string, Intl.DateTimeFormat>();

export function cityToday(now: Date, timeZone = process.env.CITY_TIME_ZONE ?? 'America/New_York'): string {
  let format = formats.get(timeZone);
  // en-CA writes dates as YYYY-MM-DD.
  if (!format) formats.set(timeZone, (format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })));
  return format.format(now);
}

/** The same day `months` later; the 29th-31st become the month's last day when it is shorter (31 Jan + 1 month: 28 or 29 Feb). */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(day, lastDay));
  return first.toISOString().slice(0, 10);
}

/** How long until the next review: REVIEW_INTERVAL_MONTHS, 12 unless set to a whole number of months. */
export function reviewIntervalMonths(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.REVIEW_INTERVAL_MONTHS);
  return Number.isInteger(value) && value > 0 ? value : 12;
}

/** The review date that follows a publication or a review on `now`. */
export const nextReviewDate = (now: Date, env: NodeJS.ProcessEnv = process.env): string => addMonths(cityToday(now), reviewIntervalMonths(env));

/** Due on its review date and every day after, until it is reviewed. */
export const isDue = (reviewDue: string | null | undefined, today: string): boolean => Boolean(reviewDue && reviewDue <= today);
