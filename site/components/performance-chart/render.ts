// One service's figures as an inline SVG bar chart (received and resolved per month) beside a
// table of every figure. The SVG is one image (role="img") named by its title and description; the
// table is the full text alternative. Received bars are solid, resolved bars striped and outlined,
// and a legend names both, so nothing depends on colour. Every text is escaped.
import { namespaces, perLocale, translator } from '@city/shared/i18n';
import type { Locale } from '@city/shared/locales';
import type { PerformanceMonth, ServicePerformance } from '@city/shared/performance';
import { escapeHtml } from '../../lib/html';

const say = translator<(typeof namespaces.performance)['en']>(namespaces.performance);

const integers = perLocale((locale: string) => new Intl.NumberFormat(locale));
const tenths = perLocale((locale: string) => new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }));
const percents = perLocale((locale: string) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }));
const longMonths = perLocale((locale: string) => new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }));
const shortMonths = perLocale((locale: string) => new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }));
const years = perLocale((locale: string) => new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' }));

const monthDate = (month: string) => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1));
export const longMonth = (month: string, locale: Locale) => longMonths(locale).format(monthDate(month));

export interface ChartOptions {
  locale: Locale;
  /** Unique on the page: the chart's ids and pattern start with it. */
  idPrefix: string;
}

// The drawing, in viewBox units; the SVG scales to its column.
const WIDTH = 640;
const HEIGHT = 280;
const PLOT = { left: 44, right: 8, top: 44, bottom: 46 };
const RECEIVED_FILL = '#005ea2'; // USWDS primary: 7.0:1 on white
const INK = '#1b1b1b';
const GRID = '#71767a'; // 4.8:1 on white

/** A round top for the scale: 1, 2 or 5 times a power of ten, at least `max`. */
export function scaleTop(max: number): number {
  if (max <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  return [1, 2, 5, 10].map((step) => step * power).find((top) => top >= max) ?? 10 * power;
}

function ticks(top: number): number[] {
  return top % 2 === 0 ? [0, top / 2, top] : [0, top];
}

/** A label's rough width in ems, no font being known: Ethiopic syllables about 0.9, other letters about 0.6. */
export function widthInEms(text: string): number {
  return [...text].reduce((sum, character) => sum + (/[\u1200-\u139F\u2D80-\u2DDF]/u.test(character) ? 0.9 : 0.6), 0);
}

function svgText(x: number, y: number, text: string, attributes = ''): string {
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" ${attributes}>${escapeHtml(text)}</text>`;
}

function renderSvg(service: ServicePerformance, { locale, idPrefix }: ChartOptions): string {
  const months = service.months;
  const top = scaleTop(Math.max(0, ...months.flatMap((month) => [month.received, month.resolved])));
  const plotWidth = WIDTH - PLOT.left - PLOT.right;
  const plotHeight = HEIGHT - PLOT.top - PLOT.bottom;
  const y = (value: number) => PLOT.top + plotHeight - (value / top) * plotHeight;
  const group = plotWidth / Math.max(1, months.length);
  const bar = Math.min(16, (group - 6) / 2);
  const hatch = `${idPrefix}-hatch`;
  // Month names under the bars shrink when the language's longest would not fit its column with a
  // gap (Arabic names run to six letters, Amharic's syllables are nearly square).
  const monthNames = months.map((month) => shortMonths(locale).format(monthDate(month.month)));
  const longestName = Math.max(0.6, ...monthNames.map(widthInEms));
  const monthSize = Math.max(9, Math.min(13, Math.floor((group - 6) / longestName)));

  const grid = ticks(top).map(
    (tick) =>
      `<line x1="${PLOT.left}" x2="${WIDTH - PLOT.right}" y1="${y(tick).toFixed(1)}" y2="${y(tick).toFixed(1)}" stroke="${GRID}" stroke-width="${tick === 0 ? 1.5 : 0.75}"${tick === 0 ? '' : ' stroke-dasharray="3 3"'}/>` +
      svgText(PLOT.left - 6, y(tick) + 4, integers(locale).format(tick), 'text-anchor="end"'),
  );
  const bars = months.map((month, index) => {
    const middle = PLOT.left + group * index + group / 2;
    const rect = (x: number, value: number, paint: string) =>
      value > 0 ? `<rect x="${x.toFixed(1)}" y="${y(value).toFixed(1)}" width="${bar.toFixed(1)}" height="${(y(0) - y(value)).toFixed(1)}" ${paint}/>` : '';
    const date = monthDate(month.month);
    const showYear = index === 0 || date.getUTCMonth() === 0;
    return (
      rect(middle - bar - 1, month.received, `fill="${RECEIVED_FILL}"`) +
      rect(middle + 1, month.resolved, `fill="url(#${hatch})" stroke="${INK}" stroke-width="1"`) +
      svgText(middle, HEIGHT - PLOT.bottom + 16, monthNames[index] ?? '', `text-anchor="middle"${monthSize < 13 ? ` font-size="${monthSize}"` : ''}`) +
      (showYear ? svgText(middle, HEIGHT - PLOT.bottom + 32, years(locale).format(date), 'text-anchor="middle"') : '')
    );
  });
  const receivedLabel = say(locale, 'chart.received');
  // After the first label, however long it is in this language (about 8 units a character at this size).
  const second = PLOT.left + 20 + receivedLabel.length * 8 + 24;
  const legend =
    `<rect x="${PLOT.left}" y="12" width="14" height="14" fill="${RECEIVED_FILL}"/>` +
    svgText(PLOT.left + 20, 24, receivedLabel) +
    `<rect x="${second}" y="12" width="14" height="14" fill="url(#${hatch})" stroke="${INK}" stroke-width="1"/>` +
    svgText(second + 20, 24, say(locale, 'chart.resolved'));

  const busiest = months.reduce<PerformanceMonth | undefined>((best, month) => (month.received > (best?.received ?? 0) ? month : best), undefined);
  const description = [
    say(locale, 'chart.description', { from: longMonth(months[0]?.month ?? '', locale), to: longMonth(months.at(-1)?.month ?? '', locale) }),
    busiest ? say(locale, 'chart.most', { count: integers(locale).format(busiest.received), month: longMonth(busiest.month, locale) }) : '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    // The chart is placed by x coordinates, left to right, in every language; in an Arabic page an
    // inherited `direction: rtl` would turn each label's text-anchor around, off its tick.
    `<svg class="performance-chart__svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="${idPrefix}-title ${idPrefix}-desc" focusable="false" font-size="13" fill="${INK}" direction="ltr">` +
    `<title id="${idPrefix}-title">${escapeHtml(say(locale, 'chart.title', { service: service.title }))}</title>` +
    `<desc id="${idPrefix}-desc">${escapeHtml(description)}</desc>` +
    `<defs><pattern id="${hatch}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/><line x1="0" y1="0" x2="0" y2="6" stroke="${INK}" stroke-width="2.5"/></pattern></defs>` +
    legend +
    grid.join('') +
    bars.join('') +
    `</svg>`
  );
}

function medianCell(month: PerformanceMonth, locale: Locale): string {
  return month.medianDaysToResolve === null ? say(locale, 'table.noneResolved') : tenths(locale).format(month.medianDaysToResolve);
}

function targetCell(month: PerformanceMonth, locale: Locale): string {
  if (month.shareWithinTarget === null) return month.resolved === 0 ? say(locale, 'table.noneResolved') : say(locale, 'table.noTarget');
  return say(locale, 'table.share', {
    percent: percents(locale).format(month.shareWithinTarget),
    within: integers(locale).format(month.resolvedWithinTarget),
    measured: integers(locale).format(month.resolvedWithTarget),
  });
}

function renderTable(service: ServicePerformance, { locale, idPrefix }: ChartOptions): string {
  const head = (['month', 'received', 'resolved', 'median', 'withinTarget'] as const).map((key) => `<th scope="col">${escapeHtml(say(locale, `table.${key}`))}</th>`).join('');
  const rows = service.months.map((month, index) => {
    const name = longMonth(month.month, locale);
    const label = index === service.months.length - 1 ? say(locale, 'table.currentMonth', { month: name }) : name;
    const cells = [integers(locale).format(month.received), integers(locale).format(month.resolved), medianCell(month, locale), targetCell(month, locale)];
    return `<tr><th scope="row">${escapeHtml(label)}</th>${cells.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`;
  });
  return (
    // Focusable so a keyboard can scroll it on a narrow screen.
    `<div class="performance-chart__table" role="region" aria-labelledby="${idPrefix}-caption" tabindex="0">` +
    `<table><caption id="${idPrefix}-caption">${escapeHtml(say(locale, 'table.caption', { service: service.title }))}</caption>` +
    `<thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`
  );
}

/** The chart and its table for one service. */
export function renderPerformanceChart(service: ServicePerformance, options: ChartOptions): string {
  return `<div class="performance-chart"><div class="performance-chart__figure">${renderSvg(service, options)}</div>${renderTable(service, options)}</div>`;
}

/** An id prefix from a form code, safe in ids and url(#…) references. */
export function chartIdPrefix(formCode: string): string {
  return `performance-${formCode.toLowerCase().replace(/[^a-z0-9-]/g, '-')}`;
}
