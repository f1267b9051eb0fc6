import type { Core } from '@strapi/strapi';
import { ensureFormMetricTables, startFillPurge } from '../../../lib/form-metrics';
import controllers from './controllers';
import routes from './routes';
import { registerMetricsPermissions } from './lib/permissions';

let stopPurge: (() => void) | undefined;

/** Form metrics (README "Form metrics"): the counters' tables, the hourly purge of the day's hashes, the editors' page's API. */
export default {
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureFormMetricTables(strapi);
    await registerMetricsPermissions(strapi);
    // Hourly; FORM_METRICS_PURGE_INTERVAL_MS for tests.
    const interval = Number(process.env.FORM_METRICS_PURGE_INTERVAL_MS);
    stopPurge = startFillPurge(strapi, Number.isFinite(interval) && interval > 0 ? interval : undefined);
  },
  destroy() {
    stopPurge?.();
    stopPurge = undefined;
  },
  controllers,
  routes,
};
