import crypto from 'node:crypto';

/**
 * Open311 API keys: 32 random bytes, shown once. Only their SHA-256 is stored; a plain hash is
 * enough because the keys are random (nothing to guess from a dictionary), and it lets the CMS
 * find a client by its key in one indexed query.
 */
export const KEY_PREFIX = 'o311_';
/** Keys given by environment (the demo key) must be at least this long. */
export const MIN_KEY_LENGTH = 16;

export function generateApiKey(): string {
  return `${KEY_PREFIX}${crypto.randomBytes(32).toString('base64url')}`;
}

export function hashApiKey(key: string): string {
  return crypto.createHash('sha256').update(key, 'utf8').digest('hex');
}

/** The first characters of a key, stored so staff can tell keys apart in the admin. */
export function keyPrefixOf(key: string): string {
  return key.slice(0, 12);
}
