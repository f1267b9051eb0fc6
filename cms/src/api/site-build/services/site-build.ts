import { factories } from '@strapi/strapi';

const UID = 'api::site-build.site-build';
const KEEP = 50;

export interface BuildReport {
  ok: boolean;
  id: string;
  startedAt: string;
  finishedAt: string;
  seconds: number;
  log: string;
}

/** The line of a failed build's log that says what broke, for the admin list view. */
export function problemOf(log: string): string {
  const lines = log.split('\n').map((line) => line.trim()).filter(Boolean);
  return (lines.find((line) => /invalid|error|failed|missing/i.test(line)) ?? lines[lines.length - 1] ?? 'The build failed.').slice(0, 1000);
}

export default factories.createCoreService(UID, ({ strapi }) => ({
  /** Records one build and keeps only the latest ones. */
  async record(report: BuildReport) {
    await strapi.documents(UID).create({
      data: {
        outcome: report.ok ? 'live' : 'failed',
        buildId: report.id.slice(0, 60),
        startedAt: report.startedAt,
        finishedAt: report.finishedAt,
        seconds: report.seconds,
        problem: report.ok ? null : problemOf(report.log),
        log: report.log.slice(-20_000),
      },
    });
    const old = await strapi.db.query(UID).findMany({ select: ['id'], orderBy: { id: 'desc' }, offset: KEEP, limit: 1000 });
    if (old.length > 0) await strapi.db.query(UID).deleteMany({ where: { id: { $in: old.map((row: { id: number }) => row.id) } } });
  },
}));
