import type { FormFeedback, FormValuesParam } from '@city/shared/forms';

/**
 * The longest sealed feedback the CMS puts in the form page's address: with the rest of the
 * address it stays under a proxy's 8 KB request-line limit.
 */
export const FEEDBACK_BUDGET = 6000;

/**
 * The sealed feedback for the form page. Within the budget the answers travel in it; past it they
 * are kept by the CMS for the fill (`keep` gives the fill's id) and the feedback names the fill
 * instead, so a long answer is never lost. Only when they cannot be kept (the disk refuses) are the
 * longest answers left out, as the last resort that still shows the errors.
 */
export async function sealWithinBudget(
  feedback: FormFeedback,
  seal: (feedback: FormFeedback) => string,
  keep: (values: FormValuesParam) => Promise<string>,
  budget = FEEDBACK_BUDGET,
  // What still travels sealed beside the fill: nothing for a form; a reply's reference and email,
  // short and needed to show the reply form at all should the kept message not load.
  stays: (values: FormValuesParam) => FormValuesParam = () => ({ answers: {}, contact: {} }),
): Promise<{ sealed: string; kept?: string; dropped?: string[] }> {
  const sealed = seal(feedback);
  if (sealed.length <= budget) return { sealed };
  const fill = await keep(feedback.values).catch(() => undefined);
  // Errors and the page to show alone are short: no answer is left to drop once they are kept.
  if (fill) return { sealed: seal({ ...feedback, values: stays(feedback.values), keptValues: { fill } }), kept: fill };
  const answers = { ...feedback.values.answers };
  const dropped: string[] = [];
  let fallback = sealed;
  while (fallback.length > budget) {
    const longest = Object.entries(answers).sort((a, b) => JSON.stringify(b[1]).length - JSON.stringify(a[1]).length)[0];
    if (!longest) break;
    delete answers[longest[0]];
    dropped.push(longest[0]);
    fallback = seal({ ...feedback, values: { ...feedback.values, answers } });
  }
  return { sealed: fallback, dropped };
}
