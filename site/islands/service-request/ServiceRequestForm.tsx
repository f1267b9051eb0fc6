// The service-request island. Rendered to HTML at build time it is a plain form that posts to the
// CMS without JavaScript; once hydrated it validates with shared/forms, shows the GOV.UK error
// summary, asks only the questions whose conditions hold, page by page when the form has steps
// (each page an entry of the browser's history), ends at an exit page when an answer leads there,
// adds a check-your-answers step and sends the request itself, keeping a draft in the browser and
// retrying a failed send with the same idempotency key.
import { Fragment, useEffect, useRef, useState, type FormEvent } from 'react';
import { formSteps, type FieldError, type FormField, type FormPlace, type FormValuesParam, type ServiceForm, type StagedFiles } from '@city/shared/forms';
import type { Locale } from '@city/shared/locales';
import { ErrorSummary, focusField } from '../lib/ErrorSummary';
import { interpolate } from '../lib/format';
import { CarriedValues } from './CarriedValues';
import { CheckAnswers, type Progress } from './CheckAnswers';
import { conditionText } from './condition-text';
import { ExitPage } from './ExitPage';
import { Confirmation } from './Confirmation';
import { ContactDetails } from './ContactDetails';
import type { Draft, DraftStorage } from './draft';
import {
  answersToSend,
  contactToSend,
  controlId,
  describeFile,
  emptyValues,
  errorTarget,
  findErrors,
  isChosenHere,
  keptFiles,
  SUBMIT_ID,
  mergeValues,
  type ChosenFiles,
  type ContactName,
  type FormValues,
  type RequestFormMessages,
} from './model';
import { Question } from './Question';
import { KeptProblemPage, ResumeNotice, ResumeProblemPage, type KeptProblemState, type ResumeProblemState, type ResumeState } from './ResumeNotice';
import { SaveForLater } from './SaveForLater';
import type { SaveAnswers } from './save';
import { flowOf, isOnScreen, screenOfControl, screenOfQuestion } from './screens';
import { baseTitleOf, ownTitle, placeTitle, screenHeading, type Step } from './page-title';
import type { Receipt, SendOutcome, SendRequest, SolveChallenge, Submission } from './send';
import { useDraft, type Attempt } from './useDraft';
import { useFormMetrics, type SendBeacon } from './useFormMetrics';
import type { LocationServices } from './location/services';

/** What a server in front of the static page adds for one visitor (see publisher/server/no-script.ts). */
export interface ServerState {
  /** A fresh key for this page view, so a no-JavaScript resident's double click stores one request. */
  idempotencyKey?: string;
  /** When the page was served (ms since epoch), for the CMS's minimum fill time. */
  startedAt?: number;
  /** Errors and values the no-JavaScript endpoint sent back (sealed by the CMS), shown in the HTML itself. */
  feedback?: { errors: Record<string, string>; values: FormValuesParam };
  /** The CMS asked to confirm this send: its proof, posted again with the same idempotency key. */
  confirmation?: string;
  /**
   * A form of several pages the server shows page by page without JavaScript (shared/forms/steps.ts):
   * the page to show, as the CMS decided it (or the first).
   */
  step?: FormPlace;
  /** Files the CMS keeps from earlier pages of this fill, by question. */
  staged?: StagedFiles;
  /** The form continues answers saved with "Save and come back later" (ResumeNotice.tsx). */
  resume?: ResumeState;
  /** The resume link was used, expired or unknown: the page says so instead of the form. */
  resumeProblem?: ResumeProblemState;
  /** The answers the CMS kept for this fill (too long for the address) could not be read: the page says so instead of an empty form. */
  keptProblem?: KeptProblemState;
}

/** Everything the page passes; serializable, so the same props hydrate the island. */
export interface ServiceRequestFormProps {
  form: ServiceForm;
  locale: Locale;
  messages: RequestFormMessages;
  /** The CMS endpoint the HTML form posts to without JavaScript. */
  action: string;
  /** The service page, linked from the confirmation. */
  serviceUrl: string;
  /** The status look-up page. */
  trackUrl: string;
  server?: ServerState;
}

/** What the page writes for the client script: the form's props and where to send. */
export interface ServiceRequestIslandProps extends ServiceRequestFormProps {
  /** The CMS's GraphQL endpoint. */
  graphqlUrl: string;
  /** The CMS's address search, for location questions. */
  addressesUrl: string;
  /** The CMS's form metrics beacon (useFormMetrics.ts); no beacons without it. */
  metricsUrl?: string;
}

/** Browser-only collaborators, given by the client entry and by tests; never serialized. */
export interface BrowserServices {
  send: SendRequest;
  /**
   * Solves the challenge the CMS asks for once many requests came from the resident's connection
   * (send.ts: solveInBrowser); without it such a send fails with a retry.
   */
  solveChallenge?: SolveChallenge | undefined;
  storage?: DraftStorage | undefined;
  /** The address search and the device's position for location questions (location/services.ts). */
  location?: LocationServices | undefined;
  /** "Save and come back later" through the CMS (save.ts). */
  save?: SaveAnswers | undefined;
  newKey(): string;
  now(): number;
  /** Form metrics: where the fill starts and the pages it reaches (useFormMetrics.ts). */
  metrics?: SendBeacon | undefined;
}


/** Where the island keeps its place in each entry of the browser's history. */
const HISTORY_KEY = 'serviceRequest';
interface Place {
  step: Step;
  screen: string | undefined;
}
/** 'challenge': the check that the request is not automated could not be done. */
type Failure = Exclude<SendOutcome['kind'], 'sent' | 'invalid'>;

const HEADING_ID = 'request-heading';
/** The form element: the no-JavaScript check of answers and exit page post it from outside. */
const FORM_ID = 'request-form';

function errorsFromFeedback(feedback: ServerState['feedback']): FieldError[] {
  return Object.entries(feedback?.errors ?? {}).map(([field, message]) => ({ field, message }));
}

/** Identifies a submission's content, so a retry reuses its key only when nothing changed. */
function fingerprintOf(values: Record<string, unknown>): string {
  return JSON.stringify(values);
}

export function ServiceRequestForm({ form, locale, messages, action, serviceUrl, trackUrl, server, services }: ServiceRequestFormProps & { services?: BrowserServices }) {
  const [values, setValues] = useState<FormValues>(() => {
    const given = server?.feedback?.values ?? server?.resume?.values;
    return given ? mergeValues(form, given) : emptyValues(form);
  });
  const [errors, setErrors] = useState<FieldError[]>(() => errorsFromFeedback(server?.feedback));
  // Files the CMS keeps from pages posted without JavaScript answer their questions until others are chosen.
  const [files, setFiles] = useState<ChosenFiles>(() => keptFiles(server?.staged));
  const [step, setStep] = useState<Step>(server?.step?.view ?? 'form');
  /** The page of the form shown; undefined: the first. */
  const [screenId, setScreenId] = useState<string | undefined>(server?.step?.screen ?? server?.resume?.screen);
  const stepNow = useRef<Step>('form');
  stepNow.current = step;
  const [enhanced, setEnhanced] = useState(false);
  const [progress, setProgress] = useState<Progress | undefined>();
  const sending = progress !== undefined;
  const [failure, setFailure] = useState<Failure | undefined>();
  const [receipt, setReceipt] = useState<Receipt | undefined>();
  const attempt = useRef<Attempt | undefined>(undefined);
  const draft = useDraft({ services, form, locale, values, step, attempt });
  const draftOffer = draft.offer;
  const startedAt = useRef(server?.startedAt ?? 0);
  const confirmation = useRef(server?.confirmation);
  const honeypot = useRef<HTMLInputElement>(null);
  const baseTitle = useRef('');
  const pendingFocus = useRef<string | undefined>(undefined);
  const summaryRef = useRef<HTMLDivElement>(null);

  const focusSoon = (id: string) => {
    pendingFocus.current = id;
  };

  const flow = flowOf(form, locale, values, files);
  const multiPage = flow.screens.length > 1;
  // Page by page once the island can send, or without JavaScript where the server shows the pages one by one
  // (a page of the site's server with the CMS's secret); else the form is one page the browser posts.
  const byServer = !enhanced && server?.step !== undefined && multiPage;
  const paged = (enhanced && services !== undefined) || byServer;
  /** Without JavaScript, the check of answers and the exit page post the form with only its hidden fields. */
  const asking = !byServer || step === 'form';
  const screenIndex = Math.max(0, flow.screens.findIndex((screen) => screen.id === screenId));
  const screen = flow.screens[screenIndex]!;
  const heading = paged ? screenHeading(screen, multiPage, form.title, messages) : form.title;
  useFormMetrics({ send: enhanced ? services?.metrics : undefined, newKey: services?.newKey, formCode: form.code, locale, values, step, screenId: screen.id });

  /** Shows a step or page as a new entry of the browser's history, so Back returns to it with everything typed. */
  const go = (next: Step, screenTo: string | undefined, focus: string = HEADING_ID) => {
    setStep(next);
    setScreenId(screenTo);
    focusSoon(focus);
    const place: Place = { step: next, screen: screenTo };
    window.history.pushState({ ...(window.history.state as object | null), [HISTORY_KEY]: place }, '');
  };

  // The browser's back and forward buttons move between the pages already shown; nothing typed is lost.
  useEffect(() => {
    if (!enhanced || !services) return;
    window.history.replaceState({ ...(window.history.state as object | null), [HISTORY_KEY]: { step: 'form', screen: undefined } satisfies Place }, '');
    const onPop = (event: PopStateEvent) => {
      // A sent request stays sent: going back must not offer to send it again.
      if (stepNow.current === 'sent') return;
      const place = (event.state as Record<string, Place | undefined> | null)?.[HISTORY_KEY];
      setStep(place && place.step !== 'sent' ? place.step : 'form');
      setScreenId(place?.screen);
      setErrors([]);
      focusSoon(HEADING_ID);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [enhanced]);

  // After every render: move focus where the last action asked (a new step's heading, the summary).
  useEffect(() => {
    const target = pendingFocus.current;
    if (!target) return;
    pendingFocus.current = undefined;
    if (target === 'error-summary') {
      summaryRef.current?.focus();
      summaryRef.current?.scrollIntoView?.({ block: 'start' });
    } else if (target === HEADING_ID || target.startsWith('draft-') || target === 'send-failure') {
      document.getElementById(target)?.focus();
    } else {
      focusField(target);
    }
  });

  // Once, in the browser: take over from the plain HTML form.
  useEffect(() => {
    // The server titled a page of a form shown page by page as this island would: the base is what follows.
    const shown = server?.step ? placeTitle(form, locale, messages, server.step, server.feedback?.values ?? server.resume?.values ?? { answers: {}, contact: {} }) : undefined;
    baseTitle.current = baseTitleOf(document.title, messages.errorTitlePrefix, shown);
    startedAt.current = server?.startedAt ?? services?.now() ?? Date.now();
    setEnhanced(true);
    // Errors come only from the server's rendering (sealed by the CMS), never from the address.
    const feedback = server?.feedback;
    const sentBack = feedback !== undefined && Object.keys(feedback.errors).length > 0;
    if (sentBack) focusSoon('error-summary');
    // Saved answers from a resume link come first: no offer of this browser's own draft over them.
    draft.begin(sentBack || server?.resume !== undefined);
    // Runs once: the props of a hydrated island never change.
  }, []);

  // The page title says what the resident is looking at, as each step would on its own page.
  useEffect(() => {
    if (!enhanced) return;
    const own = ownTitle({ step, heading, formTitle: form.title, exitTitle: flow.exit?.title }, messages);
    const title = own ? `${own} | ${baseTitle.current}` : baseTitle.current;
    document.title = step === 'form' && errors.length > 0 ? `${messages.errorTitlePrefix} ${title}` : title;
  }, [enhanced, step, errors.length, messages, heading, flow.exit?.title, form.title]);

  const saveAnswers = enhanced ? services?.save : undefined;
  const summaryErrors = errors.map((error) => ({ target: errorTarget(form, error.field), message: error.message }));
  const errorOf = (field: string) => errors.find((error) => error.field === field)?.message;

  const setAnswer = (key: string, value: string | string[]) => setValues((current) => ({ ...current, answers: { ...current.answers, [key]: value } }));
  const setContact = (name: ContactName, value: string) => setValues((current) => ({ ...current, contact: { ...current.contact, [name]: value } }));
  const chooseFiles = async (key: string, chosen: File[]) => {
    const described = await Promise.all(chosen.map(describeFile));
    setFiles((current) => ({ ...current, [key]: described }));
  };

  const restoreDraft = (saved: Draft) => {
    setValues(draft.restore(saved));
    focusSoon('draft-restored');
  };
  const discardDraft = () => {
    draft.discard();
    const first = form.fields[0];
    focusSoon(first ? errorTarget(form, first.key) : HEADING_ID);
  };

  const onContinue = (event: FormEvent<HTMLFormElement>) => {
    // Without the island the browser posts the form; with it, the check step comes first.
    if (!services) return;
    event.preventDefault();
    // Only this page's problems; the answer that leads to an exit page is no problem to fix here.
    const exitQuestion = flow.exit?.showWhen.question;
    const found = findErrors(form, locale, values, files).filter((error) => isOnScreen(screen, error.field) && error.field !== exitQuestion);
    setErrors(found);
    if (found.length > 0) {
      focusSoon('error-summary');
      return;
    }
    setFailure(undefined);
    const next = flow.screens[screenIndex + 1];
    if (flow.exit) go('exit', screen.id);
    else if (next) go('form', next.id);
    else go('check', screen.id);
  };

  const onChange = (id: string) => {
    setErrors([]);
    go('form', screenOfControl(flow, id)?.id, id);
  };

  const onBack = () => {
    setErrors([]);
    go('form', flow.screens[screenIndex - 1]?.id);
  };

  const onSend = async () => {
    if (!services || sending) return;
    // Only the questions asked: the CMS would drop the others anyway, and their files are not sent.
    const asked = new Set(flow.asked.map((field) => field.key));
    const answers = Object.fromEntries(Object.entries(answersToSend(form, values, files)).filter(([key]) => asked.has(key)));
    const askedFiles = Object.fromEntries(Object.entries(files).filter(([key]) => asked.has(key)));
    const contact = contactToSend(values);
    const fingerprint = fingerprintOf({ answers, contact });
    // One key per submission attempt, kept until it succeeds; changed answers are a new attempt.
    if (attempt.current?.fingerprint !== fingerprint) {
      // A page the server rendered to confirm a send holds a proof for its own key: the first send reuses it.
      const confirmedKey = !attempt.current && server?.confirmation ? server.idempotencyKey : undefined;
      attempt.current = { key: confirmedKey ?? services.newKey(), fingerprint };
    }
    const { key } = attempt.current;
    draft.savePending(values, attempt.current);
    setProgress('sending');
    setFailure(undefined);
    const submission: Submission = {
      formCode: form.code,
      locale,
      answers,
      contact,
      idempotencyKey: key,
      startedAt: startedAt.current,
      honeypot: honeypot.current?.value ?? '',
      confirmation: confirmation.current,
      resumeToken: server?.resume?.token,
      files: askedFiles,
      staged: server?.staged?.id,
    };
    let outcome = await services.send(submission);
    if (outcome.kind === 'challenge') {
      // Many requests came from this connection (a library, a service center): the browser proves
      // this one is not automated and sends it again with the same key. Nobody is asked to do anything.
      setProgress('checking');
      const solved = await services.solveChallenge?.(outcome.challenge);
      if (solved) {
        setProgress('sending');
        outcome = await services.send({ ...submission, challenge: solved });
      }
    }
    setProgress(undefined);
    switch (outcome.kind) {
      case 'sent':
        draft.remove();
        attempt.current = undefined;
        setReceipt(outcome.receipt);
        go('sent', undefined);
        return;
      case 'invalid':
        // Asked to confirm: the proof holds for this key, which a second send with the same answers reuses.
        // The hidden field is emptied, as the server-rendered page does, so a person's autofill cannot keep it refused.
        confirmation.current = outcome.confirmation;
        if (outcome.confirmation && honeypot.current) honeypot.current.value = '';
        setErrors(outcome.errors);
        // The page of the first problem the CMS found, with the summary.
        go('form', outcome.errors[0] ? screenOfControl(flow, errorTarget(form, outcome.errors[0].field))?.id : undefined, 'error-summary');
        return;
      case 'conflict':
        // The key belongs to other answers already stored; these answers need their own.
        attempt.current = undefined;
        setFailure('failed');
        focusSoon('send-failure');
        return;
      default:
        setFailure(outcome.kind);
        focusSoon('send-failure');
    }
  };

  /** One question; on the form as one page (no JavaScript) a question asked only sometimes says when in its hint. */
  const question = (field: FormField) => {
    const when = !paged && field.showWhen ? conditionText(form, field.showWhen, messages, locale) : undefined;
    const shown = when ? { ...field, hint: field.hint ? `${when}. ${field.hint}` : when } : field;
    return (
      <Question
        key={field.key}
        field={shown}
        value={values.answers[field.key] ?? ''}
        error={errorOf(field.key)}
        locale={locale}
        messages={messages}
        chosenFiles={files[field.key]?.filter(isChosenHere)}
        keptFiles={files[field.key]?.filter((item) => !isChosenHere(item)).map((item) => item.answer.name)}
        onChange={(value) => setAnswer(field.key, value)}
        onFiles={(chosen) => void chooseFiles(field.key, chosen)}
        location={enhanced ? services?.location : undefined}
      />
    );
  };

  if (server?.keptProblem) {
    return (
      <div className="request-island">
        <KeptProblemPage headingId={HEADING_ID} state={server.keptProblem} messages={messages} />
      </div>
    );
  }

  if (server?.resumeProblem) {
    return (
      <div className="request-island">
        <ResumeProblemPage headingId={HEADING_ID} state={server.resumeProblem} messages={messages} />
      </div>
    );
  }

  if (step === 'sent' && receipt) {
    return (
      <div className="request-island">
        <Confirmation headingId={HEADING_ID} receipt={receipt} email={values.contact.email} messages={messages} serviceUrl={serviceUrl} trackUrl={trackUrl} />
      </div>
    );
  }

  return (
    <div className="request-island">
      {step === 'exit' && flow.exit && (
        <ExitPage
          headingId={HEADING_ID}
          exit={flow.exit}
          messages={messages}
          noScript={byServer ? { form: FORM_ID, screen: screenOfQuestion(flow, flow.exit.showWhen.question)?.id ?? '' } : undefined}
          onChange={() => {
            const question = form.fields.find((field) => field.key === flow.exit?.showWhen.question);
            go('form', screenOfQuestion(flow, question?.key ?? '')?.id, question ? controlId(question) : HEADING_ID);
          }}
        />
      )}
      {step === 'check' && (
        <CheckAnswers
          headingId={HEADING_ID}
          fields={flow.asked}
          values={values}
          files={files}
          locale={locale}
          messages={messages}
          progress={progress}
          failure={failure}
          onChange={onChange}
          onSend={() => void onSend()}
          noScript={byServer ? { form: FORM_ID, screenOf: (target) => screenOfControl(flow, target)?.id ?? '' } : undefined}
        >
          {byServer && errors.length > 0 && <ErrorSummary ref={summaryRef} title={messages.errorSummaryTitle} errors={summaryErrors} />}
        </CheckAnswers>
      )}
      {step === 'check' && byServer && <SaveForLater messages={messages} email={values.contact.email} form={FORM_ID} />}
      <div hidden={step !== 'form' && !(step === 'exit' && !flow.exit)}>
        {paged && multiPage && screenIndex > 0 && !byServer && (
          <button type="button" className="usa-button usa-button--unstyled request-back" onClick={onBack}>
            {messages.back}
          </button>
        )}
        {paged && multiPage && (
          <p className="usa-hint request-progress" id="request-progress">
            {interpolate(messages.stepProgress, { current: screenIndex + 1, total: flow.screens.length }, locale)}
          </p>
        )}
        <h1 id={step === 'form' ? HEADING_ID : undefined} tabIndex={-1} aria-describedby={paged && multiPage ? 'request-progress' : undefined}>
          {heading}
        </h1>
        {form.introduction && (!paged || screenIndex === 0) && <p className="usa-intro">{form.introduction}</p>}
        <div aria-live="polite" className="request-draft">
          {draftOffer?.kind === 'offer' && (
            <div className="usa-alert usa-alert--info usa-alert--slim">
              <div className="usa-alert__body">
                <h2 className="usa-alert__heading">{messages.draft.heading}</h2>
                <p className="usa-alert__text">
                  {interpolate(messages.draft.found, { date: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(draftOffer.draft.savedAt)) })}
                </p>
                <div className="request-draft__actions">
                  <button type="button" className="usa-button" onClick={() => restoreDraft(draftOffer.draft)}>
                    {messages.draft.restore}
                  </button>
                  <button type="button" className="usa-button usa-button--outline" onClick={discardDraft}>
                    {messages.draft.discard}
                  </button>
                </div>
              </div>
            </div>
          )}
          {draftOffer?.kind === 'restored' && (
            <p className="request-draft__restored" id="draft-restored" tabIndex={-1}>
              {messages.draft.restored}
            </p>
          )}
        </div>
        {server?.resume?.values && step === 'form' && <ResumeNotice form={form} locale={locale} messages={messages} />}
        {errors.length > 0 && asking && <ErrorSummary ref={summaryRef} title={messages.errorSummaryTitle} errors={summaryErrors} />}
        <form id={FORM_ID} className="usa-form usa-form--large request-form" method="post" action={action} encType="multipart/form-data" noValidate onSubmit={onContinue}>
          <input type="hidden" name="formCode" value={form.code} />
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="idempotencyKey" value={server?.idempotencyKey ?? ''} />
          <input type="hidden" name="startedAt" value={server?.startedAt === undefined ? '' : String(server.startedAt)} />
          {server?.confirmation && <input type="hidden" name="confirmation" value={server.confirmation} />}
          {server?.resume && <input type="hidden" name="resumeToken" value={server.resume.token} />}
          {/* A form of one page sent back with answers the CMS kept (too long for the address) names their fill, as
              the pages of a longer form do (CarriedValues.tsx): the CMS removes them once the request is stored. */}
          {!byServer && server?.staged && <input type="hidden" name="staged" value={server.staged.id} />}
          <div className="request-honeypot">
            <label htmlFor="request-honeypot">{messages.honeypot}</label>
            <input id="request-honeypot" name="honeypot" type="text" tabIndex={-1} autoComplete="off" defaultValue="" ref={honeypot} />
          </div>
          {byServer && (
            <CarriedValues
              form={form}
              values={values}
              shown={new Set(asking ? screen.fields.map((field) => field.key) : [])}
              contactShown={asking && screen.contact}
              screen={screen.id}
              staged={server?.staged}
            />
          )}
          {!asking
            ? null
            : paged
            ? screen.fields.map((field) => question(field))
            : formSteps(form).map((group) => (
                <Fragment key={group.id}>
                  {group.title && <h2 className="request-step-heading">{group.title}</h2>}
                  {group.step?.showWhen && <p className="usa-hint">{conditionText(form, group.step.showWhen, messages, locale)}</p>}
                  {group.fields.map((field) => question(field))}
                </Fragment>
              ))}
          {asking && (!paged || screen.contact) && (
            <ContactDetails values={values} errorOf={(name) => errorOf(`contact.${name}`)} messages={messages} onChange={setContact} ownPage={paged && multiPage} />
          )}
          {enhanced && services?.storage && <p className="usa-hint">{messages.draft.note}</p>}
          {asking && (
            <button type="submit" id={SUBMIT_ID} className="usa-button usa-button--big" {...(byServer ? { name: 'intent', value: 'next' } : {})}>
              {paged ? messages.continue : messages.sendWithoutCheck}
            </button>
          )}
          {/* After Continue, so Enter in a field goes on rather than back. */}
          {byServer && asking && screenIndex > 0 && (
            <button type="submit" name="intent" value="back" className="usa-button usa-button--outline request-back-nojs" formNoValidate>
              {messages.back}
            </button>
          )}
          {(!paged || saveAnswers || (byServer && asking)) && (
            <SaveForLater
              messages={messages}
              email={values.contact.email}
              onSave={saveAnswers ? (email) => saveAnswers({ formCode: form.code, locale, values, email, screen: screen.id }) : undefined}
            />
          )}
        </form>
      </div>
    </div>
  );
}
