// The publisher's server asks the CMS for what only it may read (a saved form, answers kept for a
// fill), server to server, with the secret both hold and a deadline: a CMS that hangs must not hang
// the resident's page, which then says the answers could not be loaded.
import { PUBLISHER_SECRET_HEADER } from '@city/shared/forms';

export interface CmsLookupOptions {
  cmsUrl: string;
  /** PUBLISH_WEBHOOK_SECRET: what the CMS asks of the publisher on these routes. */
  secret: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/** The CMS's status and the `data` of its JSON body (undefined when the body is not JSON); undefined when it could not be asked in time. */
export async function askCms(options: CmsLookupOptions, apiPath: string, headers: Record<string, string> = {}): Promise<{ status: number; data: unknown } | undefined> {
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), options.timeoutMs ?? 10_000);
  try {
    const response = await (options.fetch ?? fetch)(`${options.cmsUrl.replace(/\/$/, '')}/api${apiPath}`, {
      headers: { accept: 'application/json', ...headers, [PUBLISHER_SECRET_HEADER]: options.secret },
      signal: deadline.signal,
    });
    const body: unknown = await response.json().catch(() => undefined);
    return { status: response.status, data: (body as { data?: unknown } | null | undefined)?.data };
  } catch {
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}
