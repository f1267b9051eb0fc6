import type { Core } from '@strapi/strapi';
import { coordinatesText, type FormField } from '@city/shared/forms';
import { addressPoints } from '../services/address-points';

/**
 * A location question answered with text alone (the form without JavaScript, or Open311's
 * `address_string`) names an address; here it becomes that address point's address and
 * coordinates, before the shared validation runs. Text that names no point is left as it is, and
 * the validation refuses it in the resident's language (`location.notFound`).
 */
const COORDINATES = /^\s*([+-]?\d{1,2}(?:\.\d+)?)\s*,\s*([+-]?\d{1,3}(?:\.\d+)?)\s*$/;

/**
 * Coordinates written as `lat, long` ("use my location" sent in a multipart post, or typed): the
 * point itself, named by its coordinates; the shared validation then checks it is in the city.
 */
function coordinatesIn(text: string): { address: string; lat: number; long: number } | undefined {
  const match = COORDINATES.exec(text);
  if (!match) return undefined;
  const point = { lat: Number(match[1]), long: Number(match[2]) };
  return { address: coordinatesText(point), ...point };
}

export async function resolveTypedLocations(strapi: Core.Strapi, fields: readonly FormField[], answers: Record<string, unknown>): Promise<Record<string, unknown>> {
  let resolved: Record<string, unknown> | undefined;
  for (const field of fields) {
    if (field.__component !== 'form-field.location') continue;
    const typed = answers[field.key];
    if (typeof typed !== 'string' || typed.trim() === '' || typed.length > 500) continue;
    const point = coordinatesIn(typed) ?? (await addressPoints(strapi).resolve(typed));
    if (!point) continue;
    resolved ??= { ...answers };
    resolved[field.key] = { address: point.address, lat: point.lat, long: point.long };
  }
  return resolved ?? answers;
}
