import { queueQuerySchema, type QueueQuery } from '../../contract';

const DEFAULTS = queueQuerySchema.parse({});

/**
 * The queue's filters from the page's URL. A value the contract refuses (an old bookmark, a typo)
 * is dropped rather than failing the page.
 */
export function readQueueQuery(params: URLSearchParams): QueueQuery {
  const raw: Record<string, string> = Object.fromEntries(params.entries());
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const parsed = queueQuerySchema.safeParse(raw);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) delete raw[String(issue.path[0])];
  }
  return DEFAULTS;
}

/** The filters as URL search params, leaving out defaults so links stay short. */
export function queueSearchParams(query: Partial<QueueQuery>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (DEFAULTS[key as keyof QueueQuery] === value) continue;
    params.set(key, String(value));
  }
  return params;
}
