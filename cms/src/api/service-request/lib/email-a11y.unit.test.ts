// @vitest-environment jsdom
import { LOCALES } from '@city/shared/locales';
import axe from 'axe-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { updatesNotFoundPage, updatesPage } from '../http/pages';
import { confirmationEmail, statusChangeEmail } from './emails';

/**
 * axe's WCAG 2.1 A/AA rules on the emails' HTML and the opt-out pages, each loaded as the whole
 * document (so the title and language rules run). jsdom has no layout: contrast is checked by the
 * colours' documented ratios in email-html.ts, not here.
 */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function violations(html: string): Promise<string[]> {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.replaceChild(document.importNode(parsed.documentElement, true), document.documentElement);
  const results = await axe.run(document, { runOnly: { type: 'tag', values: WCAG_TAGS }, rules: { 'color-contrast': { enabled: false } } });
  return results.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`));
}

beforeAll(() => {
  process.env.ATTACHMENT_SIGNING_KEY = 'unit-test-secret';
});

describe('accessibility', () => {
  it.each(LOCALES)('the receipt and an update in %s have no axe violations', async (locale) => {
    const receipt = confirmationEmail({ locale, name: 'Ana', reference: 'ALX-7K4M-2Q9P', formTitle: 'Wi-Fi', submittedAt: '2026-12-02T15:00:00Z', confirmationText: 'Thanks.' });
    const update = statusChangeEmail({ locale, name: 'Ana', reference: 'ALX-7K4M-2Q9P', formTitle: 'Wi-Fi', status: 'resolved', publicNote: 'Fixed.\n\nThanks for telling us.' });
    expect(await violations(receipt.html ?? '')).toEqual([]);
    expect(await violations(update.html ?? '')).toEqual([]);
  });

  it.each(['ask', 'stopped', 'resumed'] as const)('the opt-out page (%s) has no axe violations', async (state) => {
    expect(await violations(updatesPage('es', state, { reference: 'ALX-7K4M-2Q9P', action: '/api/service-requests/updates/ALX-7K4M-2Q9P?signature=x', trackUrl: 'https://www.city.example/es/track/' }))).toEqual([]);
  });

  it('the page of a bad link has no axe violations', async () => {
    expect(await violations(updatesNotFoundPage())).toEqual([]);
  });
});
