import { useMemo } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { PLUGIN_ID, summaryAnswerSchema, type SummaryAnswer } from '../../contract';

/** The page's one call, its answer checked against the contract. */
export function useMetricsApi() {
  const { get } = useFetchClient();
  return useMemo(
    () => ({
      summary: async (query: { month?: string; locale: string }): Promise<SummaryAnswer> => {
        const params = new URLSearchParams(Object.entries(query).filter((pair): pair is [string, string] => Boolean(pair[1])));
        return summaryAnswerSchema.parse((await get(`/${PLUGIN_ID}/summary?${params.toString()}`)).data);
      },
    }),
    [get],
  );
}
