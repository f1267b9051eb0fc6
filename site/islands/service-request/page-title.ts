// What a request page's <title> says before the site's own title: the page of the form, the check
// of answers, the exit page or the confirmation shown, as each would on a page of its own (WCAG
// 2.4.2). The island sets it as the resident moves on; the site's server writes it into the page
// it renders for a form of several pages without JavaScript, so both say the same.
import type { FormPlace, ServiceForm } from '@city/shared/forms';
import { mergeValues, type RequestFormMessages } from './model';
import { flowOf } from './screens';

export type Step = 'form' | 'check' | 'sent' | 'exit';

interface Shown {
  step: Step;
  /** The heading of the page of questions shown: its own title, the contact heading, or the form's title. */
  heading: string;
  formTitle: string;
  exitTitle: string | undefined;
}

/** The title's own part; undefined on a page of questions headed by the form's title. */
export function ownTitle({ step, heading, formTitle, exitTitle }: Shown, messages: RequestFormMessages): string | undefined {
  if (step === 'sent') return messages.confirmation.title;
  if (step === 'check') return messages.checkHeading;
  if (step === 'exit') return exitTitle;
  return heading === formTitle ? undefined : heading;
}

/** The heading of a page of questions of a form shown page by page. */
export function screenHeading(screen: { title: string | undefined; contact: boolean }, multiPage: boolean, formTitle: string, messages: RequestFormMessages): string {
  return (multiPage && screen.contact ? messages.contactHeading : screen.title) || formTitle;
}

/** The title's own part for the page the server shows at `place`, with the answers it shows. */
export function placeTitle(form: ServiceForm, locale: string, messages: RequestFormMessages, place: FormPlace, values: Parameters<typeof mergeValues>[1]): string | undefined {
  const flow = flowOf(form, locale, mergeValues(form, values), {});
  const screen = flow.screens.find((candidate) => candidate.id === place.screen) ?? flow.screens[0];
  const heading = screen ? screenHeading(screen, flow.screens.length > 1, form.title, messages) : form.title;
  return ownTitle({ step: place.view, heading, formTitle: form.title, exitTitle: flow.exit?.title }, messages);
}

/** The page's title without what the server put before it (the error prefix, the own part): what the island adds its own to. */
export function baseTitleOf(documentTitle: string, errorPrefix: string, own: string | undefined): string {
  let title = documentTitle.startsWith(`${errorPrefix} `) ? documentTitle.slice(errorPrefix.length + 1) : documentTitle;
  if (own && title.startsWith(`${own} | `)) title = title.slice(own.length + 3);
  return title;
}
