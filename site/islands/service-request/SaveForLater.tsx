// The "Save and come back later" button. Without JavaScript it is the form's second submit button
// (intent=save): the CMS keeps what is in the form and emails the link to the contact email. In the
// island it opens a small panel asking where to send the link (the contact email when given).
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { interpolate } from '../lib/format';
import type { RequestFormMessages } from './model';
import type { SaveOutcome } from './save';

export interface SaveForLaterProps {
  messages: RequestFormMessages;
  /** Saves through the CMS; absent until the island runs (then the button posts the form). */
  onSave?: ((email: string) => Promise<SaveOutcome>) | undefined;
  /** The contact email typed so far: where the link goes unless the resident changes it. */
  email: string;
  /** The form the no-JavaScript button posts, when it stands outside it (the check of answers). */
  form?: string | undefined;
}

type Status = { kind: 'idle' } | { kind: 'sending' } | SaveOutcome;

export function SaveForLater({ messages, onSave, email, form }: SaveForLaterProps) {
  const text = messages.save;
  const [open, setOpen] = useState(false);
  const [address, setAddress] = useState(email);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const opener = useRef<HTMLButtonElement>(null);

  if (!onSave) {
    return (
      <div className="request-save">
        <button type="submit" form={form} name="intent" value="save" className="usa-button usa-button--outline" formNoValidate>
          {text.button}
        </button>
      </div>
    );
  }

  const save = async () => {
    if (status.kind === 'sending') return;
    setStatus({ kind: 'sending' });
    const outcome = await onSave(address);
    setStatus(outcome);
    if (outcome.kind === 'invalid') input.current?.focus();
  };
  // Enter in the email field saves; it must not send the request form around it.
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    void save();
  };
  const errorId = `${id}-error`;
  const saved = status.kind === 'saved';

  return (
    <div className="request-save">
      {!open && (
        <button
          type="button"
          ref={opener}
          className="usa-button usa-button--outline"
          aria-expanded={false}
          onClick={() => {
            setAddress(email);
            setStatus({ kind: 'idle' });
            setOpen(true);
            // After the panel renders.
            setTimeout(() => input.current?.focus(), 0);
          }}
        >
          {text.button}
        </button>
      )}
      {open && (
        <section className="request-save__panel" aria-labelledby={`${id}-heading`}>
          <h2 id={`${id}-heading`} className="request-save__heading">
            {text.heading}
          </h2>
          {!saved && (
            <>
              <p>{text.intro}</p>
              <div className={`usa-form-group${status.kind === 'invalid' ? ' usa-form-group--error' : ''}`}>
                <label className="usa-label" htmlFor={`${id}-email`}>
                  {text.emailLabel}
                </label>
                {status.kind === 'invalid' && (
                  <span className="usa-error-message" id={errorId}>
                    <span className="usa-sr-only">{messages.errorPrefix} </span>
                    {status.message}
                  </span>
                )}
                <input
                  ref={input}
                  id={`${id}-email`}
                  className={`usa-input${status.kind === 'invalid' ? ' usa-input--error' : ''}`}
                  type="email"
                  autoComplete="email"
                  spellCheck={false}
                  // An email address reads left to right in an Arabic page too, as in the contact details.
                  dir="ltr"
                  value={address}
                  aria-invalid={status.kind === 'invalid' || undefined}
                  aria-describedby={status.kind === 'invalid' ? errorId : undefined}
                  onChange={(event) => setAddress(event.target.value)}
                  onKeyDown={onKeyDown}
                />
              </div>
              <div className="request-save__actions">
                <button type="button" className="usa-button" onClick={() => void save()} aria-disabled={status.kind === 'sending' || undefined}>
                  {text.send}
                </button>
                <button
                  type="button"
                  className="usa-button usa-button--unstyled"
                  onClick={() => {
                    setOpen(false);
                    setTimeout(() => opener.current?.focus(), 0);
                  }}
                >
                  {text.cancel}
                </button>
              </div>
            </>
          )}
          <div aria-live="polite" role="status">
            {status.kind === 'sending' && <p>{text.sending}</p>}
            {status.kind === 'failed' && <p className="usa-error-message">{text.failed}</p>}
            {saved && (
              <div className="usa-alert usa-alert--success usa-alert--slim" id="save-confirmation">
                <div className="usa-alert__body">
                  <p className="usa-alert__heading">
                    <strong>{text.savedTitle}</strong>
                  </p>
                  <p className="usa-alert__text">{interpolate(text.saved, { email: status.email })}</p>
                </div>
              </div>
            )}
          </div>
        </section>
      )}
    </div>
  );
}
