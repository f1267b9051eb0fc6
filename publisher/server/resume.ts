// Resume links of "Save and come back later" (issue 16): `/{lang}/services/<slug>/request/?resume=<token>`.
// The publisher's server asks the CMS for the saved answers (GET /api/form-saves/:token), naming the
// resident's address for the CMS's look-up limit as the status look-up does (shared/forms/forwarded.ts),
// and renders them into the form (no-script.ts), so a resident continues on any device, with or
// without JavaScript. The answers travel server to server and land only in a no-store page; never in a URL.
import { formSaveViewSchema, PUBLISHER_SECRET_HEADER, resumeTokenSchema, VISITOR_IP_HEADER, type FormSaveView, type ResumeProblem } from '@city/shared/forms';

export type ResumeLookup = { kind: 'ready'; token: string; view: Extract<FormSaveView, { state: 'ready' }> } | { kind: 'problem'; problem: ResumeProblem };
export type OpenSave = (token: string, visitorIp: string) => Promise<ResumeLookup>;

export interface OpenSaveOptions {
  cmsUrl: string;
  /** PUBLISH_WEBHOOK_SECRET: the CMS believes the visitor's address only with it. */
  secret: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

export function openSaveThroughCms(options: OpenSaveOptions): OpenSave {
  const fetchImpl = options.fetch ?? fetch;
  return async (token, visitorIp) => {
    // A malformed token is "unknown" without asking; the CMS counts its own misses.
    if (!resumeTokenSchema.safeParse(token).success) return { kind: 'problem', problem: 'unknown' };
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(), options.timeoutMs ?? 10_000);
    try {
      const response = await fetchImpl(`${options.cmsUrl.replace(/\/$/, '')}/api/form-saves/${token}`, {
        headers: { accept: 'application/json', [VISITOR_IP_HEADER]: visitorIp, [PUBLISHER_SECRET_HEADER]: options.secret },
        signal: deadline.signal,
      });
      if (response.status === 404) return { kind: 'problem', problem: 'unknown' };
      if (response.status !== 200 && response.status !== 410) return { kind: 'problem', problem: 'unavailable' };
      const body: unknown = await response.json();
      const parsed = formSaveViewSchema.safeParse((body as { data?: unknown } | null)?.data);
      if (!parsed.success) return { kind: 'problem', problem: 'unavailable' };
      const view = parsed.data;
      return view.state === 'ready' ? { kind: 'ready', token, view } : { kind: 'problem', problem: view.state };
    } catch {
      return { kind: 'problem', problem: 'unavailable' };
    } finally {
      clearTimeout(timer);
    }
  };
}
