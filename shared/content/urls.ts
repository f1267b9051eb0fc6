/**
 * Which link targets content may use. Anything else (javascript:, data:, vbscript:, file:, or a
 * protocol-relative `//host`) is refused, so a link from the CMS can never run script.
 */
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);

export function isSafeHref(href: string): boolean {
  const value = href.trim();
  if (value === '' || /[\u0000-\u001f\u007f]/.test(value)) return false;
  // Site-relative: "/x", "#x", "?x", but not "//host", which browsers treat as another origin.
  if (value.startsWith('/')) return !value.startsWith('//') && !value.startsWith('/\\');
  if (value.startsWith('#') || value.startsWith('?')) return true;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return SAFE_SCHEMES.has(url.protocol);
}
