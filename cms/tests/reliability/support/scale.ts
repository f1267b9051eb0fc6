/**
 * How big a reliability run is. `npm run test:reliability` runs the full size that docs/reliability.md reports
 * (RELIABILITY_SCALE=full); `npm test` and a plain `vitest --project reliability` run the short
 * form, which checks the same invariants with fewer cases so it fits in a few minutes.
 */
export type Scale = 'short' | 'full';

export const SCALE: Scale = process.env.RELIABILITY_SCALE === 'full' ? 'full' : 'short';

/** The value for the current scale. */
export function sized<T>(values: Record<Scale, T>): T {
  return values[SCALE];
}
