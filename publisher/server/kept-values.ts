// Answers too long for the form page's address (a long description in a non-Latin script): the
// CMS keeps them with the fill and seals only the fill's id in the feedback (shared/forms/feedback.ts
// `keptValues`). The publisher's server reads them back server to server, with the secret both hold,
// and renders them into the resident's no-store page (no-script.ts), as it does for a resume link (resume.ts).
import { keptValuesPath, keptValuesViewSchema, STAGED_ID_PATTERN, type FormValuesParam } from '@city/shared/forms';
import { askCms, type CmsLookupOptions } from './cms-lookup';

/** `unavailable`: the CMS could not be asked or answered oddly; `gone`: nothing is kept (expired, another form's fill). */
export type KeptLookup = { kind: 'ready'; values: FormValuesParam } | { kind: 'problem'; problem: 'unavailable' | 'gone' };
export type OpenKept = (fill: string, formCode: string) => Promise<KeptLookup>;

/** The CMS gives kept answers to the publisher only, on its secret. */
export type OpenKeptOptions = CmsLookupOptions;

export function openKeptThroughCms(options: OpenKeptOptions): OpenKept {
  return async (fill, formCode) => {
    if (!STAGED_ID_PATTERN.test(fill) || !formCode) return { kind: 'problem', problem: 'gone' };
    const answer = await askCms(options, keptValuesPath(fill, formCode));
    if (answer?.status === 404) return { kind: 'problem', problem: 'gone' };
    if (answer?.status !== 200) return { kind: 'problem', problem: 'unavailable' };
    const parsed = keptValuesViewSchema.safeParse(answer.data);
    return parsed.success ? { kind: 'ready', values: parsed.data.values } : { kind: 'problem', problem: 'unavailable' };
  };
}
