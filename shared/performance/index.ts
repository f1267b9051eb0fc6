import { z } from 'zod';

/**
 * The public "How we're doing" figures: what the CMS's `servicePerformance` GraphQL query answers
 * and the site reads. Aggregates only, never a request. Definitions: cms/src/api/performance/lib/figures.ts.
 */
export const performanceMonthSchema = z.object({
  /** `YYYY-MM` in the city's time zone. */
  month: z.string().regex(/^\d{4}-\d{2}$/),
  received: z.number().int().nonnegative(),
  resolved: z.number().int().nonnegative(),
  medianDaysToResolve: z.number().nonnegative().nullable(),
  resolvedWithTarget: z.number().int().nonnegative(),
  resolvedWithinTarget: z.number().int().nonnegative(),
  shareWithinTarget: z.number().min(0).max(1).nullable(),
});
export type PerformanceMonth = z.infer<typeof performanceMonthSchema>;

export const servicePerformanceSchema = z.object({
  formCode: z.string().min(1),
  title: z.string().min(1),
  serviceSlug: z.string().nullable(),
  months: z.array(performanceMonthSchema),
});
export type ServicePerformance = z.infer<typeof servicePerformanceSchema>;

export const performanceReportSchema = z.object({
  timeZone: z.string().min(1),
  /** Oldest first; the last is the current, partial, month. */
  months: z.array(z.string().regex(/^\d{4}-\d{2}$/)),
  services: z.array(servicePerformanceSchema),
});
export type PerformanceReport = z.infer<typeof performanceReportSchema>;

/** The `event` of the CMS's notice to the publisher that requests were closed: the figures moved. */
export const PERFORMANCE_CHANGED_EVENT = 'performance.changed';
