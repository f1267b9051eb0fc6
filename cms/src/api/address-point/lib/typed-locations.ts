import type { Core } from '@strapi/strapi';
import { coordinatesText, type FormField, type LocationAnswer } from '@city/shared/forms';
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

/** Finds the points of a form's typed locations; see `typedLocationPoints`. */
export type LocatePoints = (fields: readonly FormField[], answers: Record<string, unknown>) => Promise<Record<string, LocationAnswer>>;

/**
 * The points of the location questions answered with text that names one (an address point, or
 * coordinates), by question; text that names none is left out. The intake's check and the check of
 * a page of a form of several pages (service-request/http/form-steps.ts) both start from these.
 */
export async function typedLocationPoints(strapi: Core.Strapi, fields: readonly FormField[], answers: Record<string, unknown>): Promise<Record<string, LocationAnswer>> {
  const points: Record<string, LocationAnswer> = {};
  for (const [key, typed] of typedLocations(fields, answers)) {
    const point = coordinatesIn(typed) ?? (await addressPoints(strapi).resolve(typed));
    if (point) points[key] = { address: point.address, lat: point.lat, long: point.long };
  }
  return points;
}

/** The location questions answered with text, and that text. */
function typedLocations(fields: readonly FormField[], answers: Record<string, unknown>): [string, string][] {
  const typed: [string, string][] = [];
  for (const field of fields) {
    if (field.__component !== 'form-field.location') continue;
    const answer = answers[field.key];
    if (typeof answer === 'string' && answer.trim() !== '' && answer.length <= 500) typed.push([field.key, answer]);
  }
  return typed;
}

/**
 * `typedLocationPoints` for the handling of one post, which asks it several times (the metrics, the
 * intake, where a refusal goes back to): each set of typed addresses is looked up once.
 */
export function locatorForOnePost(strapi: Core.Strapi): LocatePoints {
  const found = new Map<string, Promise<Record<string, LocationAnswer>>>();
  return (fields, answers) => {
    const key = JSON.stringify(typedLocations(fields, answers));
    let points = found.get(key);
    if (!points) {
      points = typedLocationPoints(strapi, fields, answers);
      found.set(key, points);
    }
    return points;
  };
}

/** The answers with each typed location replaced by its point; the same object when none was found. */
export async function resolveTypedLocations(
  strapi: Core.Strapi,
  fields: readonly FormField[],
  answers: Record<string, unknown>,
  locate: LocatePoints = (...args) => typedLocationPoints(strapi, ...args),
): Promise<Record<string, unknown>> {
  const points = await locate(fields, answers);
  return Object.keys(points).length === 0 ? answers : { ...answers, ...points };
}
