// What the resident sees once the CMS has the request: the reference to keep, where the email went,
// and what happens next in the words of the form's editor.
import { interpolate } from '../lib/format';
import type { RequestFormMessages } from './model';
import type { Receipt } from './send';

export interface ConfirmationProps {
  headingId: string;
  receipt: Receipt;
  email: string;
  messages: RequestFormMessages;
  serviceUrl: string;
  trackUrl: string;
}

export function Confirmation({ headingId, receipt, email, messages, serviceUrl, trackUrl }: ConfirmationProps) {
  const text = messages.confirmation;
  return (
    <div className="request-confirmation">
      <div className="usa-alert usa-alert--success request-confirmation__panel">
        <div className="usa-alert__body">
          <h1 className="usa-alert__heading" id={headingId} tabIndex={-1}>
            {text.title}
          </h1>
          <p className="usa-alert__text">
            {text.referenceLabel}
            <br />
            <strong className="request-reference" data-testid="request-reference" dir="ltr">
              {receipt.reference}
            </strong>
          </p>
        </div>
      </div>
      <p>{interpolate(text.emailSent, { email: email.trim() })}</p>
      <p>{text.keepReference}</p>
      <h2>{text.whatNext}</h2>
      {receipt.nextSteps.confirmationText && <p>{receipt.nextSteps.confirmationText}</p>}
      {receipt.nextSteps.responseTime && <p>{interpolate(text.responseTime, { time: receipt.nextSteps.responseTime })}</p>}
      <ul className="usa-list">
        <li>
          <a className="usa-link" href={trackUrl}>
            {text.track}
          </a>
        </li>
        <li>
          <a className="usa-link" href={serviceUrl}>
            {text.another}
          </a>
        </li>
      </ul>
    </div>
  );
}
