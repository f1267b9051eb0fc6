import { useCallback, useEffect, useState } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { PLUGIN_ID, type CheckAnswer, type CheckRequest } from '../../../contract';

export type ChecksState = { status: 'checking'; last?: CheckAnswer } | { status: 'done'; answer: CheckAnswer } | { status: 'failed' };

/** The findings for the saved draft, fetched again when the document changes or on request. */
export function useChecks(request: CheckRequest | null, refreshKey: unknown): { state: ChecksState; checkAgain: () => void } {
  const { post } = useFetchClient();
  const [state, setState] = useState<ChecksState>({ status: 'checking' });
  const [round, setRound] = useState(0);
  const uid = request?.uid;
  const documentId = request?.documentId;
  const locale = request?.locale;

  useEffect(() => {
    if (!uid || !documentId) return;
    let current = true;
    setState((previous) => ({ status: 'checking', last: previous.status === 'done' ? previous.answer : undefined }));
    post<CheckAnswer>(`/${PLUGIN_ID}/check`, { uid, documentId, locale })
      .then(({ data }) => current && setState({ status: 'done', answer: data }))
      .catch(() => current && setState({ status: 'failed' }));
    return () => {
      current = false;
    };
  }, [post, uid, documentId, locale, round, refreshKey]);

  const checkAgain = useCallback(() => setRound((value) => value + 1), []);
  return { state, checkAgain };
}
