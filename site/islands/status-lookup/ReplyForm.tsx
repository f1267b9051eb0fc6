// The resident's answer when the City waits for one: a message and a file, with the request form's
// own controls, checks and error summary. Without JavaScript it is a plain multipart form posting
// to the CMS, which sends the resident back to the track page (303) with the outcome; with
// JavaScript the island sends the same post itself and shows the updated history.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { REPLY_MESSAGE_MAX, replyForm, validateAnswers, type FieldError } from '@city/shared/forms';
import type { Messages } from '@city/shared/i18n';
import type { Locale } from '@city/shared/locales';
import { ErrorSummary } from '../lib/ErrorSummary';
import { interpolate } from '../lib/format';
import { Question } from '../service-request/Question';
import { controlId, describeFile, type ChosenFile } from '../service-request/model';
import type { StatusView } from './lookup';
import type { SendReply } from './reply';

/** Errors by field (message, files) and `reply`, for the request no longer waiting for an answer. */
export type ReplyErrors = Record<string, string>;

/** A reply posted without JavaScript and refused, as the CMS sent it back. */
export interface RefusedReply {
  message: string;
  errors: ReplyErrors;
  /** The CMS keeps the message (too long for the page's address) for this fill: posted again, so it is replaced or removed. */
  fill?: string;
  /** The kept message could not be read back: the form says so, with this very page to try again. */
  /** `gone`: nothing is kept any more (sent, or past 24 hours); `unavailable`: try again. */
  keptProblem?: { problem: 'unavailable' | 'gone'; retryUrl: string };
}

export interface ReplyFormProps {
  locale: Locale;
  messages: Messages['statusLookup'];
  formMessages: Messages['requestForm'];
  /** The CMS's reply endpoint. */
  action: string;
  reference: string;
  email: string;
  /** What a post without JavaScript was sent back with. */
  initial?: RefusedReply | undefined;
  /** Focus the error summary on load (a page the server rendered after a refused post). */
  autoFocusSummary?: boolean;
  /** Shown on its own (a refused post without JavaScript), not under a result: a level-2 heading then. */
  standalone?: boolean;
  send?: SendReply | undefined;
  onSent(view: StatusView): void;
  /** The number of errors shown, for the page title's "Error:". */
  onErrorCount(count: number): void;
}

export function ReplyForm({ locale, messages, formMessages, action, reference, email, initial, autoFocusSummary, standalone, send, onSent, onErrorCount }: ReplyFormProps) {
  const Heading = standalone ? 'h2' : 'h3';
  const AlertHeading = standalone ? 'h3' : 'h4';
  const words = messages.reply;
  const form = replyForm({ message: words.messageLabel, messageHint: interpolate(words.messageHint, { max: REPLY_MESSAGE_MAX }, locale), files: words.filesLabel });
  const [message, setMessage] = useState(initial?.message ?? '');
  const [files, setFiles] = useState<ChosenFile[]>([]);
  const [errors, setErrors] = useState<ReplyErrors>(initial?.errors ?? {});
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const summaryRef = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<string | undefined>(undefined);

  const fieldErrors = form.fields.flatMap((field) => (errors[field.key] ? [{ target: controlId(field), message: errors[field.key] ?? '' }] : []));
  // `reply`: the request moved on (staff changed it meanwhile); there is nothing to correct in the form.
  const formError = errors.reply;

  useEffect(() => onErrorCount(fieldErrors.length), [fieldErrors.length, onErrorCount]);
  useEffect(() => {
    const target = pendingFocus.current;
    pendingFocus.current = undefined;
    if (target === 'error-summary') summaryRef.current?.focus();
    else if (target) document.getElementById(target)?.focus();
  });

  const show = (list: FieldError[]) => {
    setErrors(Object.fromEntries(list.map((error) => [error.field, error.message])));
    pendingFocus.current = list.some((error) => error.field === 'reply') ? 'reply-failure' : 'error-summary';
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    // Without a way to send (the page's script did not load), the browser posts the form itself.
    if (!send) return;
    event.preventDefault();
    if (sending) return;
    setFailure(undefined);
    const checked = validateAnswers(form, locale, { message, files: files.map((chosen) => chosen.answer) });
    if (!checked.success) {
      show(checked.errors);
      return;
    }
    setErrors({});
    setSending(true);
    const outcome = await send({ reference, email, locale, message, files: files.map((chosen) => chosen.file), staged: initial?.fill });
    setSending(false);
    if (outcome.kind === 'sent') onSent(outcome.view);
    else if (outcome.kind === 'invalid') show(outcome.errors);
    else {
      const text = { 'not-found': messages.notFound, network: words.networkError, 'rate-limited': words.tooManyRequests, failed: words.serverError }[outcome.kind];
      setFailure(text);
      pendingFocus.current = 'reply-failure';
    }
  };

  return (
    <section className="status-reply" aria-labelledby="reply-heading">
      <Heading id="reply-heading">{words.heading}</Heading>
      <p>{words.intro}</p>
      {fieldErrors.length > 0 && <ErrorSummary ref={summaryRef} title={formMessages.errorSummaryTitle} errors={fieldErrors} autoFocus={autoFocusSummary || undefined} />}
      {initial?.keptProblem && (
        <div className="usa-alert usa-alert--warning" id="reply-kept-problem">
          <div className="usa-alert__body">
            <AlertHeading className="usa-alert__heading">{initial.keptProblem.problem === 'gone' ? words.keptGoneTitle : words.keptTitle}</AlertHeading>
            <p className="usa-alert__text">{initial.keptProblem.problem === 'gone' ? words.keptGoneText : words.keptText}</p>
            {initial.keptProblem.problem !== 'gone' && (
              <p className="usa-alert__text">
                <a href={initial.keptProblem.retryUrl}>{formMessages.kept.retry}</a>
              </p>
            )}
          </div>
        </div>
      )}
      {(formError || failure) && (
        <div className="usa-alert usa-alert--error">
          <div className="usa-alert__body">
            <AlertHeading className="usa-alert__heading" id="reply-failure" tabIndex={-1} autoFocus={(autoFocusSummary && fieldErrors.length === 0) || undefined}>
              {words.failedTitle}
            </AlertHeading>
            <p className="usa-alert__text">{formError ?? failure}</p>
          </div>
        </div>
      )}
      {!formError && (
        <form className="usa-form usa-form--large" method="post" action={action} encType="multipart/form-data" noValidate onSubmit={(event) => void onSubmit(event)}>
          <input type="hidden" name="reference" value={reference} />
          <input type="hidden" name="email" value={email} />
          <input type="hidden" name="locale" value={locale} />
          {initial?.fill && <input type="hidden" name="staged" value={initial.fill} />}
          {form.fields.map((field) => (
            <Question
              key={field.key}
              field={field}
              value={field.key === 'message' ? message : ''}
              error={errors[field.key]}
              locale={locale}
              messages={formMessages}
              chosenFiles={field.key === 'files' ? files : undefined}
              onChange={(value) => setMessage(Array.isArray(value) ? (value[0] ?? '') : value)}
              onFiles={(chosen) => void Promise.all(chosen.map(describeFile)).then(setFiles)}
            />
          ))}
          <button type="submit" className="usa-button" aria-disabled={sending ? true : undefined}>
            {words.send}
          </button>
        </form>
      )}
      <p className="status-looking" role="status">
        {sending ? words.sending : ''}
      </p>
    </section>
  );
}
