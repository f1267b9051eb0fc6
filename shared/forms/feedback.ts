import { z } from 'zod';

/**
 * How the no-JavaScript form endpoint sends a resident back to the form with errors:
 *
 *   303 Location: {SITE_URL}/{locale}/services/{slug}/request?errors=<E>&values=<V>#error-summary
 *
 * E and V are base64url (no padding) of UTF-8 JSON. E is `{ [field]: message }` in the form's order,
 * where field is an answer key or `contact.name|email|phone` (the input names are `answers[key]`
 * and `contact[name]`). V is `{ answers: { [key]: string | string[] }, contact: { name, email, phone } }`:
 * what was typed, so the page can fill the form in again (never file contents). The page (island,
 * or a server in front of the static page) reads both with `readFormFeedback(url.searchParams)`.
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

/** The errors and values in a form page's query string; anything malformed is ignored. */
export function readFormFeedback(params: URLSearchParams): { errors: FormErrorsParam; values: FormValuesParam } {
  const read = <T>(name: string, schema: z.ZodType<T, z.ZodTypeDef, unknown>, fallback: T): T => {
    const raw = params.get(name);
    if (!raw) return fallback;
    try {
      const parsed = schema.safeParse(decodeBase64UrlJson(raw));
      return parsed.success ? parsed.data : fallback;
    } catch {
      return fallback;
    }
  };
  return { errors: read('errors', formErrorsParamSchema, {}), values: read('values', formValuesParamSchema, { answers: {}, contact: {} }) };
}
