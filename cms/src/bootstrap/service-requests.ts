import type { Core } from '@strapi/strapi';
import { hidePrivateFilesFromMediaLibrary, installPrivateStorage, keepAttachmentsAsSent } from '../api/service-request/lib/attachments';
import { watchFormChanges } from '../lib/form-cache';
import { outboxSettings, startOutboxWorker } from '../api/outbox-message/lib/outbox';
import { closeRateLimiter } from '../lib/rate-limit';
import { ensureUniqueIndexes } from '../api/service-request/lib/requests';
import { registerStatusHistory } from '../api/service-request/lib/status-history';
import { registerRequestGraphql } from '../api/service-request/graphql/service-request';
import { ensureTriage } from './triage-role';
import { startSavePurge } from '../api/form-save/lib/saves';

/** The ticket backend's wiring, called from src/index.ts. */
let stopOutbox: (() => void) | undefined;
let stopSavePurge: (() => void) | undefined;

export function registerServiceRequests(strapi: Core.Strapi): void {
  registerRequestGraphql(strapi);
  registerStatusHistory(strapi);
  // Before the upload plugin's bootstrap, which asks the provider whether it is private.
  installPrivateStorage(strapi);
}

export async function bootstrapServiceRequests(strapi: Core.Strapi): Promise<void> {
  await ensureUniqueIndexes(strapi);
  watchFormChanges(strapi);
  await ensureTriage(strapi);
  hidePrivateFilesFromMediaLibrary(strapi);
  keepAttachmentsAsSent(strapi);
  if (process.env.OUTBOX_WORKER !== 'false') stopOutbox = startOutboxWorker(strapi, outboxSettings());
  // Saved answers past their 7 days are deleted at start and daily (api/form-save).
  stopSavePurge = startSavePurge(strapi);
}

export async function destroyServiceRequests(): Promise<void> {
  stopOutbox?.();
  stopOutbox = undefined;
  stopSavePurge?.();
  stopSavePurge = undefined;
  await closeRateLimiter();
}
