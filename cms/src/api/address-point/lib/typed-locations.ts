import type { Core } from '@strapi/strapi';
import type { FormField } from '@city/shared/forms';
import { addressPoints } from '../services/address-points';

/**
 * A location question answered with text alone (the form without JavaScript, or Open311's
 * `address_string`) names an address; here it becomes that address point's address and
 * coordinates, before the shared validation runs. Text that names no point is left as it is, and
 * the validation refuses it in the resident's language (`location.notFound`).
 */
export async function resolveTypedLocations(strapi: Core.Strapi, fields: readonly FormField[], answers: Record<string, unknown>): Promise<Record<string, unknown>> {
  let resolved: Record<string, unknown> | undefined;
  for (const field of fields) {
    if (field.__component !== 'form-field.location') continue;
    const typed = answers[field.key];
    if (typeof typed !== 'string' || typed.trim() === '' || typed.length > 500) continue;
    const point = await addressPoints(strapi).resolve(typed);
    if (!point) continue;
    resolved ??= { ...answers };
    resolved[field.key] = { address: point.address, lat: point.lat, long: point.long };
  }
  return resolved ?? answers;
}
