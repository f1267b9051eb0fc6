/**
 * The one spelling of a request path every check compares against (RFC 3986 normalization, as far
 * as it is safe for routing): escapes of unreserved characters decoded, other escapes upper-cased,
 * repeated slashes collapsed, a trailing slash dropped. Case is kept: routes are case-sensitive.
 */
const UNRESERVED = /^[A-Za-z0-9\-._~]$/;
/** Escapes that would change which route or file a path names once something decodes them. */
const FORBIDDEN_ESCAPES = new Set(['%00', '%2F', '%5C']);

export type CanonicalPath = { ok: true; path: string } | { ok: false; reason: 'escape' | 'segment' };

export function canonicalPath(raw: string): CanonicalPath {
  let forbidden = false;
  const decoded = raw.replace(/%([0-9A-Fa-f]{2})|%/g, (escape: string, hex: string | undefined) => {
    if (hex === undefined) {
      forbidden = true;
      return escape;
    }
    const upper = `%${hex.toUpperCase()}`;
    if (FORBIDDEN_ESCAPES.has(upper)) forbidden = true;
    const char = String.fromCharCode(parseInt(hex, 16));
    return UNRESERVED.test(char) ? char : upper;
  });
  if (forbidden) return { ok: false, reason: 'escape' };
  let path = decoded.replace(/\/{2,}/g, '/');
  // `.` and `..` segments: clients resolve them before sending; only a crafted request has them.
  if (path.split('/').some((segment) => segment === '.' || segment === '..')) return { ok: false, reason: 'segment' };
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return { ok: true, path };
}

/** Whether a canonical path is `expected`, in any letter case (for checks that run before routing). */
export function isPath(path: string, expected: string): boolean {
  return path.toLowerCase() === expected.toLowerCase();
}

/** Whether a canonical path is under `prefix` (e.g. `/api/`), in any letter case. */
export function isUnder(path: string, prefix: string): boolean {
  return path.toLowerCase().startsWith(prefix.toLowerCase());
}
