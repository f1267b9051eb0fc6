// The GOV.UK "check your answers" step: every answer with a Change link that returns to its field,
// then the send button. A failed send is said plainly here, above the answers, which stay as they are.
import { CONTACT_FIELDS, type FormField } from '@city/shared/forms';
import { contactId, controlId, displayAnswer, SUBMIT_ID, type ContactName, type FileNames, type FormValues, type RequestFormMessages } from './model';
import type { ReactNode } from 'react';
import type { SendOutcome } from './send';

/** What the step announces while the resident waits: sending, or checking the request is not automated. */
export type Progress = 'sending' | 'checking';

export interface CheckAnswersProps {
  headingId: string;
  /** The questions asked (their conditions hold), in order: only these are listed and sent. */
  fields: FormField[];
  values: FormValues;
  files: FileNames;
  locale: string;
  messages: RequestFormMessages;
  /** Sending, or checking the request is not automated (a challenge the CMS asked for); announced in the status. */
  progress: Progress | undefined;
  failure: Exclude<SendOutcome['kind'], 'sent' | 'invalid'> | undefined;
  /** Back to the form with focus on this control. */
  onChange(controlId: string): void;
  onSend(): void;
  /**
   * Without JavaScript (a form of several pages the server shows page by page): the id of the form
   * the buttons post, and the page each answer's Change button asks for.
   */
  noScript?: { form: string; screenOf(controlId: string): string } | undefined;
  /** Shown under the heading: a send the CMS refused (without JavaScript). */
  children?: ReactNode;
}

interface Row {
  label: string;
  lines: string[];
  target: string;
}

function AnswerList({ rows, messages, onChange, noScript }: { rows: Row[]; messages: RequestFormMessages; onChange(id: string): void; noScript: CheckAnswersProps['noScript'] }) {
  return (
    <dl className="request-check">
      {rows.map((row) => (
        <div className="request-check__row" key={row.target}>
          <dt className="request-check__question">{row.label}</dt>
          <dd className="request-check__answer">
            {row.lines.map((line, index) => (
              // An answer reads in its own direction: an email or a web address left to right in Arabic.
              <span className="request-check__line" key={index} dir="auto">
                {line}
              </span>
            ))}
          </dd>
          <dd className="request-check__action">
            {noScript ? (
              <button type="submit" form={noScript.form} name="change" value={noScript.screenOf(row.target)} className="usa-button usa-button--unstyled">
                {messages.change}
                <span className="usa-sr-only"> {row.label}</span>
              </button>
            ) : (
            <a
              className="usa-link"
              href={`#${row.target}`}
              onClick={(event) => {
                event.preventDefault();
                onChange(row.target);
              }}
            >
              {messages.change}
              <span className="usa-sr-only"> {row.label}</span>
            </a>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function CheckAnswers({ headingId, fields, values, files, locale, messages, progress, failure, onChange, onSend, noScript, children }: CheckAnswersProps) {
  const sending = progress !== undefined;
  const questions: Row[] = fields.map((field) => ({ label: field.label, lines: displayAnswer(field, values, files, locale, messages), target: controlId(field) }));
  const contactLabels: Record<ContactName, string> = { name: messages.contactName, email: messages.contactEmail, phone: messages.contactPhone };
  const contact: Row[] = CONTACT_FIELDS.map((name) => ({
    label: contactLabels[name],
    lines: [values.contact[name].trim() || messages.notAnswered],
    target: contactId(name),
  }));
  const failureTexts: Partial<Record<NonNullable<CheckAnswersProps['failure']>, string>> = {
    network: messages.networkError,
    'rate-limited': messages.tooManyRequests,
    challenge: messages.challengeFailed,
  };
  const failureText = (failure && failureTexts[failure]) ?? messages.serverError;
  return (
    <div className="request-check-step">
      <h1 id={headingId} tabIndex={-1}>
        {messages.checkHeading}
      </h1>
      {children}
      {failure && (
        <div className="usa-alert usa-alert--error request-failure">
          <div className="usa-alert__body">
            <h2 className="usa-alert__heading" id="send-failure" tabIndex={-1}>
              {messages.networkErrorTitle}
            </h2>
            <p className="usa-alert__text">{failureText}</p>
          </div>
        </div>
      )}
      <h2>{messages.checkQuestions}</h2>
      <AnswerList rows={questions} messages={messages} onChange={onChange} noScript={noScript} />
      <h2>{messages.checkContact}</h2>
      <AnswerList rows={contact} messages={messages} onChange={onChange} noScript={noScript} />
      <p>{messages.declaration}</p>
      <p className="request-sending" role="status">
        {progress === 'checking' ? messages.checkingAutomated : progress === 'sending' ? messages.sending : ''}
      </p>
      {noScript ? (
        <button type="submit" form={noScript.form} name="intent" value="send" id={SUBMIT_ID} className="usa-button usa-button--big">
          {messages.send}
        </button>
      ) : (
        <button type="button" className="usa-button usa-button--big" aria-disabled={sending ? true : undefined} onClick={onSend}>
          {failure ? messages.tryAgain : messages.send}
        </button>
      )}
    </div>
  );
}
