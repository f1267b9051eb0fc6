// What the location question needs from the browser: the CMS's address search and the device's
// position. Given by the client entry (and by tests); the server-rendered form has neither.
import { ADDRESS_QUERY, addressSearchAnswerSchema, type AddressSuggestion, type Point } from '@city/shared/forms';

export type LocateFailure = 'denied' | 'unavailable' | 'unsupported';

export interface LocationServices {
  /** Suggestions for what was typed; rejects when the search cannot be reached. */
  search(query: string, signal: AbortSignal): Promise<AddressSuggestion[]>;
  /** The device's position; rejects with a `LocateError`. */
  locate?: (() => Promise<Point>) | undefined;
}

export class LocateError extends Error {
  constructor(readonly kind: LocateFailure) {
    super(kind);
  }
}

/** The CMS's `GET /api/addresses?q=`; its answer is checked with the shared schema. */
export function addressSearch(endpoint: string, fetchImpl: typeof fetch = (...args) => fetch(...args)): LocationServices['search'] {
  return async (query, signal) => {
    const text = query.trim();
    if (text.length < ADDRESS_QUERY.min || text.length > ADDRESS_QUERY.max) return [];
    const response = await fetchImpl(`${endpoint}?q=${encodeURIComponent(text)}`, { signal, credentials: 'omit', headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`address search: HTTP ${response.status}`);
    return addressSearchAnswerSchema.parse(await response.json()).data;
  };
}

/** navigator.geolocation, once, with its failures named for the resident's message. */
export function browserLocate(): Promise<Point> {
  return new Promise((resolve, reject) => {
    if (!('geolocation' in navigator)) {
      reject(new LocateError('unsupported'));
      return;
    }
    navigator.geolocation.getCurrentPosition(
      (position) => resolve({ lat: position.coords.latitude, long: position.coords.longitude }),
      (error) => reject(new LocateError(error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable')),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  });
}
