// Asking the CMS where a request stands. Outcomes are values the island can say plainly; a wrong
// reference and a wrong email are the same "not found", as the CMS makes them.
import { contactSchema, normalizeReference, DEFAULT_REFERENCE_PREFIX } from '@city/shared/forms';
import type { Locale } from '@city/shared/locales';
import { ServiceRequestStatusDocument, type ServiceRequestStatusQuery } from '../../graphql/generated/graphql';
import type { RunGraphql } from '../lib/graphql';

export type StatusView = ServiceRequestStatusQuery['serviceRequestStatus'];

export type LookupOutcome =
  | { kind: 'found'; view: StatusView }
  | { kind: 'not-found' }
  | { kind: 'network' }
  | { kind: 'rate-limited' }
  | { kind: 'failed' }
  /** The site's own server could not reach the CMS (the look-up without JavaScript). */
  | { kind: 'unavailable' };

export type LookUp = (reference: string, email: string, locale: Locale) => Promise<LookupOutcome>;

export function lookUpThroughCms(runGraphql: RunGraphql): LookUp {
  return async (reference, email, locale) => {
    const outcome = await runGraphql(ServiceRequestStatusDocument, { reference, email, locale });
    switch (outcome.kind) {
      case 'data':
        return { kind: 'found', view: outcome.data.serviceRequestStatus };
      case 'errors':
        if (outcome.errors.some((error) => error.code === 'STRAPI_NOT_FOUND_ERROR')) return { kind: 'not-found' };
        if (outcome.errors.some((error) => error.code === 'STRAPI_RATE_LIMIT_ERROR')) return { kind: 'rate-limited' };
        return { kind: 'failed' };
      case 'network':
        return { kind: 'network' };
      default:
        return { kind: 'failed' };
    }
  };
}

export interface LookupErrors {
  reference?: string;
  email?: string;
}

/**
 * Checks the two answers with the shared rules before asking: a reference must read as one (the
 * shared, forgiving `normalizeReference`), the email as the contact email is checked on submit.
 */
export function checkLookup(
  input: { reference: string; email: string },
  locale: Locale,
  messages: { referenceRequired: string; referenceInvalid: string },
  prefix: string = DEFAULT_REFERENCE_PREFIX,
): { ok: true; reference: string; email: string } | { ok: false; errors: LookupErrors } {
  const errors: LookupErrors = {};
  const reference = normalizeReference(input.reference, prefix);
  if (input.reference.trim() === '') errors.reference = messages.referenceRequired;
  else if (!reference) errors.reference = messages.referenceInvalid;
  const email = contactSchema(locale).shape.email.safeParse(input.email);
  if (!email.success) errors.email = email.error.issues[0]?.message ?? email.error.message;
  if (errors.reference || errors.email || !reference || !email.success) return { ok: false, errors };
  return { ok: true, reference, email: email.data };
}
