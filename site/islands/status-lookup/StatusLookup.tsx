// The status look-up island: a resident gives the reference and the email of a request and reads
// where it stands, the City's public notes and its history. With JavaScript it asks the CMS over
// GraphQL; without, its form posts to the page itself and the publisher's server answers with this
// same component rendered from `server` (publisher/server/no-script-lookup.ts).
import { useCallback, useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { Locale } from '@city/shared/locales';
import type { Messages } from '@city/shared/i18n';
import type { RequestStatus } from '@city/shared/forms';
import { ErrorSummary } from '../lib/ErrorSummary';
import { formatDateTime, interpolate } from '../lib/format';
import { describedBy, FieldFrame } from '../service-request/Question';
import { checkLookup, type LookUp, type LookupErrors, type LookupOutcome, type StatusView } from './lookup';
import { ReplyForm, type RefusedReply } from './ReplyForm';
import type { SendReply } from './reply';

export type StatusLookupMessages = Messages['statusLookup'];

export interface StatusLookupProps {
  locale: Locale;
  messages: StatusLookupMessages;
  /** The request form's strings, for the shared "Error:" prefix and summary title. */
  formMessages: Messages['requestForm'];
  /** The statuses as residents read them, in the page's language (shared/i18n/<lang>/status.ts). */
  statusLabels: Record<RequestStatus, string>;
  /** The city's time zone, for the dates of the history. */
  timeZone: string;
  /** The city's reference prefix (the CMS's REQUEST_REFERENCE_PREFIX). */
  referencePrefix?: string;
  /** The CMS's endpoint for a resident's reply (POST /api/service-requests/reply). */
  replyUrl: string;
  /** What the server found for a post without JavaScript; absent in the built page. */
  server?: LookupServerState;
}

/** What the page writes for the client script. */
export interface StatusLookupIslandProps extends StatusLookupProps {
  /** The CMS's GraphQL endpoint. */
  graphqlUrl: string;
}

const REFERENCE_ID = 'track-reference';
const EMAIL_ID = 'track-email';

type Failure = Exclude<LookupOutcome['kind'], 'found'>;

/** A look-up the publisher's server made for a post without JavaScript, as the page shows it. */
export interface LookupServerState {
  /** What the resident typed, shown in the form again. */
  values: { reference: string; email: string };
  errors?: LookupErrors;
  failure?: Failure;
  view?: StatusView;
  /** The CMS's answer to a reply posted without JavaScript: stored, or refused with what was typed. */
  reply?: { sent: true } | ({ sent: false } & RefusedReply);
}

type TimelineEvent = StatusView['events'][number];

const isClosureReason = (detail: string | null, messages: StatusLookupMessages): detail is keyof StatusLookupMessages['closure'] => detail !== null && Object.hasOwn(messages.closure, detail);

/** What a step says happened: the resident's own words are theirs, a closure names its reason. */
function eventHeading(event: TimelineEvent, messages: StatusLookupMessages, statusLabels: Record<RequestStatus, string>): string {
  switch (event.kind) {
    case 'received':
      return messages.eventReceived;
    case 'resident_reply':
      return messages.eventResidentReply;
    case 'closure':
      if (isClosureReason(event.detail, messages)) return interpolate(messages.eventClosure, { reason: messages.closure[event.detail] });
      break;
    case 'duplicate':
      if (event.detail) return interpolate(messages.eventDuplicate, { reference: event.detail });
      break;
    default:
      break;
  }
  return interpolate(messages.eventStatus, { status: statusLabels[event.status] });
}

/**
 * The request's public timeline, oldest first: the `<ol>` then reads in the order things happened
 * (a numbered process, as USWDS's process list draws it), and the current status is already the
 * first thing the result says above it, so the resident need not scan for the newest step. A
 * request has a handful of steps, so newest first would save no scrolling. Each step's note is what
 * staff wrote to the resident, shown as text (React escapes it; CSS keeps its line breaks).
 */
function Timeline({ events, locale, messages, statusLabels, timeZone }: { events: TimelineEvent[]; locale: Locale; messages: StatusLookupMessages; statusLabels: Record<RequestStatus, string>; timeZone: string }) {
  return (
    <>
      <h3 id="status-timeline-heading">{messages.historyHeading}</h3>
      <ol className="usa-process-list status-timeline" aria-labelledby="status-timeline-heading">
        {events.map((event, index) => (
          <li className="usa-process-list__item status-timeline__event" key={`${event.at}-${index}`} data-kind={event.kind}>
            <h4 className="usa-process-list__heading">{eventHeading(event, messages, statusLabels)}</h4>
            <p className="status-timeline__date">
              <time dateTime={event.at}>{formatDateTime(event.at, locale, timeZone)}</time>
            </p>
            {event.publicNote && (
              <div className="status-timeline__reply">
                <p className="status-timeline__reply-label">{event.kind === 'resident_reply' ? messages.yourReplyLabel : messages.replyLabel}</p>
                <p className="status-timeline__note">{event.publicNote}</p>
              </div>
            )}
            {event.kind === 'resident_reply' && event.detail && <p className="status-timeline__files">{interpolate(messages.attachedFiles, { names: event.detail })}</p>}
          </li>
        ))}
      </ol>
    </>
  );
}

function Result({ view, locale, messages, statusLabels, timeZone, autoFocus, children }: { view: StatusView; locale: Locale; messages: StatusLookupMessages; statusLabels: Record<RequestStatus, string>; timeZone: string; autoFocus: boolean; children?: ReactNode }) {
  const when = (iso: string) => formatDateTime(iso, locale, timeZone);
  return (
    <section className="status-result" aria-labelledby="status-result-heading">
      <h2 id="status-result-heading" tabIndex={-1} autoFocus={autoFocus || undefined}>
        {interpolate(messages.resultHeading, { reference: view.reference })}
      </h2>
      <dl className="status-result__facts">
        <dt>{messages.service}</dt>
        <dd>{view.formTitle}</dd>
        <dt>{messages.status}</dt>
        <dd>
          <strong className="usa-tag status-result__status" data-status={view.status}>
            {statusLabels[view.status]}
          </strong>
        </dd>
        <dt>{messages.sentOn}</dt>
        <dd>
          <time dateTime={view.submittedAt}>{when(view.submittedAt)}</time>
        </dd>
        <dt>{messages.updatedOn}</dt>
        <dd>
          <time dateTime={view.updatedAt}>{when(view.updatedAt)}</time>
        </dd>
      </dl>
      <Timeline events={view.events} locale={locale} messages={messages} statusLabels={statusLabels} timeZone={timeZone} />
      {children}
    </section>
  );
}

export function StatusLookup({ locale, messages, formMessages, statusLabels, timeZone, referencePrefix, replyUrl, server, lookUp, sendReply }: StatusLookupProps & { lookUp?: LookUp; sendReply?: SendReply }) {
  const [reference, setReference] = useState(server?.values.reference ?? '');
  const [email, setEmail] = useState(server?.values.email ?? '');
  const [errors, setErrors] = useState<LookupErrors>(server?.errors ?? {});
  const [enhanced, setEnhanced] = useState(false);
  const [looking, setLooking] = useState(false);
  const [failure, setFailure] = useState<Failure | undefined>(server?.failure);
  const [view, setView] = useState<StatusView | undefined>(server?.view);
  const [replySent, setReplySent] = useState(server?.reply?.sent === true);
  // The email the shown request was found with: the reply proves the same, whatever is typed since.
  const [foundEmail, setFoundEmail] = useState(server?.values.email ?? '');
  const [replyErrorCount, setReplyErrorCount] = useState(0);
  const refusedReply = server?.reply && !server.reply.sent ? server.reply : undefined;
  const pendingFocus = useRef<string | undefined>(undefined);
  const summaryRef = useRef<HTMLDivElement>(null);
  const baseTitle = useRef('');
  // A page answering a post without JavaScript has no script to move focus: the browser does it
  // (autofocus), to what the island would have focused.
  const initialFocus =
    !enhanced && server
      ? server.errors && Object.keys(server.errors).length > 0
        ? 'error-summary'
        : server.failure
          ? 'status-failure'
          : server.reply
            ? server.reply.sent
              ? 'reply-sent'
              : 'reply-errors'
            : server.view
              ? 'status-result-heading'
              : undefined
      : undefined;

  useEffect(() => {
    // A server-rendered page with errors already says "Error:" in its title.
    const prefix = `${formMessages.errorTitlePrefix} `;
    baseTitle.current = document.title.startsWith(prefix) ? document.title.slice(prefix.length) : document.title;
    setEnhanced(true);
  }, [formMessages.errorTitlePrefix]);

  useEffect(() => {
    const target = pendingFocus.current;
    if (!target) return;
    pendingFocus.current = undefined;
    if (target === 'error-summary') summaryRef.current?.focus();
    else document.getElementById(target)?.focus();
  });

  const summary = [
    ...(errors.reference ? [{ target: REFERENCE_ID, message: errors.reference }] : []),
    ...(errors.email ? [{ target: EMAIL_ID, message: errors.email }] : []),
  ];

  const errorCount = summary.length + replyErrorCount;
  useEffect(() => {
    if (enhanced) document.title = errorCount > 0 ? `${formMessages.errorTitlePrefix} ${baseTitle.current}` : baseTitle.current;
  }, [enhanced, errorCount, formMessages.errorTitlePrefix]);

  const onReplySent = useCallback((updated: StatusView) => {
    setView(updated);
    setReplySent(true);
    pendingFocus.current = 'reply-sent';
  }, []);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!lookUp || looking) return;
    const checked = checkLookup({ reference, email }, locale, messages, referencePrefix);
    setFailure(undefined);
    if (!checked.ok) {
      setErrors(checked.errors);
      setView(undefined);
      pendingFocus.current = 'error-summary';
      return;
    }
    setErrors({});
    setReplySent(false);
    setLooking(true);
    const outcome = await lookUp(checked.reference, checked.email, locale);
    setLooking(false);
    if (outcome.kind === 'found') {
      setView(outcome.view);
      setFoundEmail(checked.email);
      pendingFocus.current = 'status-result-heading';
    } else {
      setView(undefined);
      setFailure(outcome.kind);
      pendingFocus.current = 'status-failure';
    }
  };

  const failureText = { 'not-found': messages.notFound, network: messages.networkError, 'rate-limited': messages.tooManyRequests, failed: messages.serverError, unavailable: messages.unavailable };
  return (
    <div className="status-island request-island">
      {summary.length > 0 && <ErrorSummary ref={summaryRef} title={formMessages.errorSummaryTitle} errors={summary} autoFocus={initialFocus === 'error-summary' || undefined} />}
      {/* Without script (or before it runs) the form posts to this page's own address, with no
          action attribute (an empty one is invalid HTML); the email travels in the body, never the
          URL. The island cancels the post and asks the CMS itself. */}
      <form className="usa-form usa-form--large" method="post" noValidate onSubmit={(event) => void onSubmit(event)}>
        <FieldFrame id={REFERENCE_ID} label={messages.referenceLabel} hint={messages.referenceHint} error={errors.reference} optional={undefined} messages={formMessages}>
          <input
            className={`usa-input${errors.reference ? ' usa-input--error' : ''}`}
            id={REFERENCE_ID}
            name="reference"
            type="text"
            dir="ltr"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            value={reference}
            aria-describedby={describedBy(REFERENCE_ID, messages.referenceHint, errors.reference)}
            aria-invalid={errors.reference ? true : undefined}
            onChange={(event) => setReference(event.target.value)}
          />
        </FieldFrame>
        <FieldFrame id={EMAIL_ID} label={messages.emailLabel} hint={messages.emailHint} error={errors.email} optional={undefined} messages={formMessages}>
          <input
            className={`usa-input${errors.email ? ' usa-input--error' : ''}`}
            id={EMAIL_ID}
            name="email"
            type="email"
            dir="ltr"
            autoComplete="email"
            spellCheck={false}
            value={email}
            aria-describedby={describedBy(EMAIL_ID, messages.emailHint, errors.email)}
            aria-invalid={errors.email ? true : undefined}
            onChange={(event) => setEmail(event.target.value)}
          />
        </FieldFrame>
        <button type="submit" className="usa-button" aria-disabled={looking ? true : undefined}>
          {messages.submit}
        </button>
      </form>
      <p className="status-looking" role="status">
        {looking ? messages.looking : ''}
      </p>
      {failure && (
        <div className={`usa-alert ${failure === 'not-found' ? 'usa-alert--warning' : 'usa-alert--error'}`}>
          <div className="usa-alert__body">
            <h2 className="usa-alert__heading" id="status-failure" tabIndex={-1} autoFocus={initialFocus === 'status-failure' || undefined}>
              {failure === 'not-found' ? messages.notFoundTitle : messages.failedTitle}
            </h2>
            <p className="usa-alert__text">{failureText[failure]}</p>
          </div>
        </div>
      )}
      {replySent && (
        <div className="usa-alert usa-alert--success">
          <div className="usa-alert__body">
            <h2 className="usa-alert__heading" id="reply-sent" tabIndex={-1} autoFocus={initialFocus === 'reply-sent' || undefined}>
              {messages.reply.sentTitle}
            </h2>
            <p className="usa-alert__text">{view ? messages.reply.sentText : messages.reply.sentTextNoHistory}</p>
          </div>
        </div>
      )}
      {!view && refusedReply && (
        <ReplyForm
          locale={locale}
          messages={messages}
          formMessages={formMessages}
          action={replyUrl}
          reference={server?.values.reference ?? reference}
          email={server?.values.email ?? email}
          initial={refusedReply}
          autoFocusSummary={initialFocus === 'reply-errors'}
          standalone
          send={sendReply}
          onSent={onReplySent}
          onErrorCount={setReplyErrorCount}
        />
      )}
      {view && (
        <Result view={view} locale={locale} messages={messages} statusLabels={statusLabels} timeZone={timeZone} autoFocus={initialFocus === 'status-result-heading'}>
          {view.status === 'waiting_for_resident' && (
            <ReplyForm
              locale={locale}
              messages={messages}
              formMessages={formMessages}
              action={replyUrl}
              reference={view.reference}
              email={foundEmail}
              send={sendReply}
              onSent={onReplySent}
              onErrorCount={setReplyErrorCount}
            />
          )}
        </Result>
      )}
    </div>
  );
}

