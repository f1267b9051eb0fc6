import { useCallback, useEffect, useState } from 'react';
import type { EntryKey, Owner, PanelAnswer, ReviewAnswer } from '../../../contract';
import { useReviewApi, type WriteOutcome } from '../api';

export type ReviewState = { status: 'loading' } | { status: 'failed' } | { status: 'done'; answer: PanelAnswer; owners: Owner[] };

/** The entry's review and the possible owners, loaded again when the entry or its locale changes, or on request. */
export function useReview(key: EntryKey | null, refreshKey: unknown) {
  const api = useReviewApi();
  const [state, setState] = useState<ReviewState>({ status: 'loading' });
  const [round, setRound] = useState(0);
  const uid = key?.uid;
  const documentId = key?.documentId;
  const locale = key?.locale;

  useEffect(() => {
    if (!uid || !documentId || !locale) return;
    let current = true;
    setState({ status: 'loading' });
    Promise.all([api.entry({ uid, documentId, locale }), api.owners()])
      .then(([answer, owners]) => current && setState({ status: 'done', answer, owners }))
      .catch(() => current && setState({ status: 'failed' }));
    return () => {
      current = false;
    };
  }, [api, uid, documentId, locale, round, refreshKey]);

  /** Shows what the server stored after a write (its answer is read back from the database). */
  const applied = useCallback((outcome: WriteOutcome): WriteOutcome => {
    if (outcome.ok) setState((previous) => (previous.status === 'done' ? { ...previous, answer: outcome.review } : previous));
    return outcome;
  }, []);
  const reload = useCallback(() => setRound((value) => value + 1), []);
  return { state, reload, applied };
}

export type { ReviewAnswer };
