import { useMemo } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { z } from 'zod';
import {
  PLUGIN_ID,
  bulkResultSchema,
  dashboardSchema,
  deskErrorSchema,
  deskMetaSchema,
  queueResponseSchema,
  requestDetailSchema,
  teamSchema,
  type BulkAction,
  type DeskAction,
  type DeskError,
  type QueueQuery,
} from '../../contract';
import { queueSearchParams } from './queueParams';

const BASE = `/${PLUGIN_ID}`;

export type FieldErrors = DeskError['errors'];
/** An action's outcome: done, or refused with field-level errors to show beside the inputs. */
export type ActionOutcome = { ok: true } | { ok: false; errors: FieldErrors };

/** A 400 answer's errors, whether sent as the contract's body or inside Strapi's error envelope. */
const refusalSchema = z.union([
  deskErrorSchema,
  z.object({ error: z.object({ details: deskErrorSchema }) }).transform((body) => body.error.details),
]);
const isRefusal = (status: number) => status === 400;

/** Every call the desk's pages make, each answer checked against the contract. */
export function useDeskApi() {
  const { get, post, put } = useFetchClient();
  return useMemo(() => {
    const outcome = (data: unknown): ActionOutcome => {
      const refused = refusalSchema.safeParse(data);
      return refused.success ? { ok: false, errors: refused.data.errors } : { ok: true };
    };
    return {
      meta: async () => deskMetaSchema.parse((await get(`${BASE}/meta`)).data),
      queue: async (query: QueueQuery) =>
        queueResponseSchema.parse((await get(`${BASE}/requests?${queueSearchParams(query)}`)).data),
      detail: async (reference: string) =>
        requestDetailSchema.parse((await get(`${BASE}/requests/${encodeURIComponent(reference)}`)).data),
      act: async (reference: string, action: DeskAction) =>
        outcome((await post(`${BASE}/requests/${encodeURIComponent(reference)}/actions`, action, { validateStatus: isRefusal })).data),
      bulk: async (body: BulkAction) => {
        const { data } = await post(`${BASE}/requests/bulk`, body, { validateStatus: isRefusal });
        const refused = refusalSchema.safeParse(data);
        if (refused.success) return { ok: false as const, errors: refused.data.errors };
        return { ok: true as const, result: bulkResultSchema.parse(data) };
      },
      exportCsv: async (query: QueueQuery) => {
        const { data, headers } = await get(`${BASE}/requests/export?${queueSearchParams({ ...query, page: 1 })}`, {
          responseType: 'blob',
        });
        const disposition = headers?.get('content-disposition') ?? '';
        const filename = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? `requests-${new Date().toISOString().slice(0, 10)}.csv`;
        return { blob: data, filename };
      },
      dashboard: async () => dashboardSchema.parse((await get(`${BASE}/dashboard`)).data),
      team: async () => teamSchema.parse((await get(`${BASE}/team`)).data),
      updateTeamMember: async (userId: number, divisions: string[]) =>
        outcome((await put(`${BASE}/team/${userId}`, { divisions }, { validateStatus: isRefusal })).data),
    };
  }, [get, post, put]);
}

export type DeskApi = ReturnType<typeof useDeskApi>;
