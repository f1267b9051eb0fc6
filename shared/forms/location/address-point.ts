import { z } from 'zod';
import { LOCATION_ADDRESS_MAX } from './answer.js';

/**
 * An address point the city imports (`npm run import:addresses`): what the address search
 * suggests and what a typed address is resolved against.
 */
export const addressPointSchema = z.object({
  /** The address as residents write it, e.g. `301 King St`. */
  address: z.string().min(1).max(LOCATION_ADDRESS_MAX),
  /** Latitude, WGS 84 degrees. */
  lat: z.number().min(-90).max(90),
  /** Longitude, WGS 84 degrees. */
  long: z.number().min(-180).max(180),
  /** The city's own id for the point, when its file has one (Open311's `address_id`). */
  externalId: z.string().max(100).optional(),
  /** A place name people search by too, e.g. `City Hall`. */
  place: z.string().max(200).optional(),
});
export type AddressPoint = z.infer<typeof addressPointSchema>;

/** Street-type words written out and abbreviated: both search the same. */
const ABBREVIATIONS: Record<string, string> = {
  street: 'st',
  avenue: 'ave',
  road: 'rd',
  boulevard: 'blvd',
  drive: 'dr',
  lane: 'ln',
  place: 'pl',
  court: 'ct',
  parkway: 'pkwy',
  highway: 'hwy',
  terrace: 'ter',
  square: 'sq',
  circle: 'cir',
  north: 'n',
  south: 's',
  east: 'e',
  west: 'w',
  saint: 'st',
};

/**
 * The form of an address that searching compares: lower case, without punctuation or accents,
 * street types abbreviated (`301 King Street.` and `301 king st` are the same address).
 */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9\s]/g, ' ')
    .split(/\s+/)
    .filter((word) => word !== '')
    .map((word) => ABBREVIATIONS[word] ?? word)
    .join(' ');
}

/** One suggestion of the address search (`GET /api/addresses?q=`): what the location question offers. */
export const addressSuggestionSchema = addressPointSchema.pick({ address: true, lat: true, long: true, place: true });
export type AddressSuggestion = z.infer<typeof addressSuggestionSchema>;
/** The address search's answer. */
export const addressSearchAnswerSchema = z.object({ data: z.array(addressSuggestionSchema) });
/** The fewest and most characters a search may have: fewer match half the city, more is no address. */
export const ADDRESS_QUERY = { min: 2, max: 100 } as const;
