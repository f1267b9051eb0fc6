import type { Core, UID } from '@strapi/strapi';
import { FORM_UID } from './constants';
import { forgetOnWrites } from './write-watch';

/**
 * Published service forms kept in memory between submissions. Loading one through the Document
 * Service is a dozen queries (dynamic zone, options, department, divisions, services) and every
 * submission needs it, while editors change forms rarely.
 *
 * The form itself is never served stale: each use first reads the id and updatedAt of the
 * published row (one query), and publishing writes a new row, so a republished, unpublished or
 * deleted form is seen at once, also when another CMS instance made the change. What a cached
 * value borrows from other types (department and division names, service slug, Open311 keywords)
 * is cleared on this instance by the database lifecycles of those types, and on other instances
 * after MAX_AGE_MS.
 */
const MAX_AGE_MS = 60_000;
const RELATED_TYPES = ['api::department.department', 'api::service.service'];

interface Entry {
  version: string;
  generation: number;
  storedAt: number;
  value: Promise<unknown>;
}

const entries = new Map<string, Entry>();
/** Bumped by every write to a watched type: a load that started before it is not kept. */
let generation = 0;

function forget(): void {
  generation += 1;
  entries.clear();
}

/** The version of a loaded form row: its id (new on every publish) and its updatedAt. */
export function formVersion(row: { id: number; updatedAt?: string | number | Date | null }): string {
  return `${row.id}@${row.updatedAt == null ? '' : new Date(row.updatedAt).getTime()}`;
}

interface VersionRow {
  id: number;
  updatedAt?: string | number | Date | null;
}
interface FormRows {
  findOne(params: { where: Record<string, unknown>; select: string[]; orderBy?: Record<string, 'asc' | 'desc'> }): Promise<VersionRow | null>;
}

/** The version of the published form with this code in this locale, or undefined when there is none. */
async function publishedVersion(strapi: Core.Strapi, code: string, locale: string): Promise<string | undefined> {
  const rows = strapi.db.query(FORM_UID as UID.Schema) as unknown as FormRows;
  const row = await rows.findOne({ where: { code, locale, publishedAt: { $notNull: true } }, select: ['id', 'updatedAt'] });
  return row ? formVersion(row) : undefined;
}

/**
 * The value `load` makes from the published form (code, locale), from memory when the published
 * row is still the one it was made from. `load` returns the value and the version of the row it
 * read; `kind` separates what different callers make of the same form. Undefined values (no such
 * form, or one the schema refuses) are not kept.
 */
export async function cachedPublishedForm<T>(
  strapi: Core.Strapi,
  kind: string,
  code: string,
  locale: string,
  load: () => Promise<{ value: T; version: string } | undefined>,
): Promise<T | undefined> {
  const key = `${kind}\u0000${code}\u0000${locale}`;
  const version = await publishedVersion(strapi, code, locale);
  if (version === undefined) {
    entries.delete(key);
    return undefined;
  }
  const now = Date.now();
  const entry = entries.get(key);
  if (entry && entry.version === version && entry.generation === generation && now - entry.storedAt < MAX_AGE_MS) return entry.value as Promise<T>;

  const startedAt = generation;
  const loading = load();
  // Concurrent first submissions share one load rather than each running a dozen queries.
  const value = loading.then((loaded) => loaded?.value);
  entries.set(key, { version, generation: startedAt, storedAt: now, value });
  try {
    const loaded = await loading;
    // Keep it only if it was read from the version checked above and nothing changed meanwhile.
    if (!loaded || loaded.version !== version || startedAt !== generation) {
      if (entries.get(key)?.value === value) entries.delete(key);
    }
    return loaded?.value;
  } catch (error) {
    if (entries.get(key)?.value === value) entries.delete(key);
    throw error;
  }
}

/**
 * Clears the cache on any write to service forms, their components, departments and services,
 * right away and again when the writing transaction commits (a load between the two would
 * otherwise keep what was read before the commit).
 */
export function watchFormChanges(strapi: Core.Strapi): void {
  const components = Object.keys(strapi.components).filter((uid) => uid.startsWith('form-field.') || uid.startsWith('department.'));
  forgetOnWrites(strapi, [FORM_UID, ...RELATED_TYPES, ...components], forget);
}
