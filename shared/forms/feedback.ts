import { z } from 'zod';

/**
 * How the no-JavaScript form endpoint sends a resident back to the form with errors:
 *
 *   303 Location: {SITE_URL}/{locale}/services/{slug}/request?errors=<E>&values=<V>#error-summary
 *
 * E is base64url (no padding) of UTF-8 JSON `{ [field]: message }` in the form's order, where field
 * is an answer key or `contact.name|email|phone` (the input names are `answers[key]` and
 * `contact[name]`): messages only, nothing typed. V is what was typed,
 * `{ answers: { [key]: string | string[] }, contact: { name, email, phone } }` (never file
 * contents), sealed by the CMS (shared/sealed) so that it is not readable in the URL; only the
 * publisher's server, holding the same secret, opens it and fills the form in again. Without
 * that secret the CMS sends E alone. Pages read both with `readFormFeedback`.
 */
export const formErrorsParamSchema = z.record(z.string());
export const formValuesParamSchema = z.object({
  answers: z.record(z.union([z.string(), z.array(z.string())])).default({}),
  contact: z.record(z.string()).default({}),
});
export type FormErrorsParam = z.infer<typeof formErrorsParamSchema>;
export type FormValuesParam = z.infer<typeof formValuesParamSchema>;

export function encodeBase64UrlJson(value: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function decodeBase64UrlJson(text: string): unknown {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0))));
}

/**
 * The errors and values in a form page's query string; anything malformed is ignored. Values are
 * read only through `openValues` (the publisher's, which holds the secret): without it, none.
 */
export function readFormFeedback(
  params: URLSearchParams,
  openValues?: (sealed: string | null) => FormValuesParam | undefined,
): { errors: FormErrorsParam; values: FormValuesParam } {
  let errors: FormErrorsParam = {};
  const raw = params.get('errors');
  if (raw) {
    try {
      const parsed = formErrorsParamSchema.safeParse(decodeBase64UrlJson(raw));
      if (parsed.success) errors = parsed.data;
    } catch {
      // malformed: no errors shown
    }
  }
  return { errors, values: openValues?.(params.get('values')) ?? { answers: {}, contact: {} } };
}
