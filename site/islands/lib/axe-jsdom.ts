// axe-core for the islands' unit tests, in jsdom. jsdom has no layout, so the rules that measure
// (colour contrast, target size) run only in the browser tests (e2e/islands-a11y.spec.ts); every
// other WCAG 2.2 A/AA rule runs here on each example.
import axe from 'axe-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** A readable list of violations, empty when there are none. */
export async function axeViolations(context: Element): Promise<string[]> {
  const results = await axe.run(context, {
    runOnly: { type: 'tag', values: WCAG_TAGS },
    rules: { 'color-contrast': { enabled: false }, 'target-size': { enabled: false } },
  });
  return results.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} — ${node.failureSummary ?? ''}`));
}
