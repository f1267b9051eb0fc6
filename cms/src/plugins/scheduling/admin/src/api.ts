import { useMemo } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { z } from 'zod';
import { PLUGIN_ID, scheduleErrorSchema, scheduleListSchema, scheduleSchema, type CreateSchedule, type ScheduleError } from '../../contract';

const BASE = `/${PLUGIN_ID}/schedules`;

export type FieldErrors = ScheduleError['errors'];
const refusalSchema = z.union([scheduleErrorSchema, z.object({ error: z.object({ details: scheduleErrorSchema }) }).transform((body) => body.error.details)]);
const isRefusal = (status: number) => status === 400;

/** Every call the panel and the page make, each answer checked against the contract. */
export function useSchedulingApi() {
  const { get, post, del } = useFetchClient();
  return useMemo(
    () => ({
      list: async (filter?: { uid: string; documentId: string; locale?: string }) => {
        const query = filter ? `?${new URLSearchParams(Object.entries(filter).filter((pair): pair is [string, string] => Boolean(pair[1])))}` : '';
        return scheduleListSchema.parse((await get(`${BASE}${query}`)).data);
      },
      create: async (body: CreateSchedule) => {
        const { data } = await post(BASE, body, { validateStatus: (status) => status === 201 || isRefusal(status) });
        const refused = refusalSchema.safeParse(data);
        if (refused.success) return { ok: false as const, errors: refused.data.errors };
        return { ok: true as const, schedule: scheduleSchema.parse(data) };
      },
      cancel: async (id: number) => {
        await del(`${BASE}/${id}`);
      },
      retry: async (id: number) => {
        await post(`${BASE}/${id}/retry`, {});
      },
    }),
    [get, post, del],
  );
}

export type SchedulingApi = ReturnType<typeof useSchedulingApi>;
