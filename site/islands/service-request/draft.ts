// The resident's unsent answers, kept in this browser's localStorage per form and language so a
// closed tab or a lost connection costs nothing. Files are never kept (they cannot be). A pending
// idempotency key is kept too: if the page is reloaded after a send whose answer never arrived,
// sending again with that key cannot create a second request.
import { z } from 'zod';
import { formValuesParamSchema, idempotencyKeySchema } from '@city/shared/forms';

const draftSchema = z.object({
  /** Bumped when the stored shape changes; older drafts are ignored. */
  version: z.literal(1),
  savedAt: z.string().datetime(),
  values: formValuesParamSchema,
  /** The key of a send that may have reached the CMS; reused when the answers are unchanged. */
  pendingKey: idempotencyKeySchema.optional(),
  /** What the pending send contained, so the key is reused only for the very same request. */
  pendingFingerprint: z.string().optional(),
});
export type Draft = z.infer<typeof draftSchema>;

/** The storage the drafts live in; the real one is `window.localStorage`. */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const draftKey = (formCode: string, locale: string) => `city-portal:request-draft:${formCode}:${locale}`;

/** The saved draft, or undefined when there is none, it is unreadable, or storage is blocked. */
export function readDraft(storage: DraftStorage | undefined, formCode: string, locale: string): Draft | undefined {
  try {
    const raw = storage?.getItem(draftKey(formCode, locale));
    if (!raw) return undefined;
    const parsed = draftSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Saves a draft; a full or blocked storage (private browsing) only means no draft. */
export function writeDraft(storage: DraftStorage | undefined, formCode: string, locale: string, draft: Omit<Draft, 'version'>): void {
  try {
    storage?.setItem(draftKey(formCode, locale), JSON.stringify({ version: 1, ...draft }));
  } catch {
    // Nothing to do: the form still works, it just will not remember.
  }
}

export function removeDraft(storage: DraftStorage | undefined, formCode: string, locale: string): void {
  try {
    storage?.removeItem(draftKey(formCode, locale));
  } catch {
    // As above.
  }
}
