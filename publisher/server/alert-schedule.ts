// Alerts have a start and an end, but the site is static: an alert is shown or hidden when the
// site is built. So after each build the publisher asks the CMS when the next alert starts or
// ends, and rebuilds at that moment; an expired alert does not stay up until the next publish.
import { LOCALES } from '@city/shared/locales';

export interface AlertTimes {
  startsAt: string;
  endsAt: string | null;
}

/** The earliest start or end still to come, in epoch ms; null when nothing is due. */
export function nextAlertChange(alerts: readonly AlertTimes[], now: number): number | null {
  let next: number | null = null;
  for (const alert of alerts) {
    for (const moment of [alert.startsAt, alert.endsAt]) {
      const at = moment === null ? Number.NaN : Date.parse(moment);
      if (Number.isFinite(at) && at > now && (next === null || at < next)) next = at;
    }
  }
  return next;
}

interface AlertsPage {
  data?: { startsAt?: unknown; endsAt?: unknown }[];
  meta?: { pagination?: { pageCount?: unknown } };
}

/** Every published alert's start and end, in every language, from the CMS's public REST API. */
export async function fetchAlertTimes(cmsUrl: string, fetchImpl: typeof fetch = fetch): Promise<AlertTimes[]> {
  const times: AlertTimes[] = [];
  for (const locale of LOCALES) {
    for (let page = 1, pageCount = 1; page <= pageCount; page += 1) {
      const url = new URL('/api/alerts', cmsUrl);
      url.searchParams.set('locale', locale);
      url.searchParams.set('fields[0]', 'startsAt');
      url.searchParams.set('fields[1]', 'endsAt');
      url.searchParams.set('pagination[page]', String(page));
      url.searchParams.set('pagination[pageSize]', '100');
      const response = await fetchImpl(url, { signal: AbortSignal.timeout(10_000) });
      if (!response.ok) throw new Error(`the CMS answered ${response.status} for ${url.pathname}`);
      const body = (await response.json()) as AlertsPage;
      for (const alert of body.data ?? []) {
        if (typeof alert.startsAt === 'string') times.push({ startsAt: alert.startsAt, endsAt: typeof alert.endsAt === 'string' ? alert.endsAt : null });
      }
      pageCount = typeof body.meta?.pagination?.pageCount === 'number' ? body.meta.pagination.pageCount : 1;
    }
  }
  return times;
}

/** setTimeout's longest delay (about 24.8 days); a later change is reached by waking up early and asking again. */
const LONGEST_TIMER_MS = 2 ** 31 - 1;
/** A moment after the change, so the build sees the alert on the right side of it. */
const MARGIN_MS = 1000;

/**
 * Keeps one timer: the next rebuild for an alert that starts or ends. `refresh()` after every
 * build replaces it. If the CMS cannot be asked, it asks again in a minute.
 */
export class AlertRebuildTimer {
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly rebuild: () => void,
    private readonly readTimes: () => Promise<AlertTimes[]>,
    private readonly log: (message: string) => void = () => undefined,
    private readonly now: () => number = Date.now,
  ) {}

  /** Schedules the rebuild for the next alert change; resolves with its time (null if none). */
  async refresh(): Promise<number | null> {
    this.cancel();
    let next: number | null;
    try {
      next = nextAlertChange(await this.readTimes(), this.now());
    } catch (error) {
      this.log(`could not read the alerts' times (${error instanceof Error ? error.message : String(error)}); asking again in a minute`);
      this.set(60_000, () => void this.refresh());
      return null;
    }
    if (next === null) return null;
    const delay = next - this.now() + MARGIN_MS;
    if (delay > LONGEST_TIMER_MS) this.set(LONGEST_TIMER_MS, () => void this.refresh());
    else this.set(delay, this.rebuild);
    return next;
  }

  /** For good: a refresh still in flight sets no timer afterwards. */
  stop(): void {
    this.stopped = true;
    this.cancel();
  }

  private cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private set(delayMs: number, run: () => void): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      run();
    }, delayMs);
    // A pending alert must never keep a process alive that is otherwise done.
    this.timer.unref();
  }
}
