// Build-time settings, each from an environment variable with a default for local development.
import { DEFAULT_REFERENCE_PREFIX } from '@city/shared/forms';

/** The CMS `npm start` runs, when CMS_URL says nothing else. */
export const DEFAULT_CMS_URL = 'http://127.0.0.1:1337';
/** Where the build reads content from (server to server). */
export const CMS_URL = process.env.CMS_URL ?? DEFAULT_CMS_URL;
/** Where readers' browsers fetch CMS uploads from; defaults to CMS_URL. */
export const PUBLIC_CMS_URL = process.env.PUBLIC_CMS_URL ?? CMS_URL;
/** The city's time zone, for "last updated" dates. */
export const TIME_ZONE = process.env.SITE_TIME_ZONE ?? 'America/New_York';

/** Where the islands reach the CMS from a reader's browser. */
export const cmsEndpoints = {
  submit: `${PUBLIC_CMS_URL.replace(/\/$/, '')}/api/service-requests/submit`,
  graphql: `${PUBLIC_CMS_URL.replace(/\/$/, '')}/graphql`,
  reply: `${PUBLIC_CMS_URL.replace(/\/$/, '')}/api/service-requests/reply`,
  addresses: `${PUBLIC_CMS_URL.replace(/\/$/, '')}/api/addresses`,
  metrics: `${PUBLIC_CMS_URL.replace(/\/$/, '')}/api/form-metrics`,
};

/** The city's reference prefix, as the CMS's REQUEST_REFERENCE_PREFIX (ALX-7K4M-2Q9P). */
export const REFERENCE_PREFIX = process.env.REQUEST_REFERENCE_PREFIX ?? DEFAULT_REFERENCE_PREFIX;
