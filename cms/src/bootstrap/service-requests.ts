import type { Core } from '@strapi/strapi';
import { hidePrivateFilesFromMediaLibrary, installPrivateStorage } from '../api/service-request/domain/attachments';
import { watchFormChanges } from '../api/service-request/domain/form-cache';
import { outboxSettings, startOutboxWorker } from '../api/service-request/domain/outbox';
import { closeRateLimiter } from '../api/service-request/domain/rate-limit';
import { registerStatusHistory } from '../api/service-request/domain/status-history';
import { registerRequestGraphql } from './request-graphql';
import { ensureTriage } from './triage-role';

/** The ticket backend's wiring, called from src/index.ts. */
let stopOutbox: (() => void) | undefined;

export function registerServiceRequests(strapi: Core.Strapi): void {
  registerRequestGraphql(strapi);
  registerStatusHistory(strapi);
  // Before the upload plugin's bootstrap, which asks the provider whether it is private.
  installPrivateStorage(strapi);
}

/**
 * Strapi's `unique` is checked by a read before the write, which two simultaneous submissions both
 * pass. These indexes make the database refuse the second one; the intake service catches that
 * and returns the winner. Same SQL on SQLite and PostgreSQL; recreated if a schema sync drops them.
 */
async function ensureUniqueIndexes(strapi: Core.Strapi): Promise<void> {
  const indexes = [
    ['service_requests_idempotency_key_uq', 'idempotency_key'],
    ['service_requests_reference_uq', 'reference'],
  ];
  for (const [name, column] of indexes) {
    await strapi.db.connection.raw(`CREATE UNIQUE INDEX IF NOT EXISTS ${name} ON service_requests (${column})`);
  }
}

export async function bootstrapServiceRequests(strapi: Core.Strapi): Promise<void> {
  await ensureUniqueIndexes(strapi);
  watchFormChanges(strapi);
  await ensureTriage(strapi);
  hidePrivateFilesFromMediaLibrary(strapi);
  if (process.env.OUTBOX_WORKER !== 'false') stopOutbox = startOutboxWorker(strapi, outboxSettings());
}

export async function destroyServiceRequests(): Promise<void> {
  stopOutbox?.();
  stopOutbox = undefined;
  await closeRateLimiter();
}
