// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resources } from '@city/shared/i18n';
import { axeViolations } from '../lib/axe-jsdom';
import { examples } from './ServiceRequestForm.examples';
import { ServiceRequestForm, type BrowserServices } from './ServiceRequestForm';
import { SaveForLater } from './SaveForLater';
import { saveEndpointOf, saveThroughCms, type SaveOutcome } from './save';

const en = resources.en.requestForm;
afterEach(cleanup);

describe('"Save and come back later" in the island', () => {
  it('asks where to send the link (the contact email first), saves, and says where it went; passes axe', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn(async (email: string): Promise<SaveOutcome> => ({ kind: 'saved', email }));
    const view = render(<SaveForLater messages={en} email="ana@example.com" onSave={onSave} />);
    await user.click(screen.getByRole('button', { name: en.save.button }));
    const input = screen.getByLabelText(en.save.emailLabel);
    expect((input as HTMLInputElement).value).toBe('ana@example.com');
    expect(await axeViolations(view.container)).toEqual([]);
    await user.clear(input);
    await user.type(input, 'other@example.com');
    await user.click(screen.getByRole('button', { name: en.save.send }));
    expect(onSave).toHaveBeenCalledWith('other@example.com');
    expect(screen.getByRole('status').textContent).toContain(en.save.saved.replace('{{email}}', 'other@example.com'));
    expect(await axeViolations(view.container)).toEqual([]);
  });

  it('in Arabic, keeps the email address left to right: in the field and where the link went', async () => {
    const ar = resources.ar.requestForm;
    const user = userEvent.setup();
    render(<SaveForLater messages={ar} email="12-ana@example.com" onSave={async (email) => ({ kind: 'saved', email })} />);
    await user.click(screen.getByRole('button', { name: ar.save.button }));
    expect(screen.getByLabelText(ar.save.emailLabel).getAttribute('dir')).toBe('ltr');
    await user.click(screen.getByRole('button', { name: ar.save.send }));
    expect(screen.getByRole('status').textContent).toContain('\u206612-ana@example.com\u2069');
  });

  it('shows the CMS message on the email field when it is refused, and a plain failure otherwise', async () => {
    const user = userEvent.setup();
    const outcomes: SaveOutcome[] = [{ kind: 'invalid', message: 'Enter your email address' }, { kind: 'failed' }];
    render(<SaveForLater messages={en} email="" onSave={async () => outcomes.shift() ?? { kind: 'failed' }} />);
    await user.click(screen.getByRole('button', { name: en.save.button }));
    // Enter in the field saves (and does not send a form around it).
    await user.type(screen.getByLabelText(en.save.emailLabel), '{Enter}');
    const input = screen.getByLabelText(en.save.emailLabel);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(input.getAttribute('aria-describedby') ?? '')?.textContent).toContain('Enter your email address');
    expect(document.activeElement).toBe(input);
    await user.click(screen.getByRole('button', { name: en.save.send }));
    expect(screen.getByRole('status').textContent).toContain(en.save.failed);
  });

  it('sends the form, its answers and the page the resident is on from the request form', async () => {
    const user = userEvent.setup();
    const save = vi.fn(async (): Promise<SaveOutcome> => ({ kind: 'saved', email: 'ana@example.com' }));
    const services: BrowserServices = { send: async () => ({ kind: 'failed' }), save, newKey: () => 'k'.repeat(20), now: () => 0 };
    render(<ServiceRequestForm {...examples['website problem, English']} services={services} />);
    await user.type(await screen.findByLabelText(/Web address/), 'https://example.org/page');
    await user.click(screen.getByRole('button', { name: en.save.button }));
    await user.type(screen.getByLabelText(en.save.emailLabel), 'ana@example.com');
    await user.click(screen.getByRole('button', { name: en.save.send }));
    expect(save).toHaveBeenCalledTimes(1);
    const [request] = save.mock.calls[0] as unknown as [{ formCode: string; locale: string; email: string; screen?: string; values: { answers: Record<string, unknown> } }];
    expect(request).toMatchObject({ formCode: examples['website problem, English'].form.code, locale: 'en', email: 'ana@example.com' });
    expect(request.values.answers.page_url).toBe('https://example.org/page');
    expect(typeof request.screen).toBe('string');
  });
});

describe('saving through the CMS', () => {
  const respond = (status: number, body: unknown): typeof fetch => async () => new Response(JSON.stringify(body), { status });
  const request = { formCode: 'f', locale: 'en' as const, values: { answers: {}, contact: {} }, email: 'a@example.com' };

  it('posts next to the form endpoint and reads each outcome', async () => {
    expect(saveEndpointOf('http://cms.test:1337/api/service-requests/submit')).toBe('http://cms.test:1337/api/form-saves');
    let sentTo = '';
    const ok = saveThroughCms('http://cms.test/api/form-saves', async (input, init) => {
      sentTo = String(input);
      expect(JSON.parse(String(init?.body))).toEqual(request);
      return new Response(JSON.stringify({ data: { email: 'a@example.com', expiresAt: 'x' } }), { status: 201 });
    });
    expect(await ok(request)).toEqual({ kind: 'saved', email: 'a@example.com' });
    expect(sentTo).toBe('http://cms.test/api/form-saves');
    const invalid = { error: { details: { errors: [{ field: 'contact.email', message: 'Enter your email address' }] } } };
    expect(await saveThroughCms('u', respond(400, invalid))(request)).toEqual({ kind: 'invalid', message: 'Enter your email address' });
    expect(await saveThroughCms('u', respond(400, { error: { details: { errors: [{ field: 'formCode', message: 'gone' }] } } }))(request)).toEqual({ kind: 'failed' });
    expect(await saveThroughCms('u', respond(429, {}))(request)).toEqual({ kind: 'failed' });
    expect(await saveThroughCms('u', respond(201, { nonsense: 1 }))(request)).toEqual({ kind: 'failed' });
    expect(await saveThroughCms('u', async () => Promise.reject(new TypeError('offline')))(request)).toEqual({ kind: 'failed' });
  });
});
