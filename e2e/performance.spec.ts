// The "How we're doing" page with figures, in a real browser: residents send requests through the
// intake the request pages use, the Triage account closes some on the Requests desk's API, the CMS
// tells the publisher and the publisher rebuilds the page, as in production. Then, in every
// language: axe with zero violations at desktop width and at 320 px, every chart an image with a
// name, every table with its headers, the figures the same as the CMS's aggregates, right to left
// in Arabic, and the keyboard goes through the whole page and out of it.
// (The same page with no figures: accessibility.spec.ts.)
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { print } from 'graphql';
import { REFERENCE_PATTERN } from '@city/shared/forms';
import { namespaces, translator } from '@city/shared/i18n';
import { performanceReportSchema, type PerformanceMonth, type PerformanceReport, type ServicePerformance } from '@city/shared/performance';
import { routes } from '@city/shared/routes';
import { ServicePerformanceQuery } from '../site/graphql/documents';
import { cmsUrl, deskActAsTriage, expectNoAxeViolations } from './support/requests';
import { LOCALES, type Locale } from './support/site';

const say = translator<(typeof namespaces.performance)['en']>(namespaces.performance);

/**
 * Two services no other browser test sends requests to, so their figures move only with this
 * spec's requests. Both have a target time, and a form in every language.
 */
const ACCESSIBILITY = 'accessibility-problem';
const RECORDS = 'it-records-request';
const OURS = [ACCESSIBILITY, RECORDS] as const;

const ANSWERS: Record<(typeof OURS)[number], Record<string, unknown>> = {
  [ACCESSIBILITY]: { barrier_type: ['keyboard'], description: 'The search button cannot be reached with the Tab key.', alternative_format: 'none' },
  [RECORDS]: { records_description: 'Contracts for the public Wi-Fi network signed in 2024.', delivery_format: 'electronic', cost_acknowledgment: true },
};

/**
 * What this spec adds to this month's figures: four accessibility requests (one in each language),
 * two resolved as fixed, one closed as a duplicate (not a resolution), one left open; one records
 * request closed with no action possible (a resolution). All within their target: they close in seconds.
 */
const ADDED: Record<(typeof OURS)[number], Pick<PerformanceMonth, 'received' | 'resolved' | 'resolvedWithTarget' | 'resolvedWithinTarget'>> = {
  [ACCESSIBILITY]: { received: 4, resolved: 2, resolvedWithTarget: 2, resolvedWithinTarget: 2 },
  [RECORDS]: { received: 1, resolved: 1, resolvedWithTarget: 1, resolvedWithinTarget: 1 },
};

/** The CMS's public aggregates, as the site's build reads them. */
async function cmsReport(request: APIRequestContext, locale: Locale): Promise<PerformanceReport> {
  const response = await request.post(`${cmsUrl()}/graphql`, { data: { query: print(ServicePerformanceQuery), variables: { locale } } });
  const body = (await response.json()) as { data?: { servicePerformance: unknown }; errors?: unknown };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return performanceReportSchema.parse(body.data?.servicePerformance);
}

function serviceIn(report: PerformanceReport, formCode: string): ServicePerformance | undefined {
  return report.services.find((service) => service.formCode === formCode);
}

/** This month's figures of one service (zeros when it has none yet). */
function thisMonth(report: PerformanceReport, formCode: string): PerformanceMonth {
  const month = report.months.at(-1) ?? '';
  return (
    serviceIn(report, formCode)?.months.at(-1) ?? { month, received: 0, resolved: 0, medianDaysToResolve: null, resolvedWithTarget: 0, resolvedWithinTarget: 0, shareWithinTarget: null }
  );
}

/** A resident's request through the intake the request pages send to (GraphQL); returns its reference. */
async function submit(request: APIRequestContext, formCode: (typeof OURS)[number], locale: Locale): Promise<string> {
  const response = await request.post(`${cmsUrl()}/graphql`, {
    data: {
      query: 'mutation Submit($input: SubmitServiceRequestInput!) { submitServiceRequest(input: $input) { reference } }',
      variables: {
        input: { formCode, locale, answers: ANSWERS[formCode], contact: { name: 'Figures Resident', email: 'figures@example.com' }, idempotencyKey: crypto.randomUUID() },
      },
    },
  });
  const body = (await response.json()) as { data?: { submitServiceRequest: { reference: string } }; errors?: unknown };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  const reference = body.data?.submitServiceRequest.reference ?? '';
  expect(reference).toMatch(REFERENCE_PATTERN);
  return reference;
}

// The requests are sent once, before the first test: the tests of this file run in order in one
// worker. A worker started again after a failure sends its own, counted from its own starting point.
test.describe.configure({ mode: 'default' });

test.beforeAll(async ({ request }) => {
  test.setTimeout(120_000);
  const before = await cmsReport(request, 'en');
  const accessibility = await Promise.all(LOCALES.map((locale) => submit(request, ACCESSIBILITY, locale)));
  const records = await submit(request, RECORDS, 'en');
  const [first, second, repeat] = accessibility as [string, string, string, string];
  await deskActAsTriage(request, first, { type: 'close', reason: 'fixed', publicNote: 'The search button now takes focus.' });
  await deskActAsTriage(request, second, { type: 'close', reason: 'fixed' });
  await deskActAsTriage(request, repeat, { type: 'duplicate', of: first });
  await deskActAsTriage(request, records, { type: 'close', reason: 'no_action', detail: 'The City holds no such contract.' });

  // The closures told the CMS to count again: its aggregates have exactly what this spec added.
  await expect
    .poll(
      async () => {
        const after = await cmsReport(request, 'en');
        return OURS.map((formCode) => {
          const [was, now] = [thisMonth(before, formCode), thisMonth(after, formCode)];
          return { formCode, received: now.received - was.received, resolved: now.resolved - was.resolved, resolvedWithTarget: now.resolvedWithTarget - was.resolvedWithTarget, resolvedWithinTarget: now.resolvedWithinTarget - was.resolvedWithinTarget };
        });
      },
      { message: 'the CMS counts the requests sent and closed', timeout: 30_000 },
    )
    .toEqual(OURS.map((formCode) => ({ formCode, ...ADDED[formCode] })));
  const after = await cmsReport(request, 'en');
  for (const formCode of OURS) {
    // Closed seconds after they came in, and before their due time.
    expect(thisMonth(after, formCode).medianDaysToResolve, formCode).toBe(0);
    expect(thisMonth(after, formCode).shareWithinTarget, formCode).toBe(1);
  }
});

// What a reader should see in each table row, from the CMS's numbers, in the page's language.
const integer = (locale: Locale, value: number) => new Intl.NumberFormat(locale).format(value);
const tenths = (locale: Locale, value: number) => new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
const percent = (locale: Locale, value: number) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value);
const monthName = (locale: Locale, month: string) =>
  new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1)));

function expectedRows(service: ServicePerformance, locale: Locale): string[][] {
  return service.months.map((month, index) => {
    const name = monthName(locale, month.month);
    const none = say(locale, 'table.noneResolved');
    return [
      index === service.months.length - 1 ? say(locale, 'table.currentMonth', { month: name }) : name,
      integer(locale, month.received),
      integer(locale, month.resolved),
      month.medianDaysToResolve === null ? none : tenths(locale, month.medianDaysToResolve),
      month.shareWithinTarget === null
        ? month.resolved === 0
          ? none
          : say(locale, 'table.noTarget')
        : say(locale, 'table.share', { percent: percent(locale, month.shareWithinTarget), within: integer(locale, month.resolvedWithinTarget), measured: integer(locale, month.resolvedWithTarget) }),
    ];
  });
}

/** The page's section for one service, named by its heading: the service's title. */
const sectionOf = (page: Page, title: string) => page.getByRole('region', { name: title, exact: true });

/** Every row of the table in this section: its header cell, then its data cells, as read. */
function tableRows(page: Page, title: string): Promise<string[][]> {
  return sectionOf(page, title)
    .locator('table tbody tr')
    .evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent?.trim() ?? '')));
}

/** Opens the page once the publisher's rebuild shows what the CMS counts now for this spec's services. */
async function openWithFigures(page: Page, request: APIRequestContext, locale: Locale): Promise<PerformanceReport> {
  const report = await cmsReport(request, locale);
  const ours = OURS.map((formCode) => serviceIn(report, formCode));
  expect(ours.every(Boolean), `the CMS names both services in ${locale}`).toBe(true);
  await expect(async () => {
    const response = await page.goto(routes.performance(locale));
    expect(response?.status()).toBe(200);
    for (const service of ours as ServicePerformance[]) expect(await tableRows(page, service.title), service.title).toEqual(expectedRows(service, locale));
  }, 'the rebuilt page shows the CMS’s figures').toPass({ timeout: 60_000 });
  return report;
}

for (const locale of LOCALES) {
  test(`performance page with figures (${locale}): the CMS's figures, named charts, tables with headers, axe at desktop width and 320 px`, async ({ page, request }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1280, height: 900 });
    const report = await openWithFigures(page, request, locale);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.locator('html')).toHaveAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr');
    await expect(page.getByText(say(locale, 'empty'))).toHaveCount(0);

    // Every service the page shows, this spec's and any other, has a named chart and a table with headers.
    const charts = page.locator('.performance-chart');
    const count = await charts.count();
    expect(count, 'a chart for each of this spec’s services at least').toBeGreaterThanOrEqual(OURS.length);
    const columns = (['month', 'received', 'resolved', 'median', 'withinTarget'] as const).map((key) => say(locale, `table.${key}`));
    for (let index = 0; index < count; index += 1) {
      const chart = charts.nth(index);
      const svg = chart.locator('svg');
      await expect(svg).toHaveAttribute('role', 'img');
      await expect(svg).toHaveAccessibleName(/\S/);
      const table = chart.getByRole('table');
      await expect(table.locator('caption')).not.toBeEmpty();
      await expect(table.getByRole('columnheader')).toHaveText(columns);
      await expect(table.getByRole('rowheader')).toHaveCount(report.months.length);
      // The table's scrolling box is a named region a keyboard can reach.
      await expect(chart.getByRole('region')).toHaveAccessibleName(await table.locator('caption').innerText());
    }
    for (const formCode of OURS) {
      const service = serviceIn(report, formCode) as ServicePerformance;
      const section = sectionOf(page, service.title);
      // The image is named after the service, then described from its first month.
      const named = `${say(locale, 'chart.title', { service: service.title })} ${say(locale, 'chart.description', { from: monthName(locale, report.months[0] ?? ''), to: monthName(locale, report.months.at(-1) ?? '') })}`;
      await expect(section.getByRole('img')).toHaveAccessibleName(new RegExp(`^${escapeRegExp(named)}`));
      await expect(section.getByRole('table')).toHaveAccessibleName(say(locale, 'table.caption', { service: service.title }));
      // A bar for each month with requests received, and one for each with requests resolved (solid
      // and striped), beside one legend swatch of each.
      const bars = await section.locator('svg > rect').evaluateAll((rects) => rects.map((rect) => (rect.getAttribute('fill')?.startsWith('url(') ? 'resolved' : 'received')));
      const months = service.months;
      expect(bars.filter((bar) => bar === 'received'), 'received bars').toHaveLength(1 + months.filter((month) => month.received > 0).length);
      expect(bars.filter((bar) => bar === 'resolved'), 'resolved bars').toHaveLength(1 + months.filter((month) => month.resolved > 0).length);
      if (service.serviceSlug) await expect(section.getByRole('link', { name: say(locale, 'serviceLink', { service: service.title }) })).toHaveAttribute('href', routes.service(locale, service.serviceSlug));
    }

    if (locale === 'ar') {
      // Right to left: the month heads each row on the right; the drawing keeps its own left-to-right layout.
      const row = sectionOf(page, (serviceIn(report, ACCESSIBILITY) as ServicePerformance).title).locator('tbody tr').last();
      const [head, received] = await Promise.all([row.locator('th').boundingBox(), row.locator('td').first().boundingBox()]);
      expect(head && received && head.x > received.x, 'the month is right of the figures').toBe(true);
      const svgDirection = await page.locator('.performance-chart svg').first().evaluate((svg) => getComputedStyle(svg).direction);
      expect(svgDirection).toBe('ltr');
    }

    await expectNoAxeViolations(page, `performance page with figures (${locale})`);

    await page.setViewportSize({ width: 320, height: 640 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'horizontal scroll at 320 px').toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page, `performance page with figures (${locale}) at 320 px`);
  });

  test(`performance page with figures (${locale}): Tab goes through every control once and out of the page, Shift+Tab back`, async ({ page, request }) => {
    test.setTimeout(120_000);
    await openWithFigures(page, request, locale);
    // What the keyboard should reach, in order: every visible link, control and focusable box
    // (the tables' scrolling regions), outside closed disclosures.
    const expected = await page.evaluate(() => {
      const all = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]')];
      const tabbable = all.filter(
        (element) =>
          element.tabIndex >= 0 &&
          !element.matches(':disabled, [type="hidden"]') &&
          element.getClientRects().length > 0 &&
          getComputedStyle(element).visibility !== 'hidden' &&
          !(element.closest('details:not([open])') && element.tagName !== 'SUMMARY'),
      );
      const elements = [...document.getElementsByTagName('*')];
      return { stops: tabbable.map((element) => elements.indexOf(element)), tables: [...document.querySelectorAll('.performance-chart__table')].map((element) => elements.indexOf(element)) };
    }).then(({ stops, tables }) => {
      // Each table's scrolling box is a stop of its own, so a keyboard can scroll it on a narrow screen.
      expect(tables.length, 'a table for each of this spec’s services at least').toBeGreaterThanOrEqual(OURS.length);
      expect(stops).toEqual(expect.arrayContaining(tables));
      return stops;
    });

    /** The focused element, by its place in the document; -1 when nothing on the page has focus. */
    const focused = () =>
      page.evaluate(() => {
        const active = document.activeElement;
        return !active || active === document.body ? -1 : [...document.getElementsByTagName('*')].indexOf(active);
      });
    const forward: number[] = [];
    for (let presses = 0; presses < expected.length + 5; presses += 1) {
      await page.keyboard.press('Tab');
      const now = await focused();
      if (now === -1 || forward.includes(now)) break;
      forward.push(now);
    }
    // Each stop once, in document order, the tables included, and nowhere to get stuck.
    expect(forward).toEqual(expected);
    expect(await focused(), 'past the last stop, focus leaves the page').toBe(-1);

    const backward: number[] = [];
    for (let presses = 0; presses < expected.length + 5; presses += 1) {
      await page.keyboard.press('Shift+Tab');
      const now = await focused();
      if (now === -1 || backward.includes(now)) break;
      backward.push(now);
    }
    expect(backward).toEqual([...expected].reverse());
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
