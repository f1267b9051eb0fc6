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

/**
 * The search box matches any part of a reference, name or email (`like '%term%'`), which no b-tree
 * index serves. PostgreSQL's trigram indexes do; SQLite scans the small contact table quickly enough.
 */
const TRIGRAM_INDEXES: readonly (readonly [name: string, table: string, column: string])[] = [
  ['service_requests_desk_reference_trgm_idx', 'service_requests', 'reference'],
  ['components_request_contact_email_trgm_idx', 'components_request_contact', 'email'],
  ['components_request_contact_name_trgm_idx', 'components_request_contact', 'name'],
];

export async function ensureDeskIndexes(strapi: Core.Strapi): Promise<void> {
  for (const [name, columns] of INDEXES) {
    await strapi.db.connection.raw(`CREATE INDEX IF NOT EXISTS ${name} ON service_requests (${columns})`);
  }
  if (strapi.db.dialect.client === 'postgres') await ensureTrigramIndexes(strapi);
}

async function ensureTrigramIndexes(strapi: Core.Strapi): Promise<void> {
  try {
    await strapi.db.connection.raw('CREATE EXTENSION IF NOT EXISTS pg_trgm');
  } catch (error) {
    // A managed database may not let the CMS's role create extensions: search still works, only slower.
    strapi.log.warn(`Requests desk: search by name or email will be slow on a large backlog; ask the database administrator to run "CREATE EXTENSION pg_trgm" (${(error as Error).message})`);
    return;
  }
  for (const [name, table, column] of TRIGRAM_INDEXES) {
    await strapi.db.connection.raw(`CREATE INDEX IF NOT EXISTS ${name} ON ${table} USING gin (lower(${column}) gin_trgm_ops)`);
  }
}
