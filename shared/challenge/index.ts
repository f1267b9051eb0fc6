import { z } from 'zod';
import { CHALLENGE_PAYLOAD_MAX } from './limits.js';

export { CHALLENGE_PAYLOAD_MAX };

/**
 * The proof-of-work challenge the CMS asks for when an address has used its normal allowance of
 * submissions (cms/src/lib/challenge.ts), in altcha v2's format: find the counter whose
 * PBKDF2/SHA-256 key, derived from `nonce` + counter and `salt`, starts with `keyPrefix`. The
 * browser solves it (../challenge-solver) and sends the solution back as one string, the payload.
 */
const hex = z.string().regex(/^(?:[0-9a-f]{2})+$/, 'hex');

/** Kept as sent (passthrough): the CMS's signature covers every parameter. */
export const challengeParametersSchema = z
  .object({
    algorithm: z.literal('PBKDF2/SHA-256'),
    nonce: hex.max(128),
    salt: hex.max(128),
    cost: z.number().int().positive().max(1_000_000),
    keyLength: z.number().int().min(16).max(64),
    keyPrefix: hex.max(128),
    keySignature: hex.max(256).optional(),
    /** Seconds since the epoch. */
    expiresAt: z.number().int().positive(),
  })
  .passthrough();

export const challengeSchema = z.object({ parameters: challengeParametersSchema, signature: hex.max(256) });
export type Challenge = z.infer<typeof challengeSchema>;

export const challengeSolutionSchema = z.object({
  counter: z.number().int().nonnegative().max(0xffffffff),
  derivedKey: hex.max(256),
});
export type ChallengeSolution = z.infer<typeof challengeSolutionSchema>;

const payloadSchema = z.object({ challenge: challengeSchema, solution: challengeSolutionSchema });
export type ChallengePayload = z.infer<typeof payloadSchema>;


/** The solved challenge as the submission's `challenge` field: base64 of its JSON, as altcha's widget sends it. */
export function encodeChallengePayload(challenge: Challenge, solution: ChallengeSolution): string {
  const json = JSON.stringify({ challenge, solution: { counter: solution.counter, derivedKey: solution.derivedKey } });
  // The JSON is ASCII (hex, digits, the algorithm's name), so btoa takes it as it is.
  return btoa(json);
}

/** The payload back as its challenge and solution, or undefined when it is not one. */
export function decodeChallengePayload(payload: string | undefined): ChallengePayload | undefined {
  if (!payload || payload.length > CHALLENGE_PAYLOAD_MAX) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(atob(payload));
  } catch {
    return undefined;
  }
  const parsed = payloadSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
