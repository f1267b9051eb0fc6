import { CITY_BOUNDARY } from './boundary.js';
import { insideBoundary, type Point } from './geometry.js';

/** Whether a point is in the city this portal serves (boundary.ts, with the outline's tolerance). */
export function insideCity(point: Point): boolean {
  return insideBoundary(point, CITY_BOUNDARY);
}

/** The city's name as its boundary names it. */
export const CITY_NAME = CITY_BOUNDARY.properties.name;
