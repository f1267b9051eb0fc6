import { challengeSchema, encodeChallengePayload, type Challenge, type ChallengeSolution } from '../challenge/index.js';

/**
 * Solves the CMS's proof-of-work challenge (../challenge) in the browser with Web Crypto only: no
 * third party is called and nothing else is loaded. The island imports this module only when the
 * CMS asks for a challenge, so the page's initial JavaScript does not grow. altcha v2's rule: the
 * password is the nonce's bytes followed by the counter as a big-endian uint32; the key is
 * PBKDF2/SHA-256 of it with the salt, `cost` rounds, `keyLength` bytes; the answer is the first
 * counter whose key starts with the prefix. Each derivation runs inside Web Crypto and is awaited, so
 * the page stays responsive while it searches.
 */
export interface SolveOptions {
  signal?: AbortSignal | undefined;
  /** Give up after this long (ms): a phone should need 1 to 3 s at the CMS's default complexity. */
  timeoutMs?: number | undefined;
}

const hexBytes = (hex: string): Uint8Array<ArrayBuffer> => {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i += 1) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
};
const toHex = (bytes: Uint8Array): string => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');

/** The solution, or undefined when it was aborted, timed out, or no counter up to 2^32 - 1 fits. */
export async function solveChallenge(challenge: Challenge, options: SolveOptions = {}): Promise<ChallengeSolution | undefined> {
  const { nonce, salt, cost, keyLength, keyPrefix } = challenge.parameters;
  const subtle = globalThis.crypto.subtle;
  const saltBytes = hexBytes(salt);
  const prefix = hexBytes(keyPrefix);
  const nonceBytes = hexBytes(nonce);
  const password = new Uint8Array(nonceBytes.length + 4);
  password.set(nonceBytes, 0);
  const view = new DataView(password.buffer);
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  for (let counter = 0; counter <= 0xffffffff; counter += 1) {
    if (options.signal?.aborted || Date.now() > deadline) return undefined;
    view.setUint32(nonceBytes.length, counter, false);
    const key = await subtle.importKey('raw', password, { name: 'PBKDF2' }, false, ['deriveBits']);
    const bits = new Uint8Array(await subtle.deriveBits({ name: 'PBKDF2', salt: saltBytes, iterations: cost, hash: 'SHA-256' }, key, keyLength * 8));
    if (prefix.every((byte, index) => bits[index] === byte)) return { counter, derivedKey: toHex(bits) };
  }
  return undefined;
}

/** Solves a challenge as the CMS sent it: the payload for the submission's `challenge` field, or undefined. */
export async function solveToPayload(offered: unknown, options: SolveOptions = {}): Promise<string | undefined> {
  const challenge = challengeSchema.safeParse(offered);
  if (!challenge.success) return undefined;
  const solution = await solveChallenge(challenge.data, options);
  return solution ? encodeChallengePayload(challenge.data, solution) : undefined;
}
