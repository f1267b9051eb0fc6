import crypto from 'node:crypto';
import { errors } from '@strapi/utils';
import { formatMessage, type RequestChannel } from '@city/shared/forms';
import type { Challenge } from '@city/shared/challenge';
import { checkChallenge, issueChallenge } from '../../../lib/challenge';
import { SubmissionInvalidError } from '../../../lib/errors';
import { rateLimiter, type Bucket } from '../../../lib/rate-limit';

/**
 * The abuse checks of the one intake step, the same for every channel (services/intake.ts):
 *   - a rate limit, checked before the form is loaded and counted only once a request is stored;
 *     visitors by address (rateLimitAddress: ctx.request.ip, with TRUST_PROXY's rule), Open311
 *     clients by key. People share addresses (a library's computers, a service center helping
 *     residents, a business filing several permits): past the normal allowance, the island's
 *     submissions (channel 'web') go on with a solved proof-of-work challenge each
 *     (lib/challenge.ts), up to the bucket's ceiling; the island solves it without asking anything
 *     of the resident. The no-JavaScript form cannot solve one, so its limit is the allowance;
 *   - for residents' channels (the island over GraphQL or multipart, the no-JavaScript form): the
 *     honeypot and the minimum fill time. Open311 clients are programs by design: their key is
 *     the check.
 *
 * A suspected robot is asked to confirm, never dropped with a false "sent": the same form comes
 * back with every answer kept and a message to send it again, and the second send carries a
 * proof (`confirmation`) bound to its idempotency key, so it is stored. We ask rather than quarantine
 * because nobody could release a quarantined request yet (no staff tooling), and because a person
 * who fills a form fast or with autofill must still get a reference today. The proof only costs a
 * script one more round trip; the rate limit is what bounds it.
 * While the honeypot is filled no proof is accepted: a person cannot see that field, so the request
 * is not stored, but the sender is told so ("not sent yet") and never shown a confirmation; the
 * form comes back with that field empty, so a person's second send (autofill aside) goes through.
 */
export type Requester = { address: string } | { open311Client: string };

export interface BotSignals {
  channel: RequestChannel;
  idempotencyKey: string;
  startedAt?: number | undefined;
  honeypot?: string | undefined;
  confirmation?: string | undefined;
  locale: string;
}

const CONFIRMATION_LIFETIME_MS = 30 * 60 * 1000;
const RESIDENT_CHANNELS: readonly RequestChannel[] = ['web', 'web_nojs'];
/** The channels whose clients can solve a challenge: the island, over GraphQL or multipart. */
const CHALLENGE_CHANNELS: readonly RequestChannel[] = ['web'];

export const minFillMs = (): number => {
  const value = Number(process.env.REQUEST_MIN_FILL_MS ?? 3000);
  return Number.isFinite(value) && value >= 0 ? value : 3000;
};

let processKey: Buffer | undefined;
/** The HMAC key of confirmation proofs: from the CMS's own secrets, so every instance agrees. */
function confirmationKey(): Buffer {
  const secret = process.env.APP_KEYS ?? process.env.PUBLISH_WEBHOOK_SECRET ?? '';
  if (secret) return Buffer.from(crypto.hkdfSync('sha256', secret, Buffer.alloc(0), 'city-portal submission confirmation v1', 32));
  processKey ??= crypto.randomBytes(32);
  return processKey;
}

const mac = (idempotencyKey: string, expires: number) => crypto.createHmac('sha256', confirmationKey()).update(`${idempotencyKey}.${expires}`).digest('base64url');

/** A proof that this CMS asked the submission with this key to be confirmed. */
export function issueConfirmation(idempotencyKey: string, now = Date.now()): string {
  const expires = now + CONFIRMATION_LIFETIME_MS;
  return `${expires}.${mac(idempotencyKey, expires)}`;
}

export function isConfirmed(token: string | undefined, idempotencyKey: string, now = Date.now()): boolean {
  const match = /^(\d{1,16})\.([A-Za-z0-9_-]{43})$/.exec(token ?? '');
  if (!match?.[1] || !match[2]) return false;
  const expires = Number(match[1]);
  if (expires < now) return false;
  const expected = Buffer.from(mac(idempotencyKey, expires));
  const given = Buffer.from(match[2]);
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}

/** The submission looks like a robot's: the resident is asked to send it again (details.confirmation). */
export class ConfirmationRequiredError extends SubmissionInvalidError {
  readonly confirmation: string;
  constructor(locale: string, idempotencyKey: string, readonly reason: 'honeypot' | 'too_fast', now = Date.now()) {
    const message = formatMessage(locale, 'submission.confirm');
    const confirmation = issueConfirmation(idempotencyKey, now);
    super([{ field: 'confirmation', message }], message, { confirmation });
    this.confirmation = confirmation;
  }
}

/** Past the allowance, the island is asked to solve this challenge and send again (details.challenge). */
export class ChallengeRequiredError extends SubmissionInvalidError {
  constructor(locale: string, readonly challenge: Challenge, readonly reason: 'missing' | 'invalid' | 'expired' | 'used') {
    const message = formatMessage(locale, 'submission.challenge');
    super([{ field: 'challenge', message }], message, { challenge });
  }
}

/** What a submission needs to be stored, as far as the rate limit goes. */
export type Admission = 'free' | 'challenge';

/**
 * Refuses (RateLimitError) when the requester has no submission left in the window; counts nothing.
 * 'challenge': the island's submission is past the allowance but below the ceiling, and is stored
 * only with a solved challenge (requireSolvedChallenge).
 */
export async function admit(strapi: Parameters<typeof rateLimiter>[0], requester: Requester, channel: RequestChannel): Promise<Admission> {
  const [bucket, key] = bucketOf(requester);
  const decision = await rateLimiter(strapi).peek(bucket, key);
  if (decision.allowed) return 'free';
  if (CHALLENGE_CHANNELS.includes(channel) && decision.belowCeiling) return 'challenge';
  throw new errors.RateLimitError('Too many requests. Try again later.', { retryAfterSeconds: decision.retryAfterS });
}

/** Throws ChallengeRequiredError, with a fresh challenge, unless `payload` solves an unused one; spends it. */
export async function requireSolvedChallenge(strapi: Parameters<typeof rateLimiter>[0], payload: string | undefined, locale: string): Promise<void> {
  const check = await checkChallenge(payload, rateLimiter(strapi));
  if (check !== 'solved') throw new ChallengeRequiredError(locale, await issueChallenge(), check);
}

/** Counts a stored submission against its requester. */
export async function countAccepted(strapi: Parameters<typeof rateLimiter>[0], requester: Requester): Promise<void> {
  const [bucket, key] = bucketOf(requester);
  await rateLimiter(strapi).hit(bucket, key);
}

function bucketOf(requester: Requester): [Bucket, string] {
  return 'open311Client' in requester ? ['open311', requester.open311Client] : ['submit', requester.address];
}

/** Throws ConfirmationRequiredError when a resident's submission looks like a robot's. */
export function checkBotSignals(signals: BotSignals, now = Date.now()): void {
  if (!RESIDENT_CHANNELS.includes(signals.channel)) return;
  if ((signals.honeypot ?? '').trim() !== '') throw new ConfirmationRequiredError(signals.locale, signals.idempotencyKey, 'honeypot', now);
  // Absent means not measured (API clients); the time is the client's word, so this only stops naive scripts.
  if (signals.startedAt === undefined) return;
  const elapsed = now - signals.startedAt;
  if (elapsed >= 0 && elapsed < minFillMs() && !isConfirmed(signals.confirmation, signals.idempotencyKey, now)) {
    throw new ConfirmationRequiredError(signals.locale, signals.idempotencyKey, 'too_fast', now);
  }
}
