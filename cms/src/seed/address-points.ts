import type { Core } from '@strapi/strapi';
import { parseAddressCsv } from '@city/shared/forms/location';
import { addressPoints } from '../api/address-point/services/address-points';
import { demoAddressCsv } from './content/address-points';

/**
 * The demo's address points, loaded only while there are none: a city that imported its own
 * file (`npm run import:addresses`) keeps it at every later seed.
 */
export async function seedAddressPoints(strapi: Core.Strapi): Promise<number> {
  const points = addressPoints(strapi);
  if ((await points.count()) > 0) return 0;
  const { points: demo, problems } = parseAddressCsv(demoAddressCsv);
  // The demo file is ours: a bad row is a mistake in this repository, not the city's data.
  if (problems.length > 0) throw new Error(`Demo address points: ${problems.map((problem) => `line ${problem.row}: ${problem.reason}`).join('; ')}`);
  return points.replaceAll(demo);
}
