export const REQUEST_UID = 'api::service-request.service-request' as const;
export const OUTBOX_UID = 'api::outbox-message.outbox-message' as const;
export const FORM_UID = 'api::service-form.service-form' as const;

/** The city's reference prefix, e.g. ALX-7K4M-2Q9P. */
export const referencePrefix = (): string => process.env.REQUEST_REFERENCE_PREFIX ?? 'ALX';
/** The public site, for links in redirects and emails. */
export const siteUrl = (): string => (process.env.SITE_URL ?? 'http://localhost:4321').replace(/\/+$/, '');
/** Who signs the emails. */
export const cityName = (): string => process.env.CITY_NAME ?? 'City of Alexandria';
