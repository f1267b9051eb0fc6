// The pages the island shows a form on, from the shared condition engine: the form's pages of
// questions as the answers so far decide them (shared/forms/conditions.ts), then the contact
// details on a page of their own when the form has steps. A form without steps is one page, as
// before. Pages are named by a stable id, so a page that appears or disappears as answers change
// never shifts the resident to another one.
import { answersSoFar, CONTACT_FIELDS, CONTACT_SCREEN, formPages, isMultiPage, reachedExit, type ExitPage, type FormField, type ServiceForm } from '@city/shared/forms';
import { answersToSend, contactId, controlId, type ChosenFiles, type FormValues } from './model';

/** The id of the contact-details page of a form with steps: the same the CMS's page-by-page rules use without JavaScript (shared/forms/steps.ts). */
export { CONTACT_SCREEN };

export interface Screen {
  id: string;
  /** The page's own heading; undefined: the form's title. */
  title: string | undefined;
  /** The questions asked on it, in order. */
  fields: FormField[];
  /** Whether the contact details are asked on it. */
  contact: boolean;
}

export interface Flow {
  screens: Screen[];
  /** The questions asked, all pages together, in order: what the check of answers lists. */
  asked: FormField[];
  /** The exit page the answers so far lead to, if any. */
  exit: ExitPage | undefined;
}

export function flowOf(form: ServiceForm, locale: string, values: FormValues, files: ChosenFiles): Flow {
  const answers = answersSoFar(form, locale, answersToSend(form, values, files));
  const pages = formPages(form, answers);
  const asked = pages.flatMap((page) => page.fields);
  const screens: Screen[] = isMultiPage(form)
    ? [...pages.map((page) => ({ ...page, contact: false })), { id: CONTACT_SCREEN, title: undefined, fields: [], contact: true }]
    : [{ id: pages[0]?.id ?? CONTACT_SCREEN, title: undefined, fields: asked, contact: true }];
  return { screens, asked, exit: reachedExit(form, answers) };
}

/** The screen a control is on (a Change link's target), or the first. */
export function screenOfControl(flow: Flow, target: string): Screen | undefined {
  return (
    flow.screens.find((screen) => screen.fields.some((field) => controlId(field) === target) || (screen.contact && CONTACT_FIELDS.some((name) => contactId(name) === target))) ??
    flow.screens[0]
  );
}

/** The screen of the question an exit page's condition reads: where "Change your answer" leads. */
export function screenOfQuestion(flow: Flow, key: string): Screen | undefined {
  return flow.screens.find((screen) => screen.fields.some((field) => field.key === key)) ?? flow.screens[0];
}

/** Whether a field-level error (an answer key or `contact.<name>`) belongs to this screen. */
export function isOnScreen(screen: Screen, field: string): boolean {
  if (field.startsWith('contact.') || field === 'confirmation') return screen.contact;
  return screen.fields.some((candidate) => candidate.key === field);
}
