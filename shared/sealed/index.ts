// Server-only (node:crypto): the CMS and the publisher import this; the browser never does.
import crypto from 'node:crypto';
import { z } from 'zod';
import { formFeedbackSchema, type FormFeedback } from '../forms/feedback.js';

/**
 * What a resident typed and the errors the CMS found, sealed for the no-JavaScript redirect back
 * to the form (shared/forms/feedback.ts). Names, email addresses and answers must not sit readable in a URL,
 * where access logs, browser history and proxies keep them: the CMS seals them with AES-256-GCM
 * under a key derived from the secret it shares with the publisher (PUBLISH_WEBHOOK_SECRET), and
 * only the publisher's server, which renders the form again, can open them. A sealed value
 * expires after 30 minutes, and any change to it makes it unreadable. Sealing the errors too means
 * the form page shows only messages the CMS wrote: a link someone crafted shows nothing.
 */
const KEY_INFO = 'city-portal no-JavaScript form feedback v2';
export const SEALED_VALUES_LIFETIME_MS = 30 * 60 * 1000;
const IV_BYTES = 12;
const TAG_BYTES = 16;

const sealedSchema = z.object({ expires: z.number(), feedback: formFeedbackSchema });

const keyFrom = (secret: string) => Buffer.from(crypto.hkdfSync('sha256', secret, Buffer.alloc(0), KEY_INFO, 32));

/** base64url of IV, ciphertext and tag; throws without a secret, since nothing could open it. */
export function sealFormFeedback(feedback: FormFeedback, secret: string, now = Date.now()): string {
  if (!secret) throw new Error('sealing form feedback needs a secret');
  const iv = crypto.randomBytes(IV_BYTES);
  const cipher = crypto.createCipheriv('aes-256-gcm', keyFrom(secret), iv);
  const sealed = Buffer.concat([cipher.update(JSON.stringify({ expires: now + SEALED_VALUES_LIFETIME_MS, feedback }), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, sealed, cipher.getAuthTag()]).toString('base64url');
}

/** The feedback, or undefined for anything not sealed under this secret, changed, or expired. */
export function openFormFeedback(token: string | null | undefined, secret: string, now = Date.now()): FormFeedback | undefined {
  if (!token || !secret) return undefined;
  try {
    const raw = Buffer.from(token, 'base64url');
    if (raw.length <= IV_BYTES + TAG_BYTES) return undefined;
    const decipher = crypto.createDecipheriv('aes-256-gcm', keyFrom(secret), raw.subarray(0, IV_BYTES));
    decipher.setAuthTag(raw.subarray(raw.length - TAG_BYTES));
    const text = Buffer.concat([decipher.update(raw.subarray(IV_BYTES, raw.length - TAG_BYTES)), decipher.final()]).toString('utf8');
    const parsed = sealedSchema.safeParse(JSON.parse(text));
    return parsed.success && parsed.data.expires >= now ? parsed.data.feedback : undefined;
  } catch {
    return undefined;
  }
}
