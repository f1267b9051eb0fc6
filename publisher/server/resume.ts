// Resume links of "Save and come back later" (issue 16): `/{lang}/services/<slug>/request/?resume=<token>`.
// The publisher's server asks the CMS for the saved answers (GET /api/form-saves/:token), naming the
// resident's address for the CMS's look-up limit as the status look-up does (shared/forms/forwarded.ts),
// and renders them into the form (no-script.ts), so a resident continues on any device, with or
// without JavaScript. The answers travel server to server and land only in a no-store page; never in a URL.
import { formSaveViewSchema, resumeTokenSchema, VISITOR_IP_HEADER, type FormSaveView, type ResumeProblem } from '@city/shared/forms';
import { askCms, type CmsLookupOptions } from './cms-lookup';

export type ResumeLookup = { kind: 'ready'; token: string; view: Extract<FormSaveView, { state: 'ready' }> } | { kind: 'problem'; problem: ResumeProblem };
export type OpenSave = (token: string, visitorIp: string) => Promise<ResumeLookup>;

/** The secret is what makes the CMS believe the visitor's address. */
export type OpenSaveOptions = CmsLookupOptions;

export function openSaveThroughCms(options: OpenSaveOptions): OpenSave {
  return async (token, visitorIp) => {
    // A malformed token is "unknown" without asking; the CMS counts its own misses.
    if (!resumeTokenSchema.safeParse(token).success) return { kind: 'problem', problem: 'unknown' };
    const answer = await askCms(options, `/form-saves/${token}`, { [VISITOR_IP_HEADER]: visitorIp });
    if (answer?.status === 404) return { kind: 'problem', problem: 'unknown' };
    if (!answer || (answer.status !== 200 && answer.status !== 410)) return { kind: 'problem', problem: 'unavailable' };
    const parsed = formSaveViewSchema.safeParse(answer.data);
    if (!parsed.success) return { kind: 'problem', problem: 'unavailable' };
    const view = parsed.data;
    return view.state === 'ready' ? { kind: 'ready', token, view } : { kind: 'problem', problem: view.state };
  };
}
