import { factories } from '@strapi/strapi';
import type { BuildReport } from '../services/site-build';

const isReport = (body: unknown): body is BuildReport => {
  const b = body as Partial<BuildReport> | null;
  return (
    !!b &&
    typeof b.ok === 'boolean' &&
    typeof b.id === 'string' &&
    typeof b.startedAt === 'string' &&
    typeof b.finishedAt === 'string' &&
    typeof b.seconds === 'number' &&
    typeof b.log === 'string'
  );
};

export default factories.createCoreController('api::site-build.site-build', ({ strapi }) => ({
  async report(ctx) {
    if (!isReport(ctx.request.body)) return ctx.badRequest('A build report needs ok, id, startedAt, finishedAt, seconds and log.');
    await strapi.service('api::site-build.site-build').record(ctx.request.body);
    ctx.status = 204;
  },
}));
