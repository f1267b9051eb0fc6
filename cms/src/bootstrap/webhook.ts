import type { Core } from '@strapi/strapi';
import { PUBLISHER_SECRET_HEADER } from '@city/shared/forms';
import { PUBLISH_EVENTS } from './content-types';

interface Webhook {
  id: string | number;
  name: string;
  url: string;
  headers: Record<string, string>;
  events: string[];
  isEnabled: boolean;
}
interface WebhookRunner {
  add(webhook: Webhook): void;
  update(webhook: Webhook): void;
}
interface WebhookStore {
  findWebhooks(): Promise<Webhook[]>;
  createWebhook(data: Omit<Webhook, 'id'>): Promise<Webhook>;
  updateWebhook(id: Webhook['id'], data: Omit<Webhook, 'id'>): Promise<Webhook>;
}

const NAME = 'Publish the site';

/**
 * Points a Strapi webhook at the site publisher when PUBLISH_WEBHOOK_URL is set, so a publish in
 * the admin rebuilds the site with no setup by hand. The secret travels in a header.
 */
export async function ensurePublishWebhook(strapi: Core.Strapi): Promise<void> {
  const url = process.env.PUBLISH_WEBHOOK_URL;
  if (!url) return;
  const store = strapi.get('webhookStore') as WebhookStore;
  const wanted = { name: NAME, url, headers: { [PUBLISHER_SECRET_HEADER]: process.env.PUBLISH_WEBHOOK_SECRET ?? '' }, events: PUBLISH_EVENTS, isEnabled: true };
  const existing = (await store.findWebhooks()).find((hook) => hook.name === NAME);
  // Strapi loads stored webhooks into its runner before this bootstrap runs, so a webhook written
  // here must also be handed to the runner to fire before the next restart.
  const runner = strapi.get('webhookRunner') as WebhookRunner;
  if (!existing) {
    runner.add(await store.createWebhook(wanted));
  } else if (JSON.stringify([existing.url, existing.headers, existing.events, existing.isEnabled]) !== JSON.stringify([wanted.url, wanted.headers, wanted.events, wanted.isEnabled])) {
    runner.update(await store.updateWebhook(existing.id, wanted));
  }
}
