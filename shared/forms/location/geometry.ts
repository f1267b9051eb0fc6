/**
 * Whether a point is inside the city: a ray-casting test against the city's boundary
 * (boundary.ts), plus a tolerance for points just outside it. The committed boundary is the
 * Census outline at 1:10,000,000, a handful of vertices that cut corners by up to a few hundred
 * metres (Old Town's waterfront lies east of its eastern edge), so a point within
 * `BOUNDARY_TOLERANCE_M` of the line counts as inside rather than refusing real addresses.
 */

/** A GeoJSON position: longitude first. */
export type Position = readonly [number, number] | readonly number[];
/** A GeoJSON Feature whose geometry is a (Multi)Polygon; rings after the first of a polygon are holes. */
export interface CityBoundary {
  type: 'Feature';
  properties: { name: string; fips?: string; source?: string };
  geometry: { type: 'Polygon'; coordinates: Position[][] } | { type: 'MultiPolygon'; coordinates: Position[][][] };
}

export interface Point {
  lat: number;
  long: number;
}

/** How far outside the committed outline a point may be and still count as inside, in metres. */
export const BOUNDARY_TOLERANCE_M = 400;

const EARTH_RADIUS_M = 6_371_000;

function polygonsOf(boundary: CityBoundary): Position[][][] {
  return boundary.geometry.type === 'Polygon' ? [boundary.geometry.coordinates] : boundary.geometry.coordinates;
}

/** Even-odd ray casting: a horizontal ray from the point crosses the ring an odd number of times when inside. */
export function insideRing(point: Point, ring: readonly Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > point.lat !== yj > point.lat && point.long < ((xj - xi) * (point.lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Inside a polygon's outer ring and outside its holes. */
function insidePolygon(point: Point, rings: readonly (readonly Position[])[]): boolean {
  const [outer, ...holes] = rings;
  return outer !== undefined && insideRing(point, outer) && !holes.some((hole) => insideRing(point, hole));
}

/**
 * Metres from the point to the nearest edge of the boundary. An equirectangular projection
 * around the point is exact enough at city scale (errors well under 1% over a few kilometres).
 */
export function distanceToBoundary(point: Point, boundary: CityBoundary): number {
  const metresPerDegreeLat = (Math.PI / 180) * EARTH_RADIUS_M;
  const metresPerDegreeLong = metresPerDegreeLat * Math.cos((point.lat * Math.PI) / 180);
  const project = ([long = 0, lat = 0]: Position): [number, number] => [(long - point.long) * metresPerDegreeLong, (lat - point.lat) * metresPerDegreeLat];
  let nearest = Infinity;
  for (const ring of polygonsOf(boundary).flat()) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [ax, ay] = project(ring[j] ?? []);
      const [bx, by] = project(ring[i] ?? []);
      nearest = Math.min(nearest, distanceToSegment(ax, ay, bx, by));
    }
  }
  return nearest;
}

/** Distance from the origin to the segment a–b. */
function distanceToSegment(ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared));
  return Math.hypot(ax + t * dx, ay + t * dy);
}

/** Whether the point lies in the city: inside the outline, or within the tolerance of it. */
export function insideBoundary(point: Point, boundary: CityBoundary, toleranceM = BOUNDARY_TOLERANCE_M): boolean {
  if (!Number.isFinite(point.lat) || !Number.isFinite(point.long)) return false;
  if (polygonsOf(boundary).some((rings) => insidePolygon(point, rings))) return true;
  return toleranceM > 0 && distanceToBoundary(point, boundary) <= toleranceM;
}
