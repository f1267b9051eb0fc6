import { DateTime } from 'luxon';

/**
 * A date and time on the city's clock as an instant. A time the clock skips (the spring-forward
 * hour) is refused rather than moved: the editor chose a time that does not exist there. A time
 * the clock shows twice (the fall-back hour) is its first occurrence, the earlier instant.
 */
export function cityTimeToInstant(date: string, time: string, timeZone: string): Date | 'invalid' | 'nonexistent' {
  const wall = DateTime.fromISO(`${date}T${time}`, { zone: 'utc' });
  const probe = DateTime.fromISO(`${date}T${time}`, { zone: timeZone });
  if (!wall.isValid || !probe.isValid) return 'invalid';
  // The zone's offsets around that day: one, or two near a change of clocks.
  const offsets = new Set([probe.offset, probe.minus({ hours: 6 }).offset, probe.plus({ hours: 6 }).offset]);
  const wanted = `${date} ${time}`;
  const instants = [...offsets]
    .map((offset) => wall.toMillis() - offset * 60_000)
    .filter((millis) => DateTime.fromMillis(millis, { zone: timeZone }).toFormat('yyyy-MM-dd HH:mm') === wanted)
    .sort((a, b) => a - b);
  return instants.length > 0 ? new Date(instants[0]) : 'nonexistent';
}
