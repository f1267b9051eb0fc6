import type { Core } from '@strapi/strapi';

/**
 * Indexes for the desk's queries on a large backlog (bench/desk measures them on 100,000 requests):
 * the queue filters by division and status and sorts by received or due time; "mine" by assignee;
 * duplicates are looked up by the original's reference. Strapi's schema files cannot declare them.
 */
const INDEXES: readonly (readonly [name: string, columns: string])[] = [
  ['service_requests_desk_division_status_idx', 'division_key, request_status'],
  ['service_requests_desk_status_due_idx', 'request_status, due_at'],
  ['service_requests_desk_created_idx', 'created_at'],
  ['service_requests_desk_assignee_idx', 'assignee_id, request_status'],
  ['service_requests_desk_duplicate_idx', 'duplicate_of'],
];

export async function ensureDeskIndexes(strapi: Core.Strapi): Promise<void> {
  for (const [name, columns] of INDEXES) {
    await strapi.db.connection.raw(`CREATE INDEX IF NOT EXISTS ${name} ON service_requests (${columns})`);
  }
}
