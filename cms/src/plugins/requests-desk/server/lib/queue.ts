import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { DateTime } from 'luxon';
import { OPEN_STATUSES, PRIORITIES, type QueueItem, type QueueQuery, type QueueResponse } from '../../contract';
import { cityCalendar } from '../../../../lib/city-calendar';
import { nameOf, namesFor } from './names';
import { peopleByIds } from './staff';
import { withinScope, type Scope } from './scope';

/**
 * The queue: requests the user may see, filtered, sorted and paged in SQL (the same on SQLite and
 * PostgreSQL), with per-division counts. Reads the columns it shows and nothing else; the
 * resident's name and email come from the contact component's table for search and display.
 */
const TABLE = 'service_requests';
const CONTACT_JOIN = 'service_requests_cmps';
const CONTACT_TABLE = 'components_request_contact';

export const OPEN = [...OPEN_STATUSES];

/** A day (YYYY-MM-DD) in the city's time zone, as the UTC instant it starts at. */
function startOfDay(day: string, zone: string, plusDays = 0): Date {
  return DateTime.fromISO(day, { zone }).startOf('day').plus({ days: plusDays }).toJSDate();
}

/** The contact's columns, joined on the request's one `contact` component. */
export function withContact(builder: Knex.QueryBuilder): Knex.QueryBuilder {
  return builder
    .leftJoin(`${CONTACT_JOIN} as cmp`, function joinContact() {
      this.on('cmp.entity_id', '=', 'r.id').andOnVal('cmp.field', '=', 'contact');
    })
    .leftJoin(`${CONTACT_TABLE} as contact`, 'contact.id', 'cmp.cmp_id');
}

/**
 * The WHERE of a queue query: scope first, then the filters. Synchronous on purpose: a query
 * builder is a thenable, so an async function returning one would run it.
 */
export function applyFilters(builder: Knex.QueryBuilder, scope: Scope, query: QueueQuery, now: Date, zone: string): Knex.QueryBuilder {
  withinScope(builder, scope);
  if (query.queue === 'mine') builder.where('r.assignee_id', scope.user.id);
  if (query.queue === 'unassigned') builder.whereNull('r.assignee_id');
  if (query.status === 'open') builder.whereIn('r.request_status', OPEN);
  else if (query.status) builder.where('r.request_status', query.status);
  if (query.division) builder.where('r.division_key', query.division);
  if (query.service) builder.where('r.form_code', query.service);
  if (query.assignee) builder.where('r.assignee_id', query.assignee);
  if (query.priority) builder.where('r.priority', query.priority);
  if (query.overdue) builder.whereIn('r.request_status', OPEN).whereNotNull('r.due_at').where('r.due_at', '<', now);
  if (query.from) builder.where('r.created_at', '>=', startOfDay(query.from, zone));
  if (query.to) builder.where('r.created_at', '<', startOfDay(query.to, zone, 1));
  if (query.q) {
    const term = query.q.toLowerCase();
    const like = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    // Two narrow look-ups instead of testing every request row: references, then the contact
    // components whose name or email match (their own small table). One IN over their union lets
    // PostgreSQL join it to the requests by id (two ORed INs would test every request row).
    const references = builder.client.queryBuilder().select('id').from(TABLE).whereRaw("lower(reference) like ? escape '\\'", [like]);
    const contacts = builder.client
      .queryBuilder()
      .select('cmp.entity_id')
      .from(`${CONTACT_JOIN} as cmp`)
      .join(`${CONTACT_TABLE} as contact`, 'contact.id', 'cmp.cmp_id')
      .where('cmp.field', 'contact')
      .where((match: Knex.QueryBuilder) => match.whereRaw("lower(contact.name) like ? escape '\\'", [like]).orWhereRaw("lower(contact.email) like ? escape '\\'", [like]));
    builder.whereIn('r.id', references.union(contacts));
  }
  return builder;
}

const PRIORITY_RANK = `case r.priority ${PRIORITIES.map((priority, index) => `when '${priority}' then ${index}`).join(' ')} else 1 end`;

interface Row {
  reference: string;
  request_status: QueueItem['status'];
  priority: QueueItem['priority'];
  form_code: string;
  division_key: string | null;
  assignee_id: number | null;
  due_at: string | Date | null;
  created_at: string | Date;
  contact_name: string | null;
}

const iso = (value: string | Date | number | null): string | null => (value === null ? null : new Date(value).toISOString());

export const isOverdue = (status: string, dueAt: string | null, now: Date): boolean =>
  dueAt !== null && OPEN.includes(status as (typeof OPEN)[number]) && Date.parse(dueAt) < now.getTime();

export async function queue(strapi: Core.Strapi, scope: Scope, query: QueueQuery, now = new Date()): Promise<QueueResponse> {
  const knex = strapi.db.connection;
  const zone = (await cityCalendar(strapi))?.timeZone ?? 'UTC';
  // A request has one contact: the count needs no join, only the page's rows read the name.
  const filtered = applyFilters(knex(`${TABLE} as r`), scope, query, now, zone);
  const countRow = (await filtered.clone().count({ total: '*' }).first()) as { total: number | string } | undefined;
  const total = Number(countRow?.total ?? 0);

  const select = withContact(filtered.clone())
    .select('r.reference', 'r.request_status', 'r.priority', 'r.form_code', 'r.division_key', 'r.assignee_id', 'r.due_at', 'r.created_at', 'contact.name as contact_name');
  const direction = query.order;
  if (query.sort === 'priority') select.orderByRaw(`${PRIORITY_RANK} ${direction}`);
  else if (query.sort === 'dueAt') select.orderByRaw(`case when r.due_at is null then 1 else 0 end, r.due_at ${direction}`);
  else select.orderBy(`r.${{ createdAt: 'created_at', reference: 'reference', requestStatus: 'request_status' }[query.sort]}`, direction);
  select.orderBy('r.id', direction);
  const rows = (await select.offset((query.page - 1) * query.pageSize).limit(query.pageSize)) as Row[];

  const [names, people, counts, mine] = await Promise.all([
    namesFor(strapi, scope.language),
    peopleByIds(strapi, rows.map((row) => row.assignee_id).filter((id): id is number => typeof id === 'number')),
    divisionCounts(strapi, scope, now),
    // Scoped like the list, so the count is what the "assigned to me" tab shows (an officer who left a division keeps its assignments).
    withinScope(knex(`${TABLE} as r`).where('r.assignee_id', scope.user.id).whereIn('r.request_status', OPEN), scope).count({ n: '*' }).first() as Promise<{ n: number | string } | undefined>,
  ]);
  const items: QueueItem[] = rows.map((row) => {
    const dueAt = iso(row.due_at);
    return {
      reference: row.reference,
      status: row.request_status,
      priority: row.priority,
      serviceTitle: nameOf(names.services, row.form_code, row.form_code),
      divisionName: nameOf(names.divisions, row.division_key, row.division_key ?? '—'),
      assignee: row.assignee_id ? people.get(row.assignee_id) ?? null : null,
      residentName: row.contact_name ?? '',
      receivedAt: iso(row.created_at) ?? '',
      dueAt,
      overdue: isOverdue(row.request_status, dueAt, now),
    };
  });
  return {
    items,
    pagination: { page: query.page, pageSize: query.pageSize, total, pageCount: Math.max(1, Math.ceil(total / query.pageSize)) },
    counts: counts.map((count) => ({ ...count, divisionName: nameOf(names.divisions, count.divisionKey, count.divisionKey) })),
    mine: Number(mine?.n ?? 0),
  };
}

interface CountRow {
  division_key: string | null;
  new_count: number | string;
  open_count: number | string;
  overdue_count: number | string;
  waiting_count: number | string;
}

/** New, open, overdue and waiting-for-the-resident counts per division the user may see. */
export async function divisionCounts(strapi: Core.Strapi, scope: Scope, now: Date) {
  const knex = strapi.db.connection;
  const openList = OPEN.map(() => '?').join(', ');
  const builder = knex(`${TABLE} as r`)
    .select('r.division_key')
    .select(knex.raw("sum(case when r.request_status = 'submitted' then 1 else 0 end) as new_count"))
    .select(knex.raw(`sum(case when r.request_status in (${openList}) then 1 else 0 end) as open_count`, OPEN))
    .select(knex.raw(`sum(case when r.request_status in (${openList}) and r.due_at is not null and r.due_at < ? then 1 else 0 end) as overdue_count`, [...OPEN, now]))
    .select(knex.raw("sum(case when r.request_status = 'waiting_for_resident' then 1 else 0 end) as waiting_count"))
    .whereIn('r.request_status', OPEN)
    .groupBy('r.division_key')
    .orderBy('r.division_key');
  withinScope(builder, scope);
  const rows = (await builder) as CountRow[];
  return rows.map((row) => ({
    divisionKey: row.division_key ?? '',
    new: Number(row.new_count),
    open: Number(row.open_count),
    overdue: Number(row.overdue_count),
    waiting: Number(row.waiting_count),
  }));
}
