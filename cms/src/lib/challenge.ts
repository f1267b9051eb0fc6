import crypto from 'node:crypto';
import { createChallenge, verifySolution } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import { challengeSchema, decodeChallengePayload, type Challenge } from '@city/shared/challenge';

/**
 * Proof-of-work challenges (altcha v2, self-hosted: no third party), asked of a resident's
 * submission once their address has used its normal allowance (service-request/lib/abuse.ts), so
 * people who share an address go on sending instead of being refused, while a script pays
 * for each request. The browser solves one in about 1 to 3 s on a phone (shared/challenge-solver).
 *
 * Deterministic mode: the CMS picks the counter, derives its key once and signs it
 * (`keySignature`), so verifying a solution is two HMACs, never a key derivation. A challenge
 * expires after CHALLENGE_LIFETIME_MS, and a solved one is accepted once: its signature is claimed
 * in the rate limiter's store (Redis when configured, so every instance agrees) until it expires.
 *
 * altcha-lib's package.json names types that are not in the package; the CMS's node10 resolution
 * reads those, so cms/tsconfig.json maps the module to its own CommonJS types (`paths`).
 */
export const CHALLENGE_LIFETIME_MS = 10 * 60 * 1000;
/** PBKDF2/SHA-256 rounds of one attempt: long enough that an attempt is work, not call overhead. */
const COST = 1000;
const DEFAULT_COMPLEXITY = 2000;

/** Most attempts a challenge may need (REQUEST_CHALLENGE_COMPLEXITY); each is about 1 ms on a phone. */
export function challengeComplexity(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.REQUEST_CHALLENGE_COMPLEXITY ?? DEFAULT_COMPLEXITY);
  return Number.isInteger(value) && value >= 2 && value <= 10_000_000 ? value : DEFAULT_COMPLEXITY;
}

let processSecret: string | undefined;
/** The HMAC keys of challenges: from the CMS's own secrets, so every instance agrees; never the confirmation's key. */
function secrets(): { signature: string; keySignature: string } {
  const base = process.env.APP_KEYS ?? process.env.PUBLISH_WEBHOOK_SECRET ?? '';
  const derive = (info: string) => Buffer.from(crypto.hkdfSync('sha256', base, Buffer.alloc(0), info, 32)).toString('hex');
  if (base) return { signature: derive('city-portal proof-of-work challenge v1'), keySignature: derive('city-portal proof-of-work key v1') };
  processSecret ??= crypto.randomBytes(32).toString('hex');
  return { signature: `${processSecret}.challenge`, keySignature: `${processSecret}.key` };
}

/** A fresh challenge, expiring CHALLENGE_LIFETIME_MS after `now`. */
export async function issueChallenge(now = Date.now(), complexity = challengeComplexity()): Promise<Challenge> {
  const { signature, keySignature } = secrets();
  // Between half the complexity and all of it: the work varies, so a solver cannot stop early.
  const counter = crypto.randomInt(Math.floor(complexity / 2), complexity + 1);
  const challenge = await createChallenge({
    algorithm: 'PBKDF2/SHA-256',
    cost: COST,
    counter,
    deriveKey,
    expiresAt: Math.floor((now + CHALLENGE_LIFETIME_MS) / 1000),
    hmacSignatureSecret: signature,
    hmacKeySignatureSecret: keySignature,
  });
  // Parsed rather than cast: the island reads it with the same schema.
  return challengeSchema.parse(challenge);
}

/** Where solved challenges are remembered: the rate limiter's store (RateLimiter.claimOnce). */
export interface OneTimeStore {
  claimOnce(name: string, ttlMs: number): Promise<boolean>;
}

export type ChallengeCheck = 'solved' | 'missing' | 'invalid' | 'expired' | 'used';

/**
 * Whether `payload` (the submission's `challenge` field) is a solution of a challenge this CMS
 * issued, unexpired and not used before; a solved one is spent by this call.
 */
export async function checkChallenge(payload: string | undefined, store: OneTimeStore, now = Date.now()): Promise<ChallengeCheck> {
  if (!payload) return 'missing';
  const decoded = decodeChallengePayload(payload);
  if (!decoded) return 'invalid';
  const expiresAtMs = decoded.challenge.parameters.expiresAt * 1000;
  if (expiresAtMs < now) return 'expired';
  const { signature, keySignature } = secrets();
  const result = await verifySolution({ challenge: decoded.challenge, solution: decoded.solution, deriveKey, hmacSignatureSecret: signature, hmacKeySignatureSecret: keySignature });
  if (result.expired) return 'expired';
  if (!result.verified) return 'invalid';
  // Only a verified solution is remembered: junk cannot fill the store. Until it expires, then altcha refuses it anyway.
  return (await store.claimOnce(`challenge:${decoded.challenge.signature}`, expiresAtMs - now + 1000)) ? 'solved' : 'used';
}
