import type { Core } from '@strapi/strapi';
import { registerPerformanceGraphql } from './graphql/performance';
import { stopPerformanceNotices, watchClosures } from './lib/notify';
import { ensurePerformanceIndexes } from './lib/query';

/** The public performance figures' wiring, called from src/index.ts (not an index.ts: Strapi reads that as the API's own hooks). */
export { notifyPerformanceChanged } from './lib/notify';

export function registerPerformance(strapi: Core.Strapi): void {
  registerPerformanceGraphql(strapi);
}

export async function bootstrapPerformance(strapi: Core.Strapi): Promise<void> {
  await ensurePerformanceIndexes(strapi);
  watchClosures(strapi);
}

export function destroyPerformance(): void {
  stopPerformanceNotices();
}
