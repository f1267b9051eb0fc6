// Answers too long for the form page's address (a long description in a non-Latin script): the
// CMS keeps them with the fill and seals only the fill's id in the feedback (shared/forms/feedback.ts
// `keptValues`). The publisher's server reads them back server to server, with the secret both hold,
// and renders them into the resident's no-store page (no-script.ts), as it does for a resume link (resume.ts).
import { keptValuesPath, keptValuesViewSchema, PUBLISHER_SECRET_HEADER, STAGED_ID_PATTERN, type FormValuesParam } from '@city/shared/forms';

/** `unavailable`: the CMS could not be asked or answered oddly; `gone`: nothing is kept (expired, another form's fill). */
export type KeptLookup = { kind: 'ready'; values: FormValuesParam } | { kind: 'problem'; problem: 'unavailable' | 'gone' };
export type OpenKept = (fill: string, formCode: string) => Promise<KeptLookup>;

export interface OpenKeptOptions {
  cmsUrl: string;
  /** PUBLISH_WEBHOOK_SECRET: the CMS gives kept answers to the publisher only. */
  secret: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

export function openKeptThroughCms(options: OpenKeptOptions): OpenKept {
  const fetchImpl = options.fetch ?? fetch;
  return async (fill, formCode) => {
    if (!STAGED_ID_PATTERN.test(fill) || !formCode) return { kind: 'problem', problem: 'gone' };
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(), options.timeoutMs ?? 10_000);
    try {
      const response = await fetchImpl(`${options.cmsUrl.replace(/\/$/, '')}/api${keptValuesPath(fill, formCode)}`, {
        headers: { accept: 'application/json', [PUBLISHER_SECRET_HEADER]: options.secret },
        signal: deadline.signal,
      });
      if (response.status === 404) return { kind: 'problem', problem: 'gone' };
      if (response.status !== 200) return { kind: 'problem', problem: 'unavailable' };
      const parsed = keptValuesViewSchema.safeParse(((await response.json()) as { data?: unknown } | null)?.data);
      return parsed.success ? { kind: 'ready', values: parsed.data.values } : { kind: 'problem', problem: 'unavailable' };
    } catch {
      return { kind: 'problem', problem: 'unavailable' };
    } finally {
      clearTimeout(timer);
    }
  };
}
