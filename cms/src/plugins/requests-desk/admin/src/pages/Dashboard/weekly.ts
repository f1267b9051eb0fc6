import type { Dashboard } from '../../../../contract';

export interface WeeklyGrid {
  weeks: string[];
  services: string[];
  /** count[week][service] */
  count: (week: string, service: string) => number;
  total: (week: string) => number;
  max: number;
}

/** The weekly counts as a weeks × services grid (missing cells are 0). */
export function weeklyGrid(weekly: Dashboard['weekly']): WeeklyGrid {
  const weeks = [...new Set(weekly.map((row) => row.week))].sort();
  const services = [...new Set(weekly.map((row) => row.serviceTitle))].sort((a, b) => a.localeCompare(b));
  const cells = new Map(weekly.map((row) => [`${row.week}\u0000${row.serviceTitle}`, row.count]));
  const count = (week: string, service: string) => cells.get(`${week}\u0000${service}`) ?? 0;
  const total = (week: string) => services.reduce((sum, service) => sum + count(week, service), 0);
  return { weeks, services, count, total, max: Math.max(1, ...weeks.map(total)) };
}
