// Shared steps of the request-island browser tests: the keyboard, the CMS as staff use it, axe,
// and the weight of the scripts a page loads.
import zlib from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Browser, type Locator, type Page } from '@playwright/test';
import { resources } from '@city/shared/i18n';
import type { DeskAction } from '../../cms/src/plugins/requests-desk/contract';
import { AXE_TAGS, type Locale } from './site';

export { resources };

/** The seeded service whose form the journeys use, and its form code. */
export const SERVICE_SLUG = 'report-a-website-problem';
export const FORM_CODE = 'website-problem';
export const requestPath = (locale: Locale, slug = SERVICE_SLUG) => `/${locale}/services/${slug}/request`;
export const trackPath = (locale: Locale) => `/${locale}/track/`;

/** The seeded demo Triage account (e2e/support/stack); overridable for a site started by hand. */
export const TRIAGE = { email: process.env.E2E_TRIAGE_EMAIL ?? 'triage@test.example', password: process.env.E2E_TRIAGE_PASSWORD ?? 'Triage-Password-1' };

export function cmsUrl(): string {
  const url = process.env.E2E_CMS_URL;
  if (!url) throw new Error('E2E_CMS_URL is not set: run the browser tests through playwright.config.ts (global setup).');
  return url;
}

export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const summary = results.violations.map((violation) => `${violation.id}: ${violation.help}\n  ${violation.nodes.map((node) => node.target.join(' ')).join('\n  ')}`);
  expect(summary, `axe violations: ${label}`).toEqual([]);
}

/**
 * axe runs as a script, which a browser without JavaScript does not run: the pages a script-less
 * browser got are checked in a context that has JavaScript but blocks the site's own modules, so the
 * markup stays exactly as the server sent it (a page a POST answered, by its HTML). One such
 * context per test, reused for each page.
 */
export async function scriptlessAxe(browser: Browser) {
  const context = await browser.newContext();
  await context.route('**/_astro/*.js', (route) => route.abort());
  const view = await context.newPage();
  return {
    async check(url: string, label: string): Promise<void> {
      await view.goto(url);
      await expect(view.locator('h1').first()).toBeVisible();
      await expectNoAxeViolations(view, label);
    },
    async checkHtml(html: string, label: string): Promise<void> {
      await view.setContent(html);
      await expectNoAxeViolations(view, label);
    },
    close: () => context.close(),
  };
}

/** Presses Tab (only the keyboard) until the element has focus; fails if it never gets it. */
export async function tabTo(page: Page, target: Locator, { backwards = false, max = 150 } = {}): Promise<void> {
  for (let presses = 0; presses < max; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  await expect(target, `reached with Tab within ${max} presses`).toBeFocused();
}

/** Focus by keyboard, then type, replacing what the field had. */
export async function typeInto(page: Page, target: Locator, text: string): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
}

export interface WebsiteProblemAnswers {
  pageUrl: string;
  description: string;
  name: string;
  email: string;
}

/**
 * Fills the website-problem form with the keyboard alone: "Online payments" (second radio: arrow
 * down from the first), "My payment did not go through" (a checkbox: Space), text by typing.
 */
export async function fillWebsiteProblem(page: Page, answers: WebsiteProblemAnswers): Promise<void> {
  await tabTo(page, page.locator('input[name="answers[service_affected]"]').first());
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#answers-service_affected-1')).toBeChecked();
  await typeInto(page, page.locator('#answers-page_url'), answers.pageUrl);
  await tabTo(page, page.locator('input[name="answers[problem_type]"][value="payment_failed"]'));
  await page.keyboard.press('Space');
  await typeInto(page, page.locator('#answers-description'), answers.description);
  await typeInto(page, page.locator('#contact-name'), answers.name);
  await typeInto(page, page.locator('#contact-email'), answers.email);
}

/** Activates a control with the keyboard: Tab to it, then Enter. */
export async function press(page: Page, target: Locator): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press('Enter');
}

const REQUESTS_ADMIN = '/content-manager/collection-types/api::service-request.service-request';

/** A change staff make in the admin: a status, and the notes for the resident and for staff. */
export interface StaffChange {
  status?: string;
  publicNote?: string;
  internalNote?: string;
}

/** The Triage account's admin token, one per test worker: Strapi allows only a few admin log-ins a minute. */
let triageToken: Promise<string> | undefined;

async function logInAsTriage(request: APIRequestContext): Promise<string> {
  const login = await request.post(`${cmsUrl()}/admin/login`, { data: TRIAGE });
  expect(login.status(), 'triage login').toBe(200);
  return ((await login.json()) as { data: { token: string } }).data.token;
}

async function triageHeaders(request: APIRequestContext): Promise<{ authorization: string }> {
  triageToken ??= logInAsTriage(request).catch((error: unknown) => {
    triageToken = undefined;
    throw error;
  });
  return { authorization: `Bearer ${await triageToken}` };
}

/**
 * Staff make changes to one request, in order, as the Triage account, through the admin API. One
 * log-in per worker for all of them: Strapi limits admin log-ins.
 */
export async function changeAsTriage(request: APIRequestContext, reference: string, changes: StaffChange[]): Promise<void> {
  const headers = await triageHeaders(request);
  const list = await request.get(`${cmsUrl()}${REQUESTS_ADMIN}?filters[reference][$eq]=${encodeURIComponent(reference)}`, { headers });
  expect(list.status(), 'triage reads the request list').toBe(200);
  const found = ((await list.json()) as { results: { documentId: string; reference: string }[] }).results;
  expect(found.map((entry) => entry.reference)).toEqual([reference]);
  for (const change of changes) {
    const data = { requestStatus: change.status, nextPublicNote: change.publicNote, nextInternalNote: change.internalNote };
    const update = await request.put(`${cmsUrl()}${REQUESTS_ADMIN}/${found[0]?.documentId}`, { headers, data });
    expect(update.status(), `triage changes the request: ${await update.text()}`).toBe(200);
  }
}

/** The Triage account acts on a request through the Requests desk's admin API, as the desk page does. */
export async function deskActAsTriage(request: APIRequestContext, reference: string, action: DeskAction): Promise<void> {
  const response = await request.post(`${cmsUrl()}/requests-desk/requests/${encodeURIComponent(reference)}/actions`, { headers: await triageHeaders(request), data: action });
  expect(response.status(), `the desk's ${action.type} on ${reference}: ${await response.text()}`).toBe(200);
}

/** Staff change a request's status with a public note, as the Triage account, through the admin API. */
export async function changeStatusAsTriage(request: APIRequestContext, reference: string, status: string, publicNote: string): Promise<void> {
  await changeAsTriage(request, reference, [{ status, publicNote }]);
}

/**
 * The JavaScript a page makes the browser download, in bytes after gzip: every script response,
 * compressed here the way a server would send it (the static server sends files uncompressed).
 */
export async function scriptWeight(page: Page, path: string): Promise<{ gzipBytes: number; files: string[] }> {
  const bodies = new Map<string, Buffer>();
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    pending.push(
      response.body().then((body) => {
        bodies.set(response.url(), body);
      }),
    );
  });
  await page.goto(path, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  const gzipBytes = [...bodies.values()].reduce((total, body) => total + zlib.gzipSync(body, { level: 9 }).length, 0);
  return { gzipBytes, files: [...bodies.keys()] };
}
