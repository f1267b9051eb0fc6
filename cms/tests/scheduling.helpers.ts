import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { PUBLISHER_SECRET_HEADER } from '@city/shared/forms';
import type { Schedule, ScheduleList } from '../src/plugins/scheduling/contract';
import { jsonInit, request } from './harness/http';

/** What the scheduling tests share: a fake clock (harness/clock.ts), a fake site publisher, the plugin's API. */
export { fakeClock } from './harness/clock';
export const SECRET = 'scheduling-test-secret';
export const CITY_ZONE = 'America/New_York';

export interface Notice {
  event?: string;
  model?: string;
  entry?: { documentId?: string; locale?: string };
}

/** Stands in for the site publisher: records each webhook call that carries the secret. */
export async function fakePublisher() {
  const notices: Notice[] = [];
  const server = http.createServer((incoming, answer) => {
    let body = '';
    incoming.on('data', (chunk: Buffer) => (body += chunk.toString()));
    incoming.on('end', () => {
      if (incoming.headers[PUBLISHER_SECRET_HEADER] === SECRET) notices.push(JSON.parse(body || '{}') as Notice);
      answer.writeHead(202).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/publish`,
    notices,
    count: (event: string, documentId: string) => notices.filter((notice) => notice.event === event && notice.entry?.documentId === documentId).length,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** An instant as the date and time the city's clock shows then (what an editor types). */
export function cityClock(instant: Date): { date: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: CITY_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** The instant rounded down to the minute: what a schedule at that date and time runs at. */
export const toMinute = (instant: Date) => new Date(Math.floor(instant.getTime() / 60_000) * 60_000);

export const schedulingApi = (baseUrl: string) => ({
  create: (token: string, body: unknown) => request<Schedule & { errors?: { field: string; code: string }[] }>(`${baseUrl}/scheduling/schedules`, jsonInit('POST', body, token)),
  list: (token: string, query = '') => request<ScheduleList>(`${baseUrl}/scheduling/schedules${query}`, { headers: { authorization: `Bearer ${token}` } }),
  cancel: (token: string, id: number) => request(`${baseUrl}/scheduling/schedules/${id}`, { method: 'DELETE', headers: { authorization: `Bearer ${token}` } }),
  retry: (token: string, id: number) => request(`${baseUrl}/scheduling/schedules/${id}/retry`, jsonInit('POST', {}, token)),
});

export const PAGES_ADMIN = '/content-manager/collection-types/api::page.page';

/** A draft page made in the content manager, as an editor makes one. */
export async function createDraftPage(baseUrl: string, token: string, slug: string, body: object[] = [{ type: 'paragraph', children: [{ type: 'text', text: 'The new bridge opens in May.' }] }]): Promise<string> {
  const created = await request<{ data: { documentId: string } }>(`${baseUrl}${PAGES_ADMIN}?locale=en`, jsonInit('POST', { title: `Bridge ${slug}`, slug, summary: 'The new King Street bridge and when it opens.', body }, token));
  if (created.status !== 201) throw new Error(`page not created: ${created.status} ${JSON.stringify(created.body)}`);
  return created.body.data.documentId;
}

export const publicPages = async (baseUrl: string, slug: string) => (await request<{ data: unknown[] }>(`${baseUrl}/api/pages?filters[slug][$eq]=${slug}&locale=en`)).body.data ?? [];
