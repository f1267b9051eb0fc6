// How a location question's answer sits in the form's values (a string per question, as the HTML
// form posts it): the text typed while searching, or `[address, lat, long]` once a point is chosen.
import { coordinatesText, type LocationAnswer, type Point } from '@city/shared/forms';

export type LocationValue = string | string[];

/** The value of a chosen point. */
export function chosenValue(point: LocationAnswer): string[] {
  return [point.address, String(point.lat), String(point.long)];
}

/** The value of the resident's own position, named by its coordinates. */
export function positionValue(point: Point): string[] {
  return chosenValue({ address: coordinatesText(point), ...point });
}

/** The point chosen, when there is one. */
export function chosenPoint(value: LocationValue): LocationAnswer | undefined {
  if (!Array.isArray(value) || value.length !== 3) return undefined;
  const [address = '', lat, long] = value;
  const point = { address, lat: Number(lat), long: Number(long) };
  return address !== '' && Number.isFinite(point.lat) && Number.isFinite(point.long) ? point : undefined;
}

/** The text the box shows: the chosen address, or what was typed. */
export function locationText(value: LocationValue): string {
  return Array.isArray(value) ? (value[0] ?? '') : value;
}

/** The answer as sent: the chosen point, or the typed text (which the shared validation refuses as not found). */
export function locationToSend(value: LocationValue): LocationAnswer | string | undefined {
  const point = chosenPoint(value);
  if (point) return point;
  const text = locationText(value).trim();
  return text === '' ? undefined : text;
}
