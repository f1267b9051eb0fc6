// The page an answer ends the form on (an editor's exit page): their title and text instead of a
// request, and a way back to the answer that led here. Nothing is sent from it.
import type { ExitPage as ExitPageDefinition } from '@city/shared/forms';
import type { RequestFormMessages } from './model';

export interface ExitPageProps {
  headingId: string;
  exit: ExitPageDefinition;
  messages: RequestFormMessages;
  /** Back to the page of the question whose answer led here. */
  onChange(): void;
  /** Without JavaScript: the form the button posts, and the page of that question. */
  noScript?: { form: string; screen: string } | undefined;
}

export function ExitPage({ headingId, exit, messages, onChange, noScript }: ExitPageProps) {
  // Editors separate paragraphs with a blank line.
  const paragraphs = exit.body.split(/\n\s*\n/).map((text) => text.trim()).filter(Boolean);
  return (
    <div className="request-exit">
      <h1 id={headingId} tabIndex={-1}>
        {exit.title}
      </h1>
      {paragraphs.map((text, index) => (
        <p key={index}>{text}</p>
      ))}
      {noScript ? (
        <button type="submit" form={noScript.form} name="change" value={noScript.screen} className="usa-button usa-button--outline">
          {messages.exitChange}
        </button>
      ) : (
        <button type="button" className="usa-button usa-button--outline" onClick={onChange}>
          {messages.exitChange}
        </button>
      )}
    </div>
  );
}
