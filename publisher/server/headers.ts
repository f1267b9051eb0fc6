/**
 * Security headers for every page the site serves. Content pages run no script; island pages load
 * only their own bundled modules from this origin, so `script-src 'self'` with no inline script.
 */
export function securityHeaders(cmsOrigin: string, { https, framedBy }: { https: boolean; framedBy?: string }): Record<string, string> {
  const csp = [
    "default-src 'self'",
    // 'wasm-unsafe-eval' lets the search page compile Pagefind's WebAssembly; it does not allow
    // eval() or inline script.
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    // Images in rich text are uploads served by the CMS.
    `img-src 'self' data: ${cmsOrigin}`,
    "font-src 'self'",
    `connect-src 'self' ${cmsOrigin}`,
    `form-action 'self' ${cmsOrigin}`,
    // Only a preview may be framed, and only by the CMS admin, which shows it beside the editor.
    `frame-ancestors ${framedBy ?? "'none'"}`,
    "base-uri 'self'",
    "object-src 'none'",
  ].join('; ');
  const headers: Record<string, string> = {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    // Geolocation for this origin only: the location question's "Use my location" (site/islands/service-request/location).
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(self), payment=(), usb=()',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    // Browsers ignore HSTS over plain http; behind TLS in production it pins the site to https.
    'Strict-Transport-Security': `max-age=${https ? 63072000 : 31536000}; includeSubDomains`,
  };
  // X-Frame-Options cannot name an origin; browsers that know frame-ancestors follow it instead.
  if (framedBy) delete headers['X-Frame-Options'];
  return headers;
}
