import { DateTime } from 'luxon';

/**
 * A date and time on the city's clock as an instant. A time the clock skips (the spring-forward
 * hour) is refused rather than moved: the editor chose a time that does not exist there.
 * An ambiguous time (the fall-back hour) is its first occurrence.
 */
export function cityTimeToInstant(date: string, time: string, timeZone: string): Date | 'invalid' | 'nonexistent' {
  const local = DateTime.fromISO(`${date}T${time}`, { zone: timeZone });
  if (!local.isValid) return 'invalid';
  if (local.toFormat('yyyy-MM-dd HH:mm') !== `${date} ${time}`) return 'nonexistent';
  return local.toJSDate();
}
