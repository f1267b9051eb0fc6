/**
 * What each actor MAY do: the policy the permission matrix checks the CMS against. Routes are
 * sorted into families by method and path; each family says, per actor, whether the call must be
 * allowed, must be refused, or may go either way (public routes: an actor holding a credential
 * can always call them without it, so a 401 for a token meant for another API is no harm).
 *
 * Anything not listed is for the super admin only.
 */
export const ACTORS = ['anonymous', 'open311', 'editor', 'triage', 'superAdmin'] as const;
export type Actor = (typeof ACTORS)[number];
export type Expected = 'allow' | 'deny' | 'either';

export const ACTOR_NAMES: Record<Actor, string> = {
  anonymous: 'anonymous',
  open311: 'Open311 key',
  editor: 'Editor',
  triage: 'Triage',
  superAdmin: 'super admin',
};

/** The content types editors write and publish, which the site shows to everyone. */
export const EDITORIAL_UIDS = ['api::department.department', 'api::service.service', 'api::service-form.service-form', 'api::page.page', 'api::alert.alert', 'api::global.global'];
export const EDITORIAL_PATHS = ['departments', 'services', 'service-forms', 'pages', 'alerts', 'global'];
/** Content editors keep in the admin that the public never reads (no REST routes, not in GraphQL). */
export const STAFF_CONTENT_UIDS = ['api::city-calendar.city-calendar', 'api::reply-template.reply-template'];
export const REQUEST_UID = 'api::service-request.service-request';

export type Family =
  | 'public read'
  | 'public submit'
  | 'public auth'
  | 'open311 read'
  | 'open311 write'
  | 'content api private'
  | 'graphql public'
  | 'graphql private'
  | 'admin auth'
  | 'admin self'
  | 'admin editorial'
  | 'admin editorial settings'
  | 'admin site builds read'
  | 'admin requests read'
  | 'admin requests update'
  | 'admin desk'
  | 'admin desk supervise'
  | 'admin upload'
  | 'admin super only'
  | 'admin disabled feature'
  | 'admin code-only records'
  | 'type builder writes'
  | 'drafts'
  | 'hidden';

const ALL = (value: Expected): Record<Actor, Expected> => ({ anonymous: value, open311: value, editor: value, triage: value, superAdmin: value });
const STAFF_ONLY = (roles: Partial<Record<Actor, Expected>>): Record<Actor, Expected> => ({ anonymous: 'deny', open311: 'deny', editor: 'deny', triage: 'deny', superAdmin: 'allow', ...roles });

/** The policy: per family, per actor. */
export const POLICY: Record<Family, Record<Actor, Expected>> = {
  // Published content, the list of locales, the no-JS form: the public site's own calls.
  'public read': { ...ALL('either'), anonymous: 'allow' },
  'public submit': { ...ALL('either'), anonymous: 'allow' },
  // Log-in, password reset and the like: public by design (registration itself is switched off).
  'public auth': ALL('either'),
  // GeoReport v2 reads are public; only submitting needs a key.
  'open311 read': { ...ALL('either'), anonymous: 'allow' },
  'open311 write': { ...ALL('deny'), open311: 'allow' },
  // Everything else on /api: writes, users, roles, uploads, e-mail, the type builder's read API.
  'content api private': ALL('deny'),
  'graphql public': { ...ALL('either'), anonymous: 'allow' },
  'graphql private': ALL('deny'),
  'admin auth': ALL('either'),
  // An admin's own profile, sessions and permissions, and the admin's metadata (no content).
  'admin self': STAFF_ONLY({ editor: 'allow', triage: 'allow' }),
  'admin editorial': STAFF_ONLY({ editor: 'allow' }),
  // The content manager's view settings for a type: the super admin's (the Editor role has no configure-view).
  'admin editorial settings': STAFF_ONLY({}),
  'admin site builds read': STAFF_ONLY({ editor: 'allow' }),
  'admin requests read': STAFF_ONLY({ triage: 'allow' }),
  'admin requests update': STAFF_ONLY({ triage: 'allow' }),
  // The Requests desk: Triage works it (scoped to their divisions); the dashboard and Team page are supervisors'.
  'admin desk': STAFF_ONLY({ triage: 'allow' }),
  'admin desk supervise': STAFF_ONLY({}),
  // Strapi deletes media with the update permission (there is no delete action), so the Editor may.
  'admin upload': STAFF_ONLY({ editor: 'allow' }),
  'admin super only': STAFF_ONLY({}),
  // Features this build does not have (AI metadata and translation, data transfer): refused or
  // not found, for staff either way; never for the public.
  'admin disabled feature': { ...STAFF_ONLY({ editor: 'either', triage: 'either' }), superAdmin: 'either' },
  // Records only the code writes (saved form answers, hidden from the content manager): the super admin
  // may look; a write through the content manager is refused, for nobody else at all.
  'admin code-only records': { ...STAFF_ONLY({}), superAdmin: 'either' },
  // The type builder writes only in development with auto-reload; the CMS never runs that way.
  'type builder writes': ALL('deny'),
  // Unpublished content through the content API (`status=draft`): nobody. Editors preview drafts
  // on the publisher (shared/preview), which reads them with a credential no actor here holds.
  drafts: ALL('deny'),
  // A resident's attachment through the media library, or without a signed link: nobody.
  hidden: ALL('deny'),
};

export const FAMILY_NOTES: Record<Family, string> = {
  'public read': 'published editorial content, locales, the location question’s address search (GET /api/addresses)',
  'public submit': 'POST /api/service-requests/submit and /reply; the signed update-email opt-out; the form metrics beacon (POST /api/form-metrics)',
  'public auth': 'users-permissions log-in and password routes',
  'open311 read': 'GeoReport v2 GET resources',
  'open311 write': 'POST requests (api_key)',
  'content api private': 'every other /api route, and the publisher-only read of a fill’s kept answers',
  'graphql public': 'editorial queries, submitServiceRequest, serviceRequestStatus, servicePerformance (aggregates only), locales',
  'graphql private': 'every other query and mutation',
  'admin auth': 'admin log-in, registration, password reset',
  'admin self': 'own profile, sessions, permissions; admin metadata',
  'admin editorial': 'content manager on editorial types; checks before publishing; scheduled publishing; form metrics',
  'admin editorial settings': 'content manager view configuration',
  'admin site builds read': 'content manager read of site builds',
  'admin requests read': 'content manager read of service requests',
  'admin requests update': 'content manager update of service requests',
  'admin desk': 'the Requests desk: queue, a request, actions, bulk, CSV, staff menu',
  'admin desk supervise': 'the Requests desk: dashboard and Team',
  'admin upload': 'media library read, upload, update, delete',
  'admin super only': 'users, roles, tokens, webhooks, settings, e-mail, type builder, private types',
  'admin disabled feature': 'AI metadata and translation jobs, data transfer runner',
  'admin code-only records': 'content-manager writes on saved form answers (api::form-save.form-save)',
  'type builder writes': 'content-type builder changes (off without auto-reload)',
  drafts: 'a draft through the content API (status=draft)',
  hidden: 'a resident’s attachment in the media library, or without its signed link',
};

const EDITORIAL_API = new RegExp(`^/api/(${EDITORIAL_PATHS.join('|')})(/[^/]+)?$`);
const OPEN311 = /^\/api\/open311\//;
const PUBLIC_AUTH_API = /^\/api\/(auth\/(local|forgot-password|reset-password|email-confirmation|send-email-confirmation|refresh|logout|[^/]+\/callback)|connect\/)/;
const ADMIN_AUTH = /^\/admin\/(init|project-type|telemetry-properties|login|access-token|register-admin|registration-info|register|forgot-password|reset-password|logout)$/;
/**
 * Metadata any admin user reads to run the admin panel: the schema of the types, their view
 * settings, the lists of API routes, permissions and policies, the media library's view settings,
 * the preview script. No content. Strapi also lets any admin ask whether a slug is free
 * (content-manager/uid/*): that tells whether a page with that slug exists, nothing more.
 */
const ADMIN_SELF = [
  /^\/admin\/users\/me(\/|$)/,
  /^\/admin\/(information|license-trial-time-left|guided-tour-meta|permissions|homepage\/(key-statistics|layout)|ai-usage|ai-token|ai-feature-config|content-api\/(permissions|routes))$/,
  /^\/content-manager\/(init|content-types|content-types-settings|components|homepage\/(recent-documents|count-documents)|preview\/url\/[^/]+)$/,
  /^\/content-manager\/(content-types|components)\/[^/]+\/configuration$/,
  /^\/i18n\/(locales|settings)$/,
  /^\/upload\/configuration$/,
  /^\/users-permissions\/(permissions|policies|routes)$/,
];
const DISABLED_FEATURE = /^\/(upload\/(ai-metadata-jobs|actions\/generate-ai-metadata)|i18n\/ai-localization-jobs\/|admin\/(ai-|transfer\/runner\/))/;

/** The content-manager model a path is about, when it names one. */
export function modelOf(path: string): string | undefined {
  return /^\/content-manager\/(?:collection-types|single-types|relations|content-types|preview\/url)\/([^/]+)/.exec(path)?.[1] ?? /^\/i18n\/content-manager\/get-fill-from-locale\/([^/]+)/.exec(path)?.[1];
}

export function familyOf(method: string, path: string): Family {
  if (path.startsWith('/api/')) {
    if (PUBLIC_AUTH_API.test(path)) return 'public auth';
    // Catch-all routes (Open311's 404 for unknown resources): nothing there for anyone.
    if (path.includes('(.*)')) return 'content api private';
    if (OPEN311.test(path)) return method === 'POST' && /\/requests\.(json|xml|:format)$/.test(path) ? 'open311 write' : 'open311 read';
    if (method === 'GET' && (EDITORIAL_API.test(path) || path === '/api/i18n/locales' || path === '/api/addresses')) return 'public read';
    // The resident's own routes: the no-JS form, a reply from the track page (reference and email
    // checked inside), the update-email opt-out (a signed link; GET changes nothing).
    if (method === 'POST' && (path === '/api/service-requests/submit' || path === '/api/service-requests/reply')) return 'public submit';
    if ((method === 'GET' || method === 'POST') && path === '/api/service-requests/updates/:reference') return 'public submit';
    // The form metrics beacon: counts only, no cookie, nothing read back.
    if (method === 'POST' && path === '/api/form-metrics') return 'public submit';
    // Save and come back later: saving (an email is sent, rate-limited) and reading one's answers by the emailed token.
    if ((method === 'POST' && path === '/api/form-saves') || (method === 'GET' && path === '/api/form-saves/:token')) return 'public submit';
    // Answers too long for the form page's address, kept for the fill: the publisher's server reads
    // them with its secret (checked in the controller), which no actor here holds.
    if (method === 'GET' && path === '/api/service-requests/kept-values/:fill') return 'content api private';
    if (PUBLIC_AUTH_API.test(path)) return 'public auth';
    return 'content api private';
  }
  if (ADMIN_AUTH.test(path) || path === '/content-manager/preview/script') return 'admin auth';
  if (DISABLED_FEATURE.test(path)) return 'admin disabled feature';
  if (/^\/content-type-builder\//.test(path) && method !== 'GET') return 'type builder writes';
  if ((path === '/admin/permissions/check' && method === 'POST') || (path === '/admin/homepage/layout' && method === 'PUT') || /^\/content-manager\/uid\//.test(path)) return 'admin self';
  if (method === 'GET' && ADMIN_SELF.some((pattern) => pattern.test(path))) return 'admin self';
  if (path === '/admin/users/me' || path.startsWith('/admin/users/me/')) return 'admin self';
  // Checks before publishing: the entry view's side panel, for those who edit content.
  if (path.startsWith('/publish-checks/')) return 'admin editorial';
  // Content review: the entry view's side panel and the due list; the controller checks the content manager's rights per type.
  if (path.startsWith('/content-review/')) return 'admin editorial';
  // Scheduled publishing: the entry's scheduling panel and the Scheduled page, for those who publish.
  if (path.startsWith('/scheduling/')) return 'admin editorial';
  // Form metrics: counts per form for editors (plugin::form-metrics.read).
  if (path.startsWith('/form-metrics/')) return 'admin editorial';
  if (path.startsWith('/requests-desk/')) return /^\/requests-desk\/(dashboard|team)(\/|$)/.test(path) ? 'admin desk supervise' : 'admin desk';
  if (path.startsWith('/upload')) {
    if (path === '/upload/settings') return 'admin super only';
    return 'admin upload';
  }
  const model = modelOf(path);
  if (model) {
    if (/^\/content-manager\/content-types\/[^/]+\/configuration$/.test(path)) return 'admin editorial settings';
    if (EDITORIAL_UIDS.includes(model) || STAFF_CONTENT_UIDS.includes(model)) return 'admin editorial';
    // Reading includes the content manager's read helpers: relations, draft-relation counts, bulk validation look-ups.
    const reads = method === 'GET' || path.endsWith('/actions/bulkFindForValidation');
    if (model === 'api::site-build.site-build') return reads ? 'admin site builds read' : 'admin super only';
    if (model === 'api::form-save.form-save') return reads ? 'admin super only' : 'admin code-only records';
    if (model === REQUEST_UID) {
      if (reads) return 'admin requests read';
      if ((/^\/content-manager\/collection-types\/[^/]+\/[^/]+$/.test(path) && method === 'PUT') || path.endsWith('/actions/discard')) return 'admin requests update';
    }
    return 'admin super only';
  }
  if (path.startsWith('/i18n/content-manager/')) return 'admin editorial';
  return 'admin super only';
}

/** GraphQL operations the public site uses. */
const PUBLIC_QUERIES = /^(departments?|services?|serviceForms?|pages?|alerts?|global|i18NLocales?|departments_connection|services_connection|serviceForms_connection|pages_connection|alerts_connection|serviceRequestStatus|servicePerformance)$/;
const PUBLIC_MUTATIONS = new Set(['submitServiceRequest']);
const AUTH_MUTATIONS = new Set(['login', 'register', 'forgotPassword', 'resetPassword', 'changePassword', 'emailConfirmation']);

export function graphqlFamily(operation: 'query' | 'mutation', field: string): Family {
  if (operation === 'query') return PUBLIC_QUERIES.test(field) ? 'graphql public' : 'graphql private';
  if (PUBLIC_MUTATIONS.has(field)) return 'graphql public';
  // register is refused by the settings (registration is off), the rest are public by design.
  return AUTH_MUTATIONS.has(field) && field !== 'register' ? 'public auth' : 'graphql private';
}
