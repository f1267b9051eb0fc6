import { addressPointSchema, type AddressPoint } from './address-point.js';
import { insideCity } from './city.js';

/**
 * Reading the file of address points a city imports (`npm run import:addresses -- file`): CSV or
 * GeoJSON. A bad row never stops the import; it is reported with its row number and reason.
 *
 * CSV: a header row, then one point per row. Columns, in any order, case-insensitive:
 * - `address` (required): the address as residents write it;
 * - `lat` or `latitude`, `long`, `lon`, `lng` or `longitude` (required): WGS 84 degrees;
 * - `id` (optional): the city's id for the point;
 * - `name` (optional): a place name people also search by (`City Hall`).
 *
 * GeoJSON: a FeatureCollection of Point features whose properties have `address` (and optionally
 * `id` and `name`); the coordinates are the geometry's.
 */

export interface ImportProblem {
  /** 1-based: the CSV line (the header is line 1) or the feature's position in the collection. */
  row: number;
  reason: string;
}

export interface ParsedAddresses {
  points: AddressPoint[];
  problems: ImportProblem[];
}

/** Splits CSV text into rows of fields: commas, quoted fields with doubled quotes, CRLF or LF. */
export function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const char = body[i];
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && body[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const COLUMN_NAMES = {
  address: ['address'],
  lat: ['lat', 'latitude'],
  long: ['long', 'lon', 'lng', 'longitude'],
  id: ['id'],
  name: ['name'],
} as const;

/** One point from its parts, checked; a reason when it cannot be imported. */
function point(parts: { address: unknown; lat: unknown; long: unknown; id?: unknown; name?: unknown }): AddressPoint | string {
  const address = typeof parts.address === 'string' ? parts.address.replace(/\s+/g, ' ').trim() : '';
  if (address === '') return 'no address';
  const number = (value: unknown) => (typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN);
  const lat = number(parts.lat);
  const long = number(parts.long);
  if (!Number.isFinite(lat) || !Number.isFinite(long) || Math.abs(lat) > 90 || Math.abs(long) > 180) return `"${address}": latitude and longitude must be numbers in degrees`;
  const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : typeof value === 'number' ? String(value) : undefined);
  const parsed = addressPointSchema.safeParse({ address, lat, long, externalId: text(parts.id), place: text(parts.name) });
  if (!parsed.success) return `"${address}": ${parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')}`;
  if (!insideCity(parsed.data)) return `"${address}": ${lat}, ${long} is outside the city`;
  return parsed.data;
}

function collect(results: { row: number; result: AddressPoint | string }[]): ParsedAddresses {
  const points: AddressPoint[] = [];
  const problems: ImportProblem[] = [];
  for (const { row, result } of results) {
    if (typeof result === 'string') problems.push({ row, reason: result });
    else points.push(result);
  }
  return { points, problems };
}

export function parseAddressCsv(text: string): ParsedAddresses {
  const [header, ...rows] = csvRows(text);
  const names = (header ?? []).map((name) => name.trim().toLowerCase());
  const column = (key: keyof typeof COLUMN_NAMES) => names.findIndex((name) => (COLUMN_NAMES[key] as readonly string[]).includes(name));
  const at = { address: column('address'), lat: column('lat'), long: column('long'), id: column('id'), name: column('name') };
  if (at.address === -1 || at.lat === -1 || at.long === -1) {
    return { points: [], problems: [{ row: 1, reason: 'the header must name the columns address, lat (or latitude) and long (or longitude)' }] };
  }
  const cell = (row: string[], index: number) => (index === -1 ? undefined : row[index]);
  return collect(
    rows
      .map((row, index) => ({ row, line: index + 2 }))
      .filter(({ row }) => row.some((value) => value.trim() !== ''))
      .map(({ row, line }) => ({
        row: line,
        result: point({ address: cell(row, at.address), lat: cell(row, at.lat), long: cell(row, at.long), id: cell(row, at.id), name: cell(row, at.name) }),
      })),
  );
}

export function parseAddressGeoJson(text: string): ParsedAddresses {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { points: [], problems: [{ row: 0, reason: 'the file is not JSON' }] };
  }
  const features = (data as { type?: unknown; features?: unknown }).features;
  if ((data as { type?: unknown }).type !== 'FeatureCollection' || !Array.isArray(features)) return { points: [], problems: [{ row: 0, reason: 'the file is not a GeoJSON FeatureCollection' }] };
  return collect(
    features.map((feature: unknown, index) => {
      const { geometry, properties } = (feature ?? {}) as { geometry?: { type?: unknown; coordinates?: unknown }; properties?: Record<string, unknown> | null };
      const coordinates = Array.isArray(geometry?.coordinates) ? (geometry.coordinates as unknown[]) : [];
      if (geometry?.type !== 'Point') return { row: index + 1, result: 'not a Point feature' };
      const props = properties ?? {};
      return { row: index + 1, result: point({ address: props.address, long: coordinates[0], lat: coordinates[1], id: props.id, name: props.name }) };
    }),
  );
}

/** Parses by the file's name: `.geojson` or `.json` as GeoJSON, anything else as CSV. */
export function parseAddressFile(name: string, text: string): ParsedAddresses {
  return /\.(geo)?json$/i.test(name) ? parseAddressGeoJson(text) : parseAddressCsv(text);
}
