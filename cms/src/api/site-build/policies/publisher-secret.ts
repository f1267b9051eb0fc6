import crypto from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { PUBLISHER_SECRET_HEADER } from '@city/shared/forms';

/** Only the site publisher, which holds the webhook secret, may report builds. */
const publisherSecret: Core.PolicyHandler = (policyContext) => {
  const expected = process.env.PUBLISH_WEBHOOK_SECRET ?? '';
  const given = policyContext.request.headers[PUBLISHER_SECRET_HEADER];
  const value = Array.isArray(given) ? given[0] : given;
  if (!expected || !value) return false;
  const a = Buffer.from(value);
  const b = Buffer.from(expected);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
};

export default publisherSecret;
