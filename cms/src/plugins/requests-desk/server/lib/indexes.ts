import type { Core } from '@strapi/strapi';

/**
 * Indexes for the desk's queries on a large backlog (bench/desk measures them on 100,000 requests):
 * the queue filters by division and status and sorts by received or due time; "mine" by assignee;
 * duplicates are looked up by the original's reference. Strapi's schema files cannot declare them.
 */
const INDEXES: readonly (readonly [name: string, columns: string])[] = [
  // A division's queue, newest first.
  ['service_requests_desk_division_created_idx', 'division_key, created_at'],
  // The per-division counts of open and overdue requests, read from the index alone.
  ['service_requests_desk_status_division_due_idx', 'request_status, division_key, due_at'],
  // The dashboard's 90-day read (and the default sort by received), read from the index alone.
  ['service_requests_desk_figures_idx', 'created_at, division_key, form_code, request_status, first_response_at, closed_at, due_at, closure_reason'],
  ['service_requests_desk_assignee_idx', 'assignee_id, request_status'],
  ['service_requests_desk_duplicate_idx', 'duplicate_of'],
];

export async function ensureDeskIndexes(strapi: Core.Strapi): Promise<void> {
  for (const [name, columns] of INDEXES) {
    await strapi.db.connection.raw(`CREATE INDEX IF NOT EXISTS ${name} ON service_requests (${columns})`);
  }
}
