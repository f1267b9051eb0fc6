/**
 * Request references residents can read aloud over the phone, e.g. `ALX-7K4M-2Q9P`: a city prefix
 * and 8 characters of Crockford's base 32 (no I, L, O or U, so nothing looks like 1, 0 or a rude
 * word), 40 random bits from a cryptographic source. Typed references are forgiving: case, spaces
 * and dashes do not matter, and O, I and L are read as 0, 1 and 1.
 */
export const REFERENCE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const DEFAULT_REFERENCE_PREFIX = 'ALX';
export const REFERENCE_PATTERN = /^[A-Z]{2,6}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

/** A new random reference (Web Crypto: the browser and Node 20 both have it). */
export function generateReference(prefix: string = DEFAULT_REFERENCE_PREFIX): string {
  const bytes = new Uint8Array(8);
  globalThis.crypto.getRandomValues(bytes);
  // 256 is a multiple of 32, so masking keeps every character equally likely.
  const code = Array.from(bytes, (byte) => REFERENCE_ALPHABET[byte & 31]).join('');
  return `${prefix}-${code.slice(0, 4)}-${code.slice(4)}`;
}

/** The canonical form of a typed reference, or undefined when it cannot be one. */
export function normalizeReference(input: string, prefix: string = DEFAULT_REFERENCE_PREFIX): string | undefined {
  let compact = input.toUpperCase().replace(/[\s_-]+/g, '');
  if (compact.startsWith(prefix)) compact = compact.slice(prefix.length);
  const code = compact.replace(/O/g, '0').replace(/[IL]/g, '1');
  if (code.length !== 8 || ![...code].every((char) => REFERENCE_ALPHABET.includes(char))) return undefined;
  return `${prefix}-${code.slice(0, 4)}-${code.slice(4)}`;
}
