// The resident's contact details, asked on every form after its own questions (the CMS forms do
// not contain them). Autocomplete tokens let browsers fill them in.
import { CONTACT_FIELDS } from '@city/shared/forms';
import { describedBy, FieldFrame } from './Question';
import { contactId, type ContactName, type FormValues, type RequestFormMessages } from './model';

export interface ContactDetailsProps {
  values: FormValues;
  errorOf(name: ContactName): string | undefined;
  messages: RequestFormMessages;
  onChange(name: ContactName, value: string): void;
  /** On a page of their own (a form with steps), whose heading already names them: the legend is for screen readers only. */
  ownPage?: boolean;
}

export function ContactDetails({ values, errorOf, messages, onChange, ownPage = false }: ContactDetailsProps) {
  // An email address and a phone number read left to right in an Arabic page too.
  const inputs: Record<ContactName, { label: string; hint?: string; type: string; autoComplete: string; optional: boolean; dir: 'ltr' | 'auto' }> = {
    name: { label: messages.contactName, type: 'text', autoComplete: 'name', optional: false, dir: 'auto' },
    email: { label: messages.contactEmail, hint: messages.contactEmailHint, type: 'email', autoComplete: 'email', optional: false, dir: 'ltr' },
    phone: { label: messages.contactPhone, hint: messages.contactPhoneHint, type: 'tel', autoComplete: 'tel', optional: true, dir: 'ltr' },
  };
  return (
    <fieldset className="usa-fieldset request-contact" aria-describedby="contact-intro">
      {ownPage ? (
        <legend className="usa-sr-only">{messages.contactHeading}</legend>
      ) : (
        <legend className="usa-legend usa-legend--large">
          <h2 className="request-contact__heading">{messages.contactHeading}</h2>
        </legend>
      )}
      <p className="usa-hint" id="contact-intro">
        {messages.contactIntro}
      </p>
      {CONTACT_FIELDS.map((name) => {
        const input = inputs[name];
        const id = contactId(name);
        const error = errorOf(name);
        return (
          <FieldFrame key={name} id={id} label={input.label} hint={input.hint} error={error} optional={input.optional ? messages.optional : undefined} messages={messages}>
            <input
              className={`usa-input${error ? ' usa-input--error' : ''}`}
              id={id}
              name={`contact[${name}]`}
              type={input.type}
              dir={input.dir}
              autoComplete={input.autoComplete}
              spellCheck={name === 'email' ? false : undefined}
              value={values.contact[name]}
              aria-describedby={describedBy(id, input.hint, error)}
              aria-invalid={error ? true : undefined}
              onChange={(event) => onChange(name, event.target.value)}
            />
          </FieldFrame>
        );
      })}
    </fieldset>
  );
}
