export const CLIENT_UID = 'api::open311.open311-client' as const;
export const SUBMISSION_UID = 'api::open311.open311-submission' as const;

/** The public address of the CMS as Open311 clients reach it, for the discovery document. */
export const publicCmsUrl = (): string => (process.env.PUBLIC_URL || `http://${process.env.HOST ?? '127.0.0.1'}:${process.env.PORT ?? '1337'}`).replace(/\/+$/, '');
/** Who Open311 developers write to, and where they ask for a key. */
export const open311Contact = (): string => process.env.OPEN311_CONTACT ?? 'Open311 support: open311@example.gov';
export const open311KeyService = (): string => process.env.OPEN311_KEY_SERVICE ?? 'Ask open311@example.gov for an API key; staff create one with `npm run open311:key -- "<client name>"`.';
/** When this implementation last changed in a way clients should notice. */
export const OPEN311_CHANGESET = '2025-11-25T00:00:00Z';
