// The status look-up without JavaScript. The track page's form posts the reference and the email to
// the page itself; the publisher's server (publisher/server/static.ts) hands the form here, and this
// module checks it with the island's own rules (checkLookup), asks the CMS over the same GraphQL
// query the island sends, and answers with the same component rendered with what it found: the
// result, the field errors, or the same "not found" — in the page's language. The email travels
// only in the post's body and the no-store answer, never in a URL.
//
// The CMS limits look-ups per address, and every look-up from here comes from the publisher's own
// address; so the resident's address goes along in a header the CMS believes only with the secret
// both share (shared/forms/forwarded.ts).
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { PUBLISHER_SECRET_HEADER, readFormFeedback, RESIDENT_REPLY_KEPT_FORM, VISITOR_IP_HEADER } from '@city/shared/forms';
import { openFormFeedback } from '@city/shared/sealed';
import { routePatterns, routes } from '@city/shared/routes';
import type { FormPosts } from './static';
import { findIsland } from './island-page';
import type { KeptLookup, OpenKept } from './kept-values';
import { graphqlRunner } from '../../site/islands/lib/graphql';
import { checkLookup, lookUpThroughCms, type LookUp, type LookupOutcome } from '../../site/islands/status-lookup/lookup';
import { StatusLookup, type LookupServerState, type StatusLookupIslandProps } from '../../site/islands/status-lookup/StatusLookup';

/** A reference and an email fit many times over; anything bigger is not this form. */
export const MAX_LOOKUP_BODY_BYTES = 4096;
/** The longest a field is kept: an email address can be 254 characters. */
const MAX_FIELD = 320;

export interface VisitorLookupOptions {
  cmsUrl: string;
  /** PUBLISH_WEBHOOK_SECRET, which the CMS holds too. */
  secret: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/** Asks the CMS on behalf of one visitor, naming their address for its rate limits. */
export function lookUpForVisitor(visitorIp: string, options: VisitorLookupOptions): LookUp {
  const fetchImpl = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 10_000;
  return async (reference, email, locale) => {
    // A CMS that hangs must not hold the resident's page forever. A plain timer, not
    // AbortSignal.timeout: Node may collect a timeout signal that only a composite one holds, and
    // then it never fires. The signal also ends the reading of the body.
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(new DOMException('The CMS did not answer in time', 'TimeoutError')), timeoutMs);
    const withVisitor: typeof fetch = (input, init) => {
      const headers = new Headers(init?.headers);
      headers.set(VISITOR_IP_HEADER, visitorIp);
      headers.set(PUBLISHER_SECRET_HEADER, options.secret);
      init?.signal?.addEventListener('abort', () => deadline.abort(init.signal?.reason), { once: true });
      return fetchImpl(input, { ...init, headers, signal: deadline.signal });
    };
    // Whatever the fetch does with the abort, the resident gets an answer at the deadline.
    const gaveUp = new Promise<LookupOutcome>((resolve) => deadline.signal.addEventListener('abort', () => resolve({ kind: 'unavailable' }), { once: true }));
    try {
      const ask = lookUpThroughCms(graphqlRunner(`${options.cmsUrl.replace(/\/$/, '')}/graphql`, withVisitor));
      const outcome = await Promise.race([ask(reference, email, locale), gaveUp]);
      // Here "network" is this server failing to reach the CMS, not the resident's connection.
      return outcome.kind === 'network' ? { kind: 'unavailable' } : outcome;
    } catch {
      return { kind: 'unavailable' };
    } finally {
      clearTimeout(timer);
    }
  };
}

/** A page made for one post, and the HTTP status it goes with. */
export interface PostAnswer {
  html: string;
  status: number;
}

/**
 * The status that tells the visitor's browser and any proxy what happened: the page itself always
 * says it in words. Too many look-ups is 429 and a CMS that cannot answer is 503, both with a
 * Retry-After; a result, a "not found" or field errors are the page doing its job (200).
 */
function statusOf(server: LookupServerState): number {
  if (server.failure === 'rate-limited') return 429;
  if (server.failure === 'unavailable' || server.failure === 'failed' || server.failure === 'network') return 503;
  return 200;
}

/** The track page (its built HTML) answering one posted form, or undefined without the island in it. */
export async function answerLookupPost(html: string, form: URLSearchParams, lookUp: LookUp): Promise<PostAnswer | undefined> {
  const built = findIsland<StatusLookupIslandProps>(html, 'status-lookup');
  if (!built) return undefined;
  const { props } = built;
  const values = { reference: (form.get('reference') ?? '').slice(0, MAX_FIELD), email: (form.get('email') ?? '').slice(0, MAX_FIELD) };
  const checked = checkLookup(values, props.locale, props.messages, props.referencePrefix);
  let server: LookupServerState;
  if (!checked.ok) server = { values, errors: checked.errors };
  else {
    const outcome = await lookUp(checked.reference, checked.email, props.locale);
    server = outcome.kind === 'found' ? { values, view: outcome.view } : { values, failure: outcome.kind };
  }
  const { graphqlUrl: _graphqlUrl, ...lookupProps } = props;
  const island = renderToString(createElement(StatusLookup, { ...lookupProps, server }));
  // The props say the same, so a browser that does run the script hydrates this very HTML.
  const page = built.rewrite(island, { ...props, server });
  return { html: server.errors ? page.replace('<title>', `<title>${props.formMessages.errorTitlePrefix} `) : page, status: statusOf(server) };
}

const answerText = (value: string | string[] | undefined) => (Array.isArray(value) ? (value[0] ?? '') : (value ?? ''));

/**
 * The track page after a reply posted without JavaScript: the CMS sends the resident back here
 * (303) with `?feedback=`, sealed (shared/sealed) with the reference, the email, the message and
 * the errors by field. No errors: the reply is stored, and the page says so above the look-up form,
 * filled in, to see the history. Errors: the reply form again with them and the message typed; a
 * wrong reference or email, the look-up's "not found". Unsealed, changed or expired: the page as
 * built (undefined). The email travels sealed and lands only in this no-store page.
 * A message too long for the address is kept by the CMS and only its fill is sealed (`keptValues`):
 * `kept` is what the CMS gave back for it (personalizeRepliedTrackPage asks); when it gave nothing
 * the reply form says the message cannot be loaded right now, never an empty box as if none was typed.
 */
export function personalizeTrackPage(
  html: string,
  search: URLSearchParams,
  options: { secret: string; now(): number; kept?: KeptLookup | undefined; pathname?: string | undefined },
): string | undefined {
  const feedback = readFormFeedback(search, (sealed) => openFormFeedback(sealed, options.secret, options.now()));
  const reference = answerText(feedback?.values.answers.reference);
  // A reply's outcome always names the request; anything else sealed is not for this page.
  if (!feedback || reference === '') return undefined;
  const built = findIsland<StatusLookupIslandProps>(html, 'status-lookup');
  if (!built) return undefined;
  const { props } = built;
  const values = { reference: reference.slice(0, MAX_FIELD), email: (feedback.values.contact.email ?? '').slice(0, MAX_FIELD) };
  const errors = feedback.errors;
  const fill = feedback.keptValues?.fill;
  const kept = fill && options.kept?.kind === 'ready' ? options.kept.values : undefined;
  const refused = (): NonNullable<LookupServerState['reply']> => {
    if (!fill) return { sent: false, message: answerText(feedback.values.answers.message), errors };
    if (kept) return { sent: false, message: answerText(kept.answers.message), errors, fill };
    const page = (options.pathname ?? routes.track(props.locale)).replace(/index\.html$/, '');
    const problem = options.kept?.kind === 'problem' ? options.kept.problem : 'unavailable';
    return { sent: false, message: '', errors, fill, keptProblem: { problem, retryUrl: `${page}?${search.toString()}` } };
  };
  const server: LookupServerState =
    Object.keys(errors).length === 0 ? { values, reply: { sent: true } } : errors.lookup ? { values, failure: 'not-found' } : { values, reply: refused() };
  const { graphqlUrl: _graphqlUrl, ...lookupProps } = props;
  const island = renderToString(createElement(StatusLookup, { ...lookupProps, server }));
  const page = built.rewrite(island, { ...props, server });
  return server.reply && !server.reply.sent ? page.replace('<title>', `<title>${props.formMessages.errorTitlePrefix} `) : page;
}

/**
 * The track page after a reply, asking the CMS first for a message it kept (kept-values.ts), as the
 * form page does for long answers (no-script.ts `personalizeFeedbackPage`).
 */
export async function personalizeRepliedTrackPage(
  pathname: string,
  search: URLSearchParams,
  readHtml: () => string,
  options: { secret: string; now(): number; openKept: OpenKept },
): Promise<string | undefined> {
  const feedback = readFormFeedback(search, (sealed) => openFormFeedback(sealed, options.secret, options.now()));
  const fill = feedback?.keptValues?.fill;
  // Only a refused reply shows what was typed: a "not found" or a stored reply needs nothing kept.
  const wanted = fill && feedback && Object.keys(feedback.errors).length > 0 && !feedback.errors.lookup;
  const kept = wanted ? await options.openKept(fill, RESIDENT_REPLY_KEPT_FORM) : undefined;
  return personalizeTrackPage(readHtml(), search, { ...options, kept, pathname });
}

/** What the publisher's static server plugs in for `POST /{locale}/track/`. */
export function lookupFormPosts(options: VisitorLookupOptions): FormPosts {
  return {
    accepts: (pathname) => routePatterns.track.test(pathname),
    maxBodyBytes: MAX_LOOKUP_BODY_BYTES,
    answer: (form, visitor, readHtml) => answerLookupPost(readHtml(), form, lookUpForVisitor(visitor.ip, options)),
  };
}
