// The GOV.UK error summary: a box at the top of the form that lists every problem as a link to its
// field. It has no live-region role: the form moves focus to it (tabindex="-1"), so a screen reader
// reads it once, in full. A link puts focus on the field and scrolls its question into view.
import { forwardRef } from 'react';

export interface SummaryError {
  /** The id of the control the link leads to. */
  target: string;
  message: string;
}

export interface ErrorSummaryProps {
  title: string;
  errors: SummaryError[];
  /** In a page a server rendered after a post without JavaScript: the browser focuses it on load. */
  autoFocus?: boolean | undefined;
}

/** Focuses a field and scrolls so its label or legend is visible too, not only the control. */
export function focusField(id: string): void {
  const control = document.getElementById(id);
  if (!control) return;
  const legend = control.closest('fieldset')?.querySelector('legend');
  const label = legend ?? document.querySelector(`label[for="${id}"]`) ?? control;
  control.focus({ preventScroll: true });
  label.scrollIntoView?.({ block: 'start' });
}

export const ErrorSummary = forwardRef<HTMLDivElement, ErrorSummaryProps>(function ErrorSummary({ title, errors, autoFocus }, ref) {
  return (
    <div className="usa-alert usa-alert--error request-error-summary" id="error-summary" tabIndex={-1} ref={ref} autoFocus={autoFocus}>
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading">{title}</h2>
        <ul className="usa-list request-error-summary__list">
          {errors.map((error) => (
            <li key={`${error.target}:${error.message}`}>
              <a
                className="usa-link"
                href={`#${error.target}`}
                onClick={(event) => {
                  event.preventDefault();
                  focusField(error.target);
                }}
              >
                {error.message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
});
