import type { Core } from '@strapi/strapi';
import { describe, expect, it } from 'vitest';
import { deliverDue, outboxSettings, SENT_LINK_REMOVED } from './outbox';

/** A fake Strapi with one due message: what was sent, and what the row was updated to. */
function fakeStrapi(kind: string) {
  const sent: { text: string; html?: string }[] = [];
  const updates: Record<string, unknown>[] = [];
  const row = { id: 1, recipient: 'ana@example.com', subject: 'Continue', text: 'Continue: https://site/en/services/x/request/?resume=TOKEN', html: '<a href="…?resume=TOKEN">Continue</a>', kind, requestReference: null, attempts: 0 };
  const strapi = {
    db: {
      query: () => ({
        findMany: async () => [row],
        updateMany: async () => ({ count: 1 }),
        update: async ({ data }: { data: Record<string, unknown> }) => void updates.push(data),
      }),
    },
    plugin: () => ({ service: () => ({ send: async (message: { text: string; html?: string }) => void sent.push(message) }) }),
    log: { warn: () => undefined },
  } as unknown as Core.Strapi;
  return { strapi, sent, updates };
}

describe('the outbox and links to saved answers', () => {
  it('sends the link, then keeps no copy of it', async () => {
    const { strapi, sent, updates } = fakeStrapi('form_save');
    expect(await deliverDue(strapi, outboxSettings({}))).toEqual({ sent: 1, failed: 0 });
    expect(sent[0]?.text).toContain('?resume=TOKEN');
    expect(updates[0]).toMatchObject({ state: 'sent', text: SENT_LINK_REMOVED, html: null });
  });

  it('keeps other messages as they were sent', async () => {
    const { strapi, updates } = fakeStrapi('request_confirmation');
    await deliverDue(strapi, outboxSettings({}));
    expect(updates[0]).toMatchObject({ state: 'sent' });
    expect(updates[0]).not.toHaveProperty('text');
  });
});
