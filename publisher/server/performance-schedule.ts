// The performance page shows this month and the last 12: its figures move with the calendar even
// when nothing closes. So the publisher reads them again once a day, a few minutes after midnight
// in the city's time zone (CITY_TIME_ZONE, as the CMS's emails; PERFORMANCE_REBUILD_AT, HH:MM).
// Closures between those rebuilds reach the page through the CMS's notice (cms/src/api/performance/lib/notify.ts).

const DEFAULT_TIME_ZONE = 'America/New_York';
const DEFAULT_AT = '00:05';

/** The wall-clock reading of an instant in a time zone, as if it were UTC. */
function wallClock(ms: number, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })
      .formatToParts(ms)
      .map((part) => [part.type, Number(part.value)]),
  ) as Record<string, number>;
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
}

/** The instant a wall-clock time of a day happens in the zone (the later one if a change of clocks skips or repeats it). */
function instantOf(wall: number, timeZone: string): number {
  let guess = wall - (wallClock(wall, timeZone) - wall);
  // A second pass settles it on days the offset changes.
  guess = wall - (wallClock(guess, timeZone) - guess);
  return guess;
}

/** The next time after `now` that the zone's clocks read hour:minute. */
export function nextDailyRun(now: number, timeZone: string, hour: number, minute: number): number {
  const today = new Date(wallClock(now, timeZone));
  for (let days = 0; days <= 2; days += 1) {
    const wall = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + days, hour, minute);
    const at = instantOf(wall, timeZone);
    if (at > now) return at;
  }
  throw new Error('unreachable: a day always has the time once');
}

export interface DailySettings {
  timeZone: string;
  hour: number;
  minute: number;
}

/** PERFORMANCE_REBUILD_AT (HH:MM, default 00:05) in CITY_TIME_ZONE (default America/New_York); wrong values fall back to the defaults. */
export function dailySettings(env: NodeJS.ProcessEnv = process.env): DailySettings {
  let timeZone = env.CITY_TIME_ZONE || DEFAULT_TIME_ZONE;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
  } catch {
    timeZone = DEFAULT_TIME_ZONE;
  }
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(env.PERFORMANCE_REBUILD_AT ?? '') ?? /^(\d\d):(\d\d)$/.exec(DEFAULT_AT)!;
  return { timeZone, hour: Number(match[1]), minute: Number(match[2]) };
}

/** One timer: at each daily time, `rebuild()`, then the next day's. */
export class DailyRebuildTimer {
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly rebuild: () => void,
    private readonly settings: DailySettings = dailySettings(),
    private readonly now: () => number = Date.now,
  ) {}

  /** Schedules the next daily rebuild; returns its time. */
  start(): number {
    if (this.timer) clearTimeout(this.timer);
    const at = nextDailyRun(this.now(), this.settings.timeZone, this.settings.hour, this.settings.minute);
    if (this.stopped) return at;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.rebuild();
      this.start();
    }, at - this.now());
    // A pending rebuild must never keep a process alive that is otherwise done.
    this.timer.unref();
    return at;
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
