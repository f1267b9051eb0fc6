import crypto from 'node:crypto';
import { savedAnswersSchema, type SavedAnswers } from '@city/shared/forms';

/**
 * The cryptography of saved answers ("Save and come back later", issue 16):
 *   - the link's token is 32 random bytes (base64url); the table keeps only its SHA-256, so a copy
 *     of the database gives no working link;
 *   - the answers are encrypted with AES-256-GCM under a key derived (HKDF) from FORM_SAVE_KEY, or
 *     the CMS's own APP_KEYS when that is not set, and bound to the token's hash as additional data,
 *     so a sealed value moved to another row does not open. Nothing readable sits in the table.
 * Every CMS instance derives the same key from the same secrets, so any of them can open a save.
 */
const KEY_INFO = 'city-portal saved form answers v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const TOKEN_BYTES = 32;

/** The secret the key is derived from; throws without one, since a key made up per process would lose every save on restart. */
export function formSaveSecret(env: NodeJS.ProcessEnv = process.env): string {
  const secret = env.FORM_SAVE_KEY || env.APP_KEYS || '';
  if (!secret) throw new Error('Saving form answers needs FORM_SAVE_KEY or APP_KEYS');
  return secret;
}

const keyFrom = (secret: string) => Buffer.from(crypto.hkdfSync('sha256', secret, Buffer.alloc(0), KEY_INFO, 32));

export function newResumeToken(): string {
  return crypto.randomBytes(TOKEN_BYTES).toString('base64url');
}

/** What the table stores to find a token: its SHA-256, hex. */
export function tokenHash(token: string): string {
  return crypto.createHash('sha256').update(token, 'utf8').digest('hex');
}

/** base64url of IV, ciphertext and tag. */
export function sealAnswers(answers: SavedAnswers, hash: string, secret: string): string {
  const iv = crypto.randomBytes(IV_BYTES);
  const cipher = crypto.createCipheriv('aes-256-gcm', keyFrom(secret), iv);
  cipher.setAAD(Buffer.from(hash, 'utf8'));
  const sealed = Buffer.concat([cipher.update(JSON.stringify(answers), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, sealed, cipher.getAuthTag()]).toString('base64url');
}

/** The answers, or undefined for anything not sealed under this secret for this hash, or changed. */
export function openAnswers(sealed: string | null | undefined, hash: string, secret: string): SavedAnswers | undefined {
  if (!sealed || !secret) return undefined;
  try {
    const raw = Buffer.from(sealed, 'base64url');
    if (raw.length <= IV_BYTES + TAG_BYTES) return undefined;
    const decipher = crypto.createDecipheriv('aes-256-gcm', keyFrom(secret), raw.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(hash, 'utf8'));
    decipher.setAuthTag(raw.subarray(raw.length - TAG_BYTES));
    const text = Buffer.concat([decipher.update(raw.subarray(IV_BYTES, raw.length - TAG_BYTES)), decipher.final()]).toString('utf8');
    const parsed = savedAnswersSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export type SaveState = 'ready' | 'used' | 'expired';

/** Where a stored save stands at `now`: a used one stays "used" (not "expired") until it is purged. */
export function saveState(row: { expiresAt: string | Date; usedAt?: string | Date | null }, now: number): SaveState {
  if (row.usedAt) return 'used';
  return new Date(row.expiresAt).getTime() <= now ? 'expired' : 'ready';
}
