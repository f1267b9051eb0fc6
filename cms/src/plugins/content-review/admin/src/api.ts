import { useMemo } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import {
  PLUGIN_ID,
  dueAnswerSchema,
  fieldErrorsSchema,
  ownersAnswerSchema,
  panelAnswerSchema,
  reviewAnswerSchema,
  type EntryKey,
  type FieldErrorsAnswer,
  type ReviewAnswer,
  type UpdateReview,
} from '../../contract';

const BASE = `/${PLUGIN_ID}`;
/** A 400 is an answer (field errors), not a failure. */
const isRefusal = (status: number) => status === 400;

export type WriteOutcome = { ok: true; review: ReviewAnswer } | { ok: false; errors: FieldErrorsAnswer['errors'] };

/** Every call the panel and the due page make, each answer checked against the contract. */
export function useReviewApi() {
  const { get, post, put } = useFetchClient();
  return useMemo(() => {
    const outcome = (data: unknown): WriteOutcome => {
      const refused = fieldErrorsSchema.safeParse(data);
      return refused.success ? { ok: false, errors: refused.data.errors } : { ok: true, review: reviewAnswerSchema.parse(data) };
    };
    return {
      entry: async (key: EntryKey) => panelAnswerSchema.parse((await get(`${BASE}/entry?${new URLSearchParams(key).toString()}`)).data),
      owners: async () => ownersAnswerSchema.parse((await get(`${BASE}/owners`)).data).owners,
      due: async () => dueAnswerSchema.parse((await get(`${BASE}/due`)).data).items,
      update: async (input: UpdateReview) => outcome((await put(`${BASE}/entry`, input, { validateStatus: isRefusal })).data),
      markReviewed: async (key: EntryKey) => outcome((await post(`${BASE}/entry/reviewed`, key, { validateStatus: isRefusal })).data),
      confirmTranslation: async (key: EntryKey) => outcome((await post(`${BASE}/entry/translation-confirmed`, key, { validateStatus: isRefusal })).data),
    };
  }, [get, post, put]);
}
