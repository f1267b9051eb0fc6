import type { Dashboard } from '../../../../contract';

export interface WeeklyGrid {
  weeks: string[];
  services: string[];
  /** count[week][service] */
  count: (week: string, service: string) => number;
  total: (week: string) => number;
  max: number;
}

const WEEK_MS = 7 * 86_400_000;
const WEEKS_SHOWN = 12;

/** The Monday (YYYY-MM-DD, UTC) of the week `date` falls in. */
function mondayOf(date: Date): string {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day.toISOString().slice(0, 10);
}

/**
 * The weekly counts as a weeks × services grid (missing cells are 0). Every one of the last twelve
 * weeks has its column, so a quiet week shows as a gap rather than vanishing.
 */
export function weeklyGrid(weekly: Dashboard['weekly'], now = new Date()): WeeklyGrid {
  const latest = Date.parse(`${mondayOf(now)}T00:00:00Z`);
  const recent = Array.from({ length: WEEKS_SHOWN }, (_, index) => new Date(latest - (WEEKS_SHOWN - 1 - index) * WEEK_MS).toISOString().slice(0, 10));
  const weeks = [...new Set([...recent, ...weekly.map((row) => row.week)])].sort();
  const services = [...new Set(weekly.map((row) => row.serviceTitle))].sort((a, b) => a.localeCompare(b));
  const cells = new Map(weekly.map((row) => [`${row.week}\u0000${row.serviceTitle}`, row.count]));
  const count = (week: string, service: string) => cells.get(`${week}\u0000${service}`) ?? 0;
  const total = (week: string) => services.reduce((sum, service) => sum + count(week, service), 0);
  return { weeks, services, count, total, max: Math.max(1, ...weeks.map(total)) };
}
