import type { Core } from '@strapi/strapi';
import { searchKey, type AddressPoint, type AddressSuggestion } from '@city/shared/forms/location';

/**
 * The city's address points: suggestions for the location question, resolving an address typed
 * without JavaScript (or sent by Open311 as `address_string`), and the import that replaces them.
 */

const UID = 'api::address-point.address-point';
/** How many suggestions one search returns. */
export const SUGGESTIONS_MAX = 8;
/** Rows written per insert by the import: well under SQLite's and PostgreSQL's parameter limits. */
const IMPORT_BATCH = 200;

export type Suggestion = AddressSuggestion;

interface Row {
  address: string;
  lat: number | string;
  long: number | string;
  place?: string | null;
}

const suggestion = (row: Row): Suggestion => ({
  address: row.address,
  lat: Number(row.lat),
  long: Number(row.long),
  ...(row.place ? { place: row.place } : {}),
});

const addressPointsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const query = () => strapi.db.query(UID);
  return {
    /** Points whose address starts with the words typed (any word of it for a place name), best first. */
    async search(text: string): Promise<Suggestion[]> {
      const key = searchKey(text);
      if (key === '') return [];
      const rows = (await query().findMany({
        // Keys hold only letters, digits and spaces (searchKey), so nothing typed acts as a LIKE wildcard.
        where: { $or: [{ searchKey: { $startsWith: key } }, { searchKey: { $contains: ` ${key}` } }, { placeKey: { $contains: key } }] },
        orderBy: [{ searchKey: 'asc' }],
        limit: SUGGESTIONS_MAX * 4,
        select: ['address', 'lat', 'long', 'place', 'searchKey'],
      })) as (Row & { searchKey: string })[];
      // Addresses that start with what was typed come before those that only contain it.
      const ranked = [...rows].sort((a, b) => Number(!a.searchKey.startsWith(key)) - Number(!b.searchKey.startsWith(key)));
      return ranked.slice(0, SUGGESTIONS_MAX).map(suggestion);
    },

    /**
     * The one point a typed address names: the same address once normalized; else the one point
     * whose address begins what was typed (`301 King Street, Alexandria, VA 22314` is `301 King St`);
     * else the only point that begins with it (`5005 Duke` when one address does).
     */
    async resolve(text: string): Promise<Suggestion | undefined> {
      const key = searchKey(text);
      if (key === '') return undefined;
      const exact = (await query().findOne({ where: { searchKey: key }, select: ['address', 'lat', 'long', 'place'] })) as Row | null;
      if (exact) return suggestion(exact);
      const [number, street] = key.split(' ');
      if (number !== undefined && street !== undefined) {
        const sameStart = (await query().findMany({ where: { searchKey: { $startsWith: `${number} ${street}` } }, limit: 50, select: ['address', 'lat', 'long', 'place', 'searchKey'] })) as (Row & { searchKey: string })[];
        const beginning = sameStart.filter((row) => key.startsWith(`${row.searchKey} `)).sort((a, b) => b.searchKey.length - a.searchKey.length);
        if (beginning[0]) return suggestion(beginning[0]);
      }
      const starting = (await query().findMany({ where: { searchKey: { $startsWith: key } }, limit: 2, select: ['address', 'lat', 'long', 'place'] })) as Row[];
      return starting.length === 1 && starting[0] ? suggestion(starting[0]) : undefined;
    },

    async count(): Promise<number> {
      return query().count();
    },

    /** Replaces every point with the file's: a point the file no longer has must not be suggested. */
    async replaceAll(points: AddressPoint[]): Promise<number> {
      await strapi.db.transaction(async () => {
        await query().deleteMany({ where: {} });
        for (let start = 0; start < points.length; start += IMPORT_BATCH) {
          const data = points.slice(start, start + IMPORT_BATCH).map((point) => ({ ...point, searchKey: searchKey(point.address), placeKey: point.place ? searchKey(point.place) : null }));
          await query().createMany({ data });
        }
      });
      return points.length;
    },
  };
};

export default addressPointsService;
export type AddressPointsService = ReturnType<typeof addressPointsService>;
export const addressPoints = (strapi: Core.Strapi): AddressPointsService => strapi.service('api::address-point.address-points') as unknown as AddressPointsService;
