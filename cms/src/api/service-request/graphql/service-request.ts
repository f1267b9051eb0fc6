import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { REQUEST_STATUSES } from '@city/shared/forms';
import { OUTBOX_UID, REQUEST_UID } from '../../../lib/constants';
import { FORM_SAVE_UID } from '../../form-save/lib/saves';
import { rateLimitAddress, rateLimiter, type AskingRequest, type Bucket } from '../../../lib/rate-limit';
import { intake } from '../services/intake';

/**
 * The resident-facing GraphQL API of service requests: exactly one mutation and one query, open
 * to the public. The generated CRUD of requests and of the outbox is switched off entirely, so
 * nobody, signed in or not, can list or read requests over GraphQL.
 *
 * Errors carry `extensions.code`:
 *   BAD_USER_INPUT                      field errors in `extensions.error.details.errors` [{ field, message }];
 *                                       a suspected robot gets field `confirmation` and `details.confirmation`;
 *                                       past the address's allowance, field `challenge` and `details.challenge`
 *                                       (a proof-of-work challenge to solve and send back in `input.challenge`)
 *   STRAPI_IDEMPOTENCY_CONFLICT_ERROR   the key was used for a different submission
 *   STRAPI_NOT_FOUND_ERROR              no request with this reference and email (same for both)
 *   STRAPI_RATE_LIMIT_ERROR             too many requests from this address; retryAfterSeconds in details
 */
const typeDefs = /* GraphQL */ `
  enum ServiceRequestStatus {
    ${REQUEST_STATUSES.join('\n    ')}
  }

  input ServiceRequestContactInput {
    name: String
    email: String
    phone: String
  }

  input SubmitServiceRequestInput {
    "The service form's code, e.g. website-problem."
    formCode: String!
    "The resident's language, one of the portal's locales (en, es…): messages and emails use it."
    locale: String!
    "Answers keyed by field key. File fields cannot be sent here: use POST /api/service-requests/submit."
    answers: JSON!
    contact: ServiceRequestContactInput!
    "A key the client makes once per request (a UUID) and sends again on every retry."
    idempotencyKey: String!
    "When the resident opened the form, in ms since the epoch (robot checks)."
    startedAt: Float
    "The form's hidden field that people never see; leave it empty."
    honeypot: String
    "The proof from a BAD_USER_INPUT error on the field confirmation, sent with the same idempotencyKey to confirm."
    confirmation: String
    "A solved proof-of-work challenge, once a BAD_USER_INPUT error on the field challenge asked for one (its details.challenge): base64 of the JSON { challenge, solution }."
    challenge: String
    "The token of saved answers (Save and come back later) that this request continues: sending it uses them up."
    resumeToken: String
  }

  type ServiceRequestNextSteps {
    confirmationText: String
    responseTime: String
    divisionName: String
    departmentName: String
  }

  type ServiceRequestReceipt {
    reference: String!
    status: ServiceRequestStatus!
    statusLabel: String!
    submittedAt: DateTime!
    "True when this key was already used with the same answers: nothing new was stored."
    replayed: Boolean!
    formCode: String!
    formTitle: String!
    serviceSlug: String
    nextSteps: ServiceRequestNextSteps!
  }

  type ServiceRequestTimelineEntry {
    status: ServiceRequestStatus!
    statusLabel: String!
    publicNote: String
    at: DateTime!
  }

  "What a step of a request's public timeline is."
  enum ServiceRequestEventKind {
    "The City received the request (its status was then submitted)."
    received
    "Staff changed the status, or wrote to the resident."
    status
    "The resident answered the City (publicNote: their words; detail: their files' names, comma separated)."
    resident_reply
    "The City closed the request; detail: the reason (fixed, no_action, referred, duplicate)."
    closure
    "The request repeats another one; detail: the other request's reference, which the resident follows."
    duplicate
  }

  "One step of a request's public timeline. Internal notes and who made a change are never part of it."
  type ServiceRequestEvent {
    kind: ServiceRequestEventKind!
    "The status from this step on."
    status: ServiceRequestStatus!
    at: DateTime!
    "What staff wrote to the resident with this step, or the resident's reply, as written (plain text)."
    publicNote: String
    "What the kind needs: the closure reason, the other reference, the names of the files attached to a reply."
    detail: String
  }

  type ServiceRequestStatusView {
    reference: String!
    status: ServiceRequestStatus!
    statusLabel: String!
    formTitle: String!
    submittedAt: DateTime!
    updatedAt: DateTime!
    publicNotes: [String!]!
    timeline: [ServiceRequestTimelineEntry!]! @deprecated(reason: "Use events: the same steps with their kind; label statuses with the site's catalogue.")
    "The public timeline, oldest first: received, then each status change, public reply, answer of the resident, closure or duplicate."
    events: [ServiceRequestEvent!]!
  }

  extend type Mutation {
    submitServiceRequest(input: SubmitServiceRequestInput!): ServiceRequestReceipt!
  }

  extend type Query {
    "The status of a request; the same not-found error whether the reference or the email is wrong."
    serviceRequestStatus(reference: String!, email: String!, locale: String): ServiceRequestStatusView!
  }
`;

interface KoaLike {
  request: AskingRequest;
}
interface ResolverContext {
  koaContext: KoaLike;
}
interface ExtensionService {
  shadowCRUD(uid: string): { disable(): unknown };
  use(extension: (context: { strapi: Core.Strapi }) => Record<string, unknown>): void;
}

export const NOT_FOUND_MESSAGE = 'No request matches this reference and email address.';

async function limit(strapi: Core.Strapi, bucket: Bucket, context: ResolverContext): Promise<void> {
  // The publisher's look-ups for residents without JavaScript count against each resident.
  const decision = await rateLimiter(strapi).hit(bucket, rateLimitAddress(context.koaContext.request));
  if (!decision.allowed) throw new errors.RateLimitError('Too many requests. Try again later.', { retryAfterSeconds: decision.retryAfterS });
}

export function registerRequestGraphql(strapi: Core.Strapi): void {
  const extension = strapi.plugin('graphql').service('extension') as ExtensionService;
  extension.shadowCRUD(REQUEST_UID).disable();
  extension.shadowCRUD(OUTBOX_UID).disable();
  extension.shadowCRUD(FORM_SAVE_UID).disable();
  extension.use(() => ({
    typeDefs,
    resolvers: {
      Mutation: {
        submitServiceRequest: async (_parent: unknown, args: { input: unknown }, context: ResolverContext) => {
          // Every abuse check (rate limit, honeypot, fill time) is the intake's, as for every channel.
          return intake(strapi).submit(args.input, { channel: 'web', requester: { address: rateLimitAddress(context.koaContext.request) } });
        },
      },
      Query: {
        serviceRequestStatus: async (_parent: unknown, args: { reference: string; email: string; locale?: string | null }, context: ResolverContext) => {
          await limit(strapi, 'lookup', context);
          const view = await intake(strapi).lookup(args.reference, args.email, args.locale ?? undefined);
          if (!view) throw new errors.NotFoundError(NOT_FOUND_MESSAGE);
          return view;
        },
      },
    },
    resolversConfig: {
      // Public: residents have no account. Abuse is handled by the rate limits (intake's for submissions).
      'Mutation.submitServiceRequest': { auth: false },
      'Query.serviceRequestStatus': { auth: false },
    },
  }));
}
