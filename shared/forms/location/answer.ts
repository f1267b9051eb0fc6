import { z } from 'zod';
import { insideCity } from './city.js';

/**
 * A location answer as stored: the address the resident chose or typed, and its coordinates.
 * "Use my location" stores the coordinates with the nearest imported address (or the
 * coordinates written out when none is near).
 */
export const locationAnswerSchema = z.object({
  /** The address as shown to staff, e.g. `301 King St`. */
  address: z.string().min(1).max(500),
  /** Latitude, WGS 84 degrees. */
  lat: z.number().min(-90).max(90),
  /** Longitude, WGS 84 degrees. */
  long: z.number().min(-180).max(180),
});
export type LocationAnswer = z.infer<typeof locationAnswerSchema>;

/** The most characters of a location's address. */
export const LOCATION_ADDRESS_MAX = 500;

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const LOCATION_KEYS = new Set(['address', 'lat', 'long']);

/** A number, or a decimal as a form posts it; anything else stays as it is for zod to refuse. */
function coordinate(value: unknown): unknown {
  if (typeof value === 'string' && DECIMAL.test(value.trim())) return Number(value.trim());
  return value;
}

/**
 * Normalizes what a client sends for a location: the JSON object (GraphQL, the island), the same
 * object form-encoded (`answers[key][lat]=…`, every value a string), or blank. A bare string is an
 * address the server could not match to a point (the CMS resolves typed addresses first), kept
 * as it is so the schema refuses it with the not-found message.
 */
export function locationInput(value: unknown): unknown {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (typeof value !== 'object' || Array.isArray(value)) return value;
  const given = value as Record<string, unknown>;
  // An object that is not a location at all (`{}`, `{ nested: … }`) is refused, never taken as blank.
  const keys = Object.keys(given);
  if (keys.length === 0 || !keys.every((key) => LOCATION_KEYS.has(key))) return value;
  const address = typeof given.address === 'string' ? given.address.replace(/\s+/g, ' ').trim() : given.address;
  const lat = coordinate(given.lat);
  const long = coordinate(given.long);
  if ((address === '' || address === undefined) && (lat === '' || lat === undefined) && (long === '' || long === undefined)) return undefined;
  return { address, lat, long };
}

/** The problem with a location, as a message key of the forms catalogue; undefined when it is fine. */
export type LocationProblem = 'location.notFound' | 'location.invalid' | 'location.outside' | 'location.tooLong';

/** Checks a normalized location input: a found address with coordinates inside the city. */
export function locationProblem(value: unknown): LocationProblem | undefined {
  if (typeof value === 'string') return value.length > LOCATION_ADDRESS_MAX ? 'location.tooLong' : 'location.notFound';
  if (typeof value === 'object' && value !== null && typeof (value as { address?: unknown }).address === 'string' && (value as { address: string }).address.length > LOCATION_ADDRESS_MAX) {
    return 'location.tooLong';
  }
  const parsed = locationAnswerSchema.safeParse(value);
  if (!parsed.success) return 'location.invalid';
  return insideCity(parsed.data) ? undefined : 'location.outside';
}

/** Coordinates written out for a place with no address near it, e.g. `38.804800, -77.043600`. */
export function coordinatesText(point: { lat: number; long: number }): string {
  return `${point.lat.toFixed(6)}, ${point.long.toFixed(6)}`;
}
