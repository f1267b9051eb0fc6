import type { Core } from '@strapi/strapi';

/**
 * When PostgreSQL restarts or fails over, knex rejects the queries in flight on the dropped
 * connections twice: once to their caller (the request answers 500 and the client retries with
 * its idempotency key) and once more where nobody listens. Node ends the process on an unhandled
 * rejection, so a one-second database restart would take every CMS instance down with it
 * (cms/tests/reliability/crashes.reliability.test.ts). Rejections that are lost database
 * connections are logged instead; any other unhandled rejection still ends the process.
 *
 * One of them matters: a COMMIT that failed is rejected only here, while Strapi's transaction
 * resolves as if it had committed. Code that must know a write is durable reads it back (the
 * intake service does, before it gives a resident a reference).
 */
const LOST_CONNECTION = [
  // pg, when the server goes away under a connection or a query
  /Connection terminated/,
  /Connection ended unexpectedly/,
  /not queryable/,
  /server closed the connection unexpectedly/,
  /terminating connection due to administrator command/,
  /the database system is (starting up|shutting down|in recovery mode)/,
  /\b(ECONNRESET|ECONNREFUSED|EPIPE)\b/,
  // knex, while the server is down
  /Timeout acquiring a connection/,
  // A transaction rolled back because its connection died: the queries Strapi still had queued on
  // it fail with this (knex/lib/execution/transaction.js).
  /Transaction query already complete/,
];
// PostgreSQL's admin_shutdown, crash_shutdown and cannot_connect_now.
const LOST_CONNECTION_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', '57P01', '57P02', '57P03']);

export function isLostDatabaseConnection(reason: unknown): boolean {
  if (!(reason instanceof Error)) return false;
  const code = (reason as { code?: unknown }).code;
  return (typeof code === 'string' && LOST_CONNECTION_CODES.has(code)) || LOST_CONNECTION.some((pattern) => pattern.test(reason.message));
}

let installed = false;

export function surviveDatabaseOutages(strapi: Core.Strapi): void {
  if (installed) return;
  installed = true;
  process.on('unhandledRejection', (reason) => {
    if (isLostDatabaseConnection(reason)) {
      strapi.log.warn(`A database connection was lost mid-query: ${(reason as Error).message.slice(-300)}`);
      return;
    }
    // Anything else is a bug: end the process as Node would without this listener.
    throw reason;
  });
}
