// @ts-check
// USWDS is written for left-to-right pages only: `margin-left`, `border-left`, `left: 0`,
// `text-align: left`. The site is also read right to left (Arabic), so the compiled USWDS CSS has
// its physical sides rewritten as logical ones (start and end of the line), which a browser mirrors
// by itself under `dir="rtl"` and leaves as they were under `dir="ltr"`. The compiled CSS is
// expanded, one declaration per line, so a line-by-line rewrite is enough. Shorthands with four
// sides (`margin: 0 1rem 0 0`) and direction icons are not rewritten: site.css handles the few
// the site's markup meets.

/** @type {Record<string, string>} */
const SIDE = { left: 'inline-start', right: 'inline-end' };
/** @type {Record<string, string>} */
const CORNER = { 'top-left': 'start-start', 'top-right': 'start-end', 'bottom-left': 'end-start', 'bottom-right': 'end-end' };

/** @type {[RegExp, (match: string, ...groups: string[]) => string][]} */
const RULES = [
  // margin-left, padding-right, border-left(-color|-width|-style), scroll-margin-left…
  [/^(\s*)((?:scroll-)?(?:margin|padding)|border)-(left|right)(-(?:color|width|style))?(\s*:)/, (_m, indent, prop, side, rest = '', colon) => `${indent}${prop}-${SIDE[side]}${rest}${colon}`],
  [/^(\s*)border-(top|bottom)-(left|right)-radius(\s*:)/, (_m, indent, block, side, colon) => `${indent}border-${CORNER[`${block}-${side}`]}-radius${colon}`],
  [/^(\s*)(left|right)(\s*:)/, (_m, indent, side, colon) => `${indent}inset-${SIDE[side]}${colon}`],
  [/^(\s*)(text-align|float|clear)(\s*:\s*)(left|right)\b/, (_m, indent, prop, colon, side) => `${indent}${prop}${colon}${side === 'left' ? (prop === 'text-align' ? 'start' : 'inline-start') : prop === 'text-align' ? 'end' : 'inline-end'}`],
];

/**
 * The same CSS with left and right written as the start and end of the line.
 * @param {string} css
 */
export function toLogical(css) {
  return css
    .split('\n')
    .map((line) => {
      for (const [pattern, replace] of RULES) if (pattern.test(line)) return line.replace(pattern, replace);
      return line;
    })
    .join('\n');
}
