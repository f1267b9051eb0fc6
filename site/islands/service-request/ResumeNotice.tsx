// What a resume link ("Save and come back later") shows on the form page: that the saved answers
// are back and which file questions need their files again (files are never saved), or, for a link
// that was used, expired or is unknown, a page saying so with a way to start the form again.
import type { FormValuesParam, ResumeProblem, ServiceForm } from '@city/shared/forms';
import type { Locale } from '@city/shared/locales';
import { interpolate } from '../lib/format';
import type { RequestFormMessages } from './model';

/** The form continues saved answers (the publisher's server read them from the CMS). */
export interface ResumeState {
  /** Sent with the request, which uses the saved answers up. */
  token: string;
  /** The answers, on the first opening of the link; absent when the form comes back with errors. */
  values?: FormValuesParam;
  /** The page of the form the resident was on. */
  screen?: string;
}

export interface ResumeProblemState {
  problem: ResumeProblem;
  /** The form page without the link's token. */
  startUrl: string;
}

/** The labels of the questions whose files must be attached again. */
export function filesToAttachAgain(form: Pick<ServiceForm, 'fields'>): string[] {
  return form.fields.filter((field) => field.__component === 'form-field.file-upload').map((field) => field.label);
}

export function ResumeNotice({ form, locale, messages }: { form: Pick<ServiceForm, 'fields'>; locale: Locale; messages: RequestFormMessages }) {
  const reattach = filesToAttachAgain(form);
  return (
    <div className="usa-alert usa-alert--info usa-alert--slim request-resumed" id="resume-notice">
      <div className="usa-alert__body">
        <p className="usa-alert__text">{messages.save.resumed}</p>
        {reattach.length > 0 && (
          <p className="usa-alert__text">
            <strong>{interpolate(messages.save.reattach, { questions: new Intl.ListFormat(locale, { type: 'conjunction' }).format(reattach) }, locale)}</strong>
          </p>
        )}
      </div>
    </div>
  );
}

const TEXTS: Record<ResumeProblem, { title: 'usedTitle' | 'expiredTitle' | 'unknownTitle' | 'unavailableTitle'; text: 'used' | 'expired' | 'unknown' | 'unavailable' }> = {
  used: { title: 'usedTitle', text: 'used' },
  expired: { title: 'expiredTitle', text: 'expired' },
  unknown: { title: 'unknownTitle', text: 'unknown' },
  unavailable: { title: 'unavailableTitle', text: 'unavailable' },
};

export const resumeProblemTitle = (problem: ResumeProblem, messages: RequestFormMessages): string => messages.save[TEXTS[problem].title];

export function ResumeProblemPage({ headingId, state, messages }: { headingId: string; state: ResumeProblemState; messages: RequestFormMessages }) {
  const { title, text } = TEXTS[state.problem];
  return (
    <div className="request-resume-problem">
      <h1 id={headingId} tabIndex={-1}>
        {messages.save[title]}
      </h1>
      <p>{messages.save[text]}</p>
      <p>
        <a className="usa-button" href={state.startUrl}>
          {messages.save.startAgain}
        </a>
      </p>
    </div>
  );
}

/** Answers the CMS kept for the fill (too long for the page's address) could not be read back. */
export interface KeptProblemState {
  /** `unavailable`: the CMS could not be asked, try again; `gone`: nothing is kept any more (sent, or past 24 hours). */
  problem: 'unavailable' | 'gone';
  /** This very page again: the answers are kept for 24 hours. */
  retryUrl: string;
  /** The form page without the feedback. */
  startUrl: string;
}

export const keptProblemTitle = (state: KeptProblemState, messages: RequestFormMessages): string => (state.problem === 'gone' ? messages.kept.goneTitle : messages.kept.title);

export function KeptProblemPage({ headingId, state, messages }: { headingId: string; state: KeptProblemState; messages: RequestFormMessages }) {
  const gone = state.problem === 'gone';
  return (
    <div className="request-resume-problem" id="kept-problem">
      <h1 id={headingId} tabIndex={-1}>
        {keptProblemTitle(state, messages)}
      </h1>
      <p>{gone ? messages.kept.goneText : messages.kept.text}</p>
      <p>
        {/* Trying again cannot bring back what is no longer kept. */}
        {!gone && (
          <>
            <a className="usa-button" href={state.retryUrl}>
              {messages.kept.retry}
            </a>{' '}
          </>
        )}
        <a className={gone ? 'usa-button' : 'usa-button usa-button--outline'} href={state.startUrl}>
          {messages.kept.startAgain}
        </a>
      </p>
    </div>
  );
}
