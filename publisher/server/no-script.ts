// What the publisher's server adds to the request pages for one visitor, so they work without
// JavaScript on a site that is otherwise static files:
//   - the form page gets a fresh idempotency key and its serving time (the CMS's minimum fill
//     time) in its hidden fields, so a double click stores one request and two residents never
//     share a key;
//   - when the CMS sends a resident back with `?feedback=` (shared/forms/feedback.ts), the form is
//     rendered again from the same React component with the error summary, the inline errors and
//     what they typed, exactly as the island would show it. All of it is sealed by the CMS and
//     opened here with the secret it shares: nothing else in the address is shown, so a crafted
//     link cannot put its own text on the city's page. A send the CMS asked to confirm keeps its
//     key and gets the CMS's proof in a hidden field; the first serving time is kept, so an error
//     page does not restart the fill-time clock;
//   - a form of several pages is shown one page at a time (shared/forms/steps.ts): the CMS answers
//     each page's Continue, Back or Change with the sealed page to show next and every answer so
//     far, which the page carries on in hidden fields (CarriedValues.tsx). Only with the secret:
//     without it nothing sealed can be opened, and the form stays one page;
//   - answers too long for the address are kept by the CMS with the fill and only the fill is
//     sealed (`keptValues`): they are read back from the CMS (kept-values.ts); when that fails the
//     page says the answers cannot be loaded right now, never an empty form that would lose them;
//   - the confirmation page shows the `?reference=` the CMS redirected to;
//   - the track page shows the outcome of a reply to the City (no-script-lookup.ts).
// The island's props in the page are updated too, so a browser that does run the script hydrates
// the very HTML it receives.
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { FEEDBACK_PARAM, isMultiPage, readFormFeedback, REFERENCE_PATTERN, RESUME_PARAM } from '@city/shared/forms';
import { routePatterns } from '@city/shared/routes';
import { openFormFeedback } from '@city/shared/sealed';
import { findIsland } from './island-page';
import { personalizeRepliedTrackPage, personalizeTrackPage } from './no-script-lookup';
import type { KeptLookup, OpenKept } from './kept-values';
import type { OpenSave, ResumeLookup } from './resume';
import { keptProblemTitle, resumeProblemTitle } from '../../site/islands/service-request/ResumeNotice';
import { placeTitle } from '../../site/islands/service-request/page-title';
import { escapeHtml } from '../../site/lib/html';
import { ServiceRequestForm, type ServerState, type ServiceRequestIslandProps } from '../../site/islands/service-request/ServiceRequestForm';

export interface PersonalizeOptions {
  now(): number;
  newKey(): string;
  /** PUBLISH_WEBHOOK_SECRET, which the CMS seals what was typed with (shared/sealed). */
  secret: string;
}

interface FormPageContext {
  resumed?: { lookup: ResumeLookup; pathname: string };
  /** The answers the CMS kept for the fill the feedback names (absent: not asked, so not loaded). */
  kept?: KeptLookup;
  /** The page's own path and query, to try again. */
  pathname?: string;
}

function personalizeForm(html: string, search: URLSearchParams, options: PersonalizeOptions, context: FormPageContext = {}): string | undefined {
  const { resumed } = context;
  const built = findIsland<ServiceRequestIslandProps>(html, 'service-request');
  if (!built) return undefined;
  const { props } = built;
  const feedback = readFormFeedback(search, (sealed) => openFormFeedback(sealed, options.secret, options.now()));
  const sentBack = feedback !== undefined && Object.keys(feedback.errors).length > 0;
  // Answers kept by the CMS replace the (empty) sealed ones; the fill's id goes on with the next post.
  const keptValues = feedback?.keptValues;
  const values = keptValues && context.kept?.kind === 'ready' ? context.kept.values : feedback?.values;
  const staged = feedback?.staged ?? (keptValues ? { id: keptValues.fill, files: {} } : undefined);
  const server: ServerState = {
    idempotencyKey: feedback?.confirmation?.idempotencyKey ?? feedback?.idempotencyKey ?? options.newKey(),
    startedAt: feedback?.startedAt ?? options.now(),
    // A page of a form of several pages comes back without errors, with the answers so far.
    ...((sentBack || feedback?.step) && values ? { feedback: { errors: feedback.errors, values } } : {}),
    ...(staged ? { staged } : {}),
    ...(feedback?.confirmation ? { confirmation: feedback.confirmation.token } : {}),
    // A resumed form sent back with errors keeps its token (sealed with the feedback).
    ...(feedback?.resumeToken ? { resume: { token: feedback.resumeToken } } : {}),
  };
  if (keptValues && context.kept?.kind !== 'ready') {
    const formPath = (context.pathname ?? '').replace(/index\.html$/, '');
    server.keptProblem = { problem: context.kept?.kind === 'problem' ? context.kept.problem : 'unavailable', retryUrl: `${formPath}?${search.toString()}`, startUrl: formPath };
  }
  const lookup = resumed?.lookup;
  if (lookup?.kind === 'ready' && lookup.view.formCode === props.form.code) {
    server.resume = { token: lookup.token, values: lookup.view.values, ...(lookup.view.screen ? { screen: lookup.view.screen } : {}) };
  } else if (lookup && resumed) {
    // Saved answers of another form under this page's address are no answers for it.
    server.resumeProblem = { problem: lookup.kind === 'problem' ? lookup.problem : 'unknown', startUrl: resumed.pathname };
  }
  if (options.secret && isMultiPage(props.form) && !server.resumeProblem && !server.keptProblem) {
    server.step = feedback?.step ?? { view: 'form', screen: server.resume?.screen ?? '' };
  }
  const { graphqlUrl: _graphqlUrl, ...formProps } = props;
  const island = renderToString(createElement(ServiceRequestForm, { ...formProps, server }));
  let page = built.rewrite(island, { ...props, server });
  // A page of a form shown page by page is titled as the island titles it (page-title.ts).
  const own = server.step && !server.keptProblem ? placeTitle(props.form, props.locale, props.messages, server.step, values ?? server.resume?.values ?? { answers: {}, contact: {} }) : undefined;
  if (own) page = page.replace('<title>', `<title>${escapeHtml(own)} | `);
  if (server.keptProblem) page = page.replace('<title>', `<title>${escapeHtml(keptProblemTitle(server.keptProblem, props.messages))} | `);
  else if (sentBack) page = page.replace('<title>', `<title>${props.messages.errorTitlePrefix} `);
  else if (server.resumeProblem) page = page.replace('<title>', `<title>${resumeProblemTitle(server.resumeProblem.problem, props.messages)} | `);
  return page;
}

function personalizeConfirmation(html: string, search: URLSearchParams): string | undefined {
  const reference = search.get('reference') ?? '';
  // Only a well-formed reference is ever written into the page: nothing else from the URL is.
  if (!REFERENCE_PATTERN.test(reference)) return undefined;
  return html.replace(' data-reference-slot hidden', ' data-reference-slot').replace('data-reference-value></strong>', `data-reference-value>${reference}</strong>`);
}

/**
 * The form page opened from a resume link (`?resume=`): the saved answers read from the CMS
 * (resume.ts) rendered into the form, or the page saying the link was used, expired or is unknown.
 * Undefined for any other page, which `personalizeRequestPage` answers.
 */
export async function personalizeResumedPage(
  pathname: string,
  search: URLSearchParams,
  readHtml: () => string,
  options: PersonalizeOptions & { openSave: OpenSave; visitorIp: string },
): Promise<string | undefined> {
  if (!routePatterns.serviceRequest.test(pathname) || !search.has(RESUME_PARAM)) return undefined;
  const lookup = await options.openSave(search.get(RESUME_PARAM) ?? '', options.visitorIp);
  // The form's own address, without the token, to start again from.
  const formPath = pathname.replace(/index\.html$/, '');
  return personalizeForm(readHtml(), new URLSearchParams(), options, { resumed: { lookup, pathname: formPath } });
}

/**
 * The form page the CMS sent back to with answers it kept (`keptValues` in the sealed feedback):
 * read from the CMS (kept-values.ts) and rendered into the form; the track page likewise for a reply. Any other page, as `personalizeRequestPage`.
 */
export async function personalizeFeedbackPage(
  pathname: string,
  search: URLSearchParams,
  readHtml: () => string,
  options: PersonalizeOptions & { openKept: OpenKept },
): Promise<string | undefined> {
  // A reply's message kept by the CMS is read back the same way (no-script-lookup.ts).
  if (routePatterns.track.test(pathname)) return personalizeRepliedTrackPage(pathname, search, readHtml, options);
  if (!routePatterns.serviceRequest.test(pathname)) return personalizeRequestPage(pathname, search, readHtml, options);
  const fill = readFormFeedback(search, (sealed) => openFormFeedback(sealed, options.secret, options.now()))?.keptValues?.fill;
  const html = readHtml();
  const formCode = findIsland<ServiceRequestIslandProps>(html, 'service-request')?.props.form.code;
  const kept = fill && formCode ? await options.openKept(fill, formCode) : undefined;
  return personalizeForm(html, search, options, { pathname, ...(kept ? { kept } : {}) });
}

/**
 * The page for this visitor, or undefined when the file can be served as it is.
 * `pathname` is the request's path; `readHtml` reads the built page it resolved to.
 */
export function personalizeRequestPage(pathname: string, search: URLSearchParams, readHtml: () => string, options: PersonalizeOptions): string | undefined {
  if (routePatterns.serviceRequest.test(pathname)) return personalizeForm(readHtml(), search, options, { pathname });
  if (routePatterns.requestConfirmation.test(pathname) && search.has('reference')) return personalizeConfirmation(readHtml(), search);
  // A reply to the City posted without JavaScript comes back here (no-script-lookup.ts).
  if (routePatterns.track.test(pathname) && search.has(FEEDBACK_PARAM)) return personalizeTrackPage(readHtml(), search, { ...options, pathname });
  return undefined;
}
