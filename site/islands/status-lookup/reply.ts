// Sending a resident's reply to the CMS from the island (POST /api/service-requests/reply, the
// same multipart post as the form without JavaScript). Every outcome is a value the form can say.
import { z } from 'zod';
import { fieldErrorSchema, requestStatusSchema, type FieldError } from '@city/shared/forms';
import type { Locale } from '@city/shared/locales';
import type { StatusView } from './lookup';

export interface Reply {
  reference: string;
  email: string;
  locale: Locale;
  message: string;
  files: File[];
  /** The fill the CMS kept a long message under (a refused post without JavaScript): removed once the reply is stored. */
  staged?: string | undefined;
}

export type ReplyOutcome =
  /** Stored (or already stored: a repeat); the request as it now reads. */
  | { kind: 'sent'; view: StatusView }
  /** Field errors (message, files), or `reply` when the request no longer waits for an answer. */
  | { kind: 'invalid'; errors: FieldError[] }
  | { kind: 'not-found' }
  | { kind: 'network' }
  | { kind: 'rate-limited' }
  | { kind: 'failed' };

export type SendReply = (reply: Reply) => Promise<ReplyOutcome>;

const optionalText = z
  .string()
  .nullish()
  .transform((value) => value ?? null);

/** The view in the CMS's answer: the look-up's, as the island reads it. */
const statusViewSchema: z.ZodType<StatusView, z.ZodTypeDef, unknown> = z.object({
  reference: z.string(),
  status: requestStatusSchema,
  statusLabel: z.string(),
  formTitle: z.string(),
  submittedAt: z.string(),
  updatedAt: z.string(),
  publicNotes: z.array(z.string()),
  events: z.array(
    z.object({
      kind: z.enum(['received', 'status', 'resident_reply', 'closure', 'duplicate']),
      status: requestStatusSchema,
      at: z.string(),
      publicNote: optionalText,
      detail: optionalText,
    }),
  ),
});

const sentSchema = z.object({ data: z.object({ view: statusViewSchema }) });
const invalidSchema = z.object({ error: z.object({ details: z.object({ errors: z.array(fieldErrorSchema).min(1) }) }) });

export async function outcomeOfReplyResponse(response: Response): Promise<ReplyOutcome> {
  const body: unknown = await response.json().catch(() => undefined);
  if (response.ok) {
    // Only the stored reply's view is success: anything else is "failed", never shown as sent.
    const sent = sentSchema.safeParse(body);
    return sent.success ? { kind: 'sent', view: sent.data.data.view } : { kind: 'failed' };
  }
  if (response.status === 400) {
    const invalid = invalidSchema.safeParse(body);
    return invalid.success ? { kind: 'invalid', errors: invalid.data.error.details.errors } : { kind: 'failed' };
  }
  if (response.status === 404) return { kind: 'not-found' };
  if (response.status === 429) return { kind: 'rate-limited' };
  return { kind: 'failed' };
}

/** The multipart body the form without JavaScript posts, named as a form's answers. */
export function replyFormData(reply: Reply): FormData {
  const data = new FormData();
  data.set('reference', reply.reference);
  data.set('email', reply.email);
  data.set('locale', reply.locale);
  data.set('answers[message]', reply.message);
  for (const file of reply.files) data.append('answers[files]', file, file.name);
  if (reply.staged) data.set('staged', reply.staged);
  return data;
}

export function sendReplyToCms(endpoint: string, fetchImpl: typeof fetch = fetch): SendReply {
  return async (reply) => {
    let response: Response;
    try {
      response = await fetchImpl(endpoint, { method: 'POST', body: replyFormData(reply), headers: { accept: 'application/json' }, credentials: 'omit' });
    } catch {
      return { kind: 'network' };
    }
    return outcomeOfReplyResponse(response);
  };
}
