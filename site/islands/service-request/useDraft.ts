// The request form's saved draft (draft.ts) as React state: the offer of a draft found on load, and
// saving the answers as they change once the resident has used or dismissed that offer.
import { useEffect, useState, type MutableRefObject } from 'react';
import type { ServiceForm } from '@city/shared/forms';
import type { Locale } from '@city/shared/locales';
import { readDraft, removeDraft, writeDraft, type Draft, type DraftStorage } from './draft';
import { hasAnyValue, mergeValues, type FormValues } from './model';

/** A send that may have reached the CMS: its idempotency key and what it contained. */
export interface Attempt {
  key: string;
  fingerprint: string;
}

export type DraftOffer = { kind: 'offer'; draft: Draft } | { kind: 'restored' } | undefined;

export interface DraftOptions {
  services: { storage?: DraftStorage | undefined; now(): number } | undefined;
  form: ServiceForm;
  locale: Locale;
  values: FormValues;
  step: string;
  /** The pending send, kept with the draft so a reload reuses its key for the same answers. */
  attempt: MutableRefObject<Attempt | undefined>;
}

export interface DraftControls {
  offer: DraftOffer;
  /** Once hydrated: offers a saved draft, or starts saving at once (always when the server sent errors back). */
  begin(errorsSentBack: boolean): void;
  /** The resident took the offered draft: its pending send comes back too. */
  restore(draft: Draft): FormValues;
  /** The resident dismissed the offered draft. */
  discard(): void;
  /** Saves the answers with the send about to go out, before it goes. */
  savePending(values: FormValues, pending: Attempt): void;
  /** The request is stored: nothing is left to keep. */
  remove(): void;
}

export function useDraft({ services, form, locale, values, step, attempt }: DraftOptions): DraftControls {
  const [offer, setOffer] = useState<DraftOffer>();
  /** Saving waits until an offered draft is used or dismissed, so it is never overwritten unseen. */
  const [saving, setSaving] = useState(false);

  // Keep the draft up to date (never with files: they cannot be stored).
  useEffect(() => {
    if (!saving || step === 'sent') return;
    if (!hasAnyValue(values)) {
      removeDraft(services?.storage, form.code, locale);
      return;
    }
    writeDraft(services?.storage, form.code, locale, {
      savedAt: new Date(services?.now() ?? Date.now()).toISOString(),
      values,
      pendingKey: attempt.current?.key,
      pendingFingerprint: attempt.current?.fingerprint,
    });
  }, [saving, values, step, form.code, locale, services]);

  return {
    offer,
    begin(errorsSentBack) {
      if (errorsSentBack) {
        setSaving(true);
        return;
      }
      const draft = readDraft(services?.storage, form.code, locale);
      if (draft && hasAnyValue(mergeValues(form, draft.values))) setOffer({ kind: 'offer', draft });
      else setSaving(true);
    },
    restore(draft) {
      if (draft.pendingKey && draft.pendingFingerprint) attempt.current = { key: draft.pendingKey, fingerprint: draft.pendingFingerprint };
      setOffer({ kind: 'restored' });
      setSaving(true);
      return mergeValues(form, draft.values);
    },
    discard() {
      removeDraft(services?.storage, form.code, locale);
      setOffer(undefined);
      setSaving(true);
    },
    savePending(current, pending) {
      writeDraft(services?.storage, form.code, locale, { savedAt: new Date(services?.now() ?? Date.now()).toISOString(), values: current, pendingKey: pending.key, pendingFingerprint: pending.fingerprint });
    },
    remove() {
      removeDraft(services?.storage, form.code, locale);
    },
  };
}
