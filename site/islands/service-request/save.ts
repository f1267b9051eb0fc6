// "Save and come back later" from the island: the answers go to the CMS (POST /api/form-saves),
// which keeps them encrypted for 7 days and emails a link to continue on any device. Every outcome
// is a value the form can tell the resident, never a thrown error.
import { z } from 'zod';
import { fieldErrorSchema, type FormSaveRequest } from '@city/shared/forms';

export type SaveOutcome =
  | { kind: 'saved'; email: string }
  /** The email address is missing or wrong: the CMS's message, in the resident's language. */
  | { kind: 'invalid'; message: string }
  | { kind: 'failed' };

export type SaveAnswers = (request: FormSaveRequest) => Promise<SaveOutcome>;

const savedSchema = z.object({ data: z.object({ email: z.string() }) });
const invalidSchema = z.object({ error: z.object({ details: z.object({ errors: z.array(fieldErrorSchema).min(1) }) }) });

/** The CMS's save endpoint, next to the form endpoint the page posts to (`…/api/service-requests/submit`). */
export function saveEndpointOf(formAction: string): string {
  return new URL('/api/form-saves', formAction).toString();
}

export function saveThroughCms(endpoint: string, fetchImpl: typeof fetch = fetch): SaveAnswers {
  return async (request) => {
    try {
      const response = await fetchImpl(endpoint, { method: 'POST', body: JSON.stringify(request), headers: { 'content-type': 'application/json', accept: 'application/json' }, credentials: 'omit' });
      const body: unknown = await response.json().catch(() => undefined);
      if (response.status === 201) {
        const saved = savedSchema.safeParse(body);
        return saved.success ? { kind: 'saved', email: saved.data.data.email } : { kind: 'failed' };
      }
      const invalid = response.status === 400 ? invalidSchema.safeParse(body) : undefined;
      const emailError = invalid?.success ? invalid.data.error.details.errors.find((error) => error.field === 'contact.email') : undefined;
      return emailError ? { kind: 'invalid', message: emailError.message } : { kind: 'failed' };
    } catch {
      return { kind: 'failed' };
    }
  };
}
