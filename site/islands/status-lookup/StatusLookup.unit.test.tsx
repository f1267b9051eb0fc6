// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resources } from '@city/shared/i18n';
import { axeViolations } from '../lib/axe-jsdom';
import type { GraphqlOutcome } from '../lib/graphql';
import { checkLookup, lookUpThroughCms, type LookupOutcome } from './lookup';
import { examples, foundProps, inProgressView, lookupProps, repliedView, TIMELINE_REPLY, waitingView } from './StatusLookup.examples';
import type { ReplyOutcome } from './reply';
import { StatusLookup } from './StatusLookup';

afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
  document.title = '';
});

function setup(outcome: LookupOutcome, props = lookupProps('en')) {
  document.title = 'Check the status of a request | City';
  const lookUp = vi.fn(async () => outcome);
  const user = userEvent.setup();
  const view = render(<StatusLookup {...props} lookUp={lookUp} />);
  return { user, lookUp, view };
}

describe('the status look-up', () => {
  it('renders a form that works without JavaScript: it posts to the page itself', async () => {
    const html = renderToString(<StatusLookup {...examples.English} />);
    document.body.innerHTML = html;
    const form = document.querySelector('form')!;
    expect(form.hasAttribute('hidden')).toBe(false);
    expect(form.getAttribute('method')).toBe('post');
    // No action: the page's own address (an empty action attribute is invalid HTML).
    expect(form.hasAttribute('action')).toBe(false);
    expect([...form.querySelectorAll('input')].map((input) => input.name)).toEqual(['reference', 'email']);
    expect(document.querySelector('[autofocus]')).toBeNull();
    expect(await axeViolations(document.body)).toEqual([]);
  });

  it('shows what a server found for a post without JavaScript, with focus on it, and hydrates from it', async () => {
    const html = renderToString(<StatusLookup {...examples.English} server={{ values: { reference: 'ALX-7K4M-2Q9P', email: 'ana@example.com' }, view: inProgressView }} />);
    document.body.innerHTML = html;
    expect(document.querySelector('[autofocus]')?.id).toBe('status-result-heading');
    expect((document.getElementById('track-email') as HTMLInputElement).value).toBe('ana@example.com');
    const failed = renderToString(<StatusLookup {...examples.Spanish} server={{ values: { reference: 'x', email: '' }, failure: 'unavailable' }} />);
    expect(failed).toContain('El sistema de solicitudes de la Ciudad no responde');
    const errors = renderToString(<StatusLookup {...examples.English} server={{ values: { reference: 'x', email: '' }, errors: { reference: 'Wrong', email: 'Missing' } }} />);
    document.body.innerHTML = errors;
    expect(document.querySelector('[autofocus]')?.id).toBe('error-summary');
    expect(await axeViolations(document.body)).toEqual([]);
    document.body.innerHTML = '';
    // The island takes over with the same state: the result stays, and "Error:" is not doubled.
    document.title = 'Error: Check the status | City';
    render(<StatusLookup {...examples.English} server={{ values: { reference: 'x', email: '' }, errors: { reference: 'Wrong' } }} lookUp={vi.fn()} />);
    expect(screen.getByLabelText('Reference number').getAttribute('aria-invalid')).toBe('true');
    expect(document.title).toBe('Error: Check the status | City');
  });

  it('shows the status, public notes and history of a request, and moves focus to them', async () => {
    const { user, lookUp, view } = setup({ kind: 'found', view: inProgressView });
    await user.type(screen.getByLabelText('Reference number'), ' alx 7k4m 2q9p ');
    await user.type(screen.getByLabelText('Email address'), 'ana@example.com');
    await user.click(screen.getByRole('button', { name: 'Check status' }));
    // The typed reference is read forgivingly, by the shared rule.
    expect(lookUp).toHaveBeenCalledWith('ALX-7K4M-2Q9P', 'ana@example.com', 'en');
    const heading = screen.getByRole('heading', { name: 'Request ALX-7K4M-2Q9P' });
    expect(document.activeElement).toBe(heading);
    const result = heading.closest('section')!;
    expect(within(result).getByText('In progress', { selector: 'strong' })).toBeTruthy();
    const timeline = within(result).getByRole('list', { name: 'History' });
    expect(timeline.tagName).toBe('OL');
    const steps = within(timeline).getAllByRole('listitem');
    expect(steps.map((item) => item.querySelector('h4')?.textContent)).toEqual(['Request received', 'Status: Being reviewed', 'Status: In progress']);
    // Each date is a machine-readable <time> and reads in the page's language and the city's zone.
    expect(steps.map((item) => [item.querySelector('time')?.getAttribute('datetime'), item.querySelector('time')?.textContent])).toEqual([
      ['2026-05-04T14:30:00.000Z', 'May 4, 2026 at 10:30 AM'],
      ['2026-05-05T09:00:00.000Z', 'May 5, 2026 at 5:00 AM'],
      ['2026-05-05T16:05:00.000Z', 'May 5, 2026 at 12:05 PM'],
    ]);
    // Only a step with a reply says anything more; the reply is text, its line breaks kept.
    expect(steps.map((item) => item.querySelector('.status-timeline__note')?.textContent)).toEqual([undefined, undefined, TIMELINE_REPLY]);
    expect(steps[2]!.querySelector('.status-timeline__reply-label')?.textContent).toBe('Message from the City');
    expect(steps[2]!.querySelector('b')).toBeNull();
    expect(await axeViolations(view.container)).toEqual([]);
  });

  it('renders the timeline the server found in each language, escaped, with nothing internal', async () => {
    for (const [locale, heading, labels, date] of [
      ['en', 'History', ['Request received', 'Status: Being reviewed', 'Status: In progress'], 'May 4, 2026 at 10:30 AM'],
      ['es', 'Historial', ['Solicitud recibida', 'Estado: En revisión', 'Estado: En curso'], '4 de mayo de 2026 a las 10:30 a.m.'],
    ] as const) {
      const html = renderToString(<StatusLookup {...foundProps(locale)} />);
      // The reply's markup is text: React escapes it, it is never HTML.
      expect(html).toContain('&lt;b&gt;Thank you&lt;/b&gt;');
      document.body.innerHTML = html;
      const list = document.querySelector('ol.status-timeline')!;
      expect(list.getAttribute('aria-labelledby')).toBe('status-timeline-heading');
      expect(document.getElementById('status-timeline-heading')?.textContent).toBe(heading);
      expect([...list.querySelectorAll(':scope > li h4')].map((h) => h.textContent)).toEqual(labels);
      expect(list.querySelector('time')?.textContent).toBe(date);
      // The view has no internal notes, nor who made a change; nothing reads like one.
      expect(list.textContent).not.toMatch(/internal|system|resident \(|@/i);
      expect(await axeViolations(document.body)).toEqual([]);
    }
  });

  it('says "not found" the same way for a wrong reference or email, with focus on the message', async () => {
    const { user } = setup({ kind: 'not-found' });
    await user.type(screen.getByLabelText('Reference number'), 'ALX-7K4M-2Q9P');
    await user.type(screen.getByLabelText('Email address'), 'someone@example.com');
    await user.click(screen.getByRole('button', { name: 'Check status' }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'No request found' }));
    expect(screen.getByText(/Check both and try again/)).toBeTruthy();
  });

  it('checks both answers first, with the GOV.UK error summary', async () => {
    const { user, lookUp, view } = setup({ kind: 'not-found' });
    await user.type(screen.getByLabelText('Reference number'), 'ALX-123');
    await user.click(screen.getByRole('button', { name: 'Check status' }));
    const summary = document.getElementById('error-summary')!;
    expect(document.activeElement).toBe(summary);
    expect(within(summary).getAllByRole('link').map((link) => [link.getAttribute('href'), link.textContent])).toEqual([
      ['#track-reference', 'Enter a reference number in the correct format, like ALX-7K4M-2Q9P'],
      ['#track-email', 'Enter your email address'],
    ]);
    expect(screen.getByLabelText('Reference number').getAttribute('aria-invalid')).toBe('true');
    expect(document.title).toBe('Error: Check the status of a request | City');
    expect(lookUp).not.toHaveBeenCalled();
    expect(await axeViolations(view.container)).toEqual([]);
  });

  it('says plainly when the network fails', async () => {
    const { user } = setup({ kind: 'network' }, lookupProps('es'));
    await user.type(screen.getByLabelText('Número de referencia'), 'ALX-7K4M-2Q9P');
    await user.type(screen.getByLabelText('Correo electrónico'), 'ana@example.com');
    await user.click(screen.getByRole('button', { name: 'Consultar estado' }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'No pudimos consultar su solicitud' }));
    expect(screen.getByText(/Revise su conexión a internet/)).toBeTruthy();
  });
});

describe('checkLookup', () => {
  const messages = lookupProps('en').messages;
  it('accepts a reference typed loosely and trims the email', () => {
    expect(checkLookup({ reference: 'alx7k4m2q9p', email: ' ana@example.com ' }, 'en', messages)).toEqual({ ok: true, reference: 'ALX-7K4M-2Q9P', email: 'ana@example.com' });
    expect(checkLookup({ reference: 'CITY-7K4M-2Q9P', email: 'a@b.co' }, 'en', messages, 'CITY')).toMatchObject({ ok: true, reference: 'CITY-7K4M-2Q9P' });
  });
  it('names each missing or malformed answer in the language asked', () => {
    expect(checkLookup({ reference: '', email: 'nope' }, 'es', lookupProps('es').messages)).toEqual({
      ok: false,
      errors: { reference: 'Escriba su número de referencia', email: 'Escriba un correo electrónico con el formato correcto, como nombre@ejemplo.com' },
    });
  });
});

describe('lookUpThroughCms', () => {
  const run = (outcome: GraphqlOutcome<unknown>) => lookUpThroughCms(async () => outcome as never);
  it('maps the CMS error codes to outcomes', async () => {
    await expect(run({ kind: 'errors', errors: [{ message: 'x', code: 'STRAPI_NOT_FOUND_ERROR', details: {} }] })('ALX-7K4M-2Q9P', 'a@b.co', 'en')).resolves.toEqual({ kind: 'not-found' });
    await expect(run({ kind: 'errors', errors: [{ message: 'x', code: 'STRAPI_RATE_LIMIT_ERROR', details: {} }] })('ALX-7K4M-2Q9P', 'a@b.co', 'en')).resolves.toEqual({ kind: 'rate-limited' });
    await expect(run({ kind: 'network' })('ALX-7K4M-2Q9P', 'a@b.co', 'en')).resolves.toEqual({ kind: 'network' });
    await expect(run({ kind: 'failed', status: 502 })('ALX-7K4M-2Q9P', 'a@b.co', 'en')).resolves.toEqual({ kind: 'failed' });
    await expect(run({ kind: 'data', data: { serviceRequestStatus: inProgressView } })('ALX-7K4M-2Q9P', 'a@b.co', 'en')).resolves.toEqual({ kind: 'found', view: inProgressView });
  });
});


describe('the reply to the City', () => {
  it('is a plain multipart form to the CMS when the request waits for the resident, accessible', async () => {
    document.body.innerHTML = renderToString(<StatusLookup {...examples['A request waiting for the resident’s reply']} />);
    const form = document.querySelector<HTMLFormElement>('.status-reply form')!;
    expect([form.getAttribute('method'), form.getAttribute('action'), form.getAttribute('enctype')]).toEqual(['post', 'https://cms.example/api/service-requests/reply', 'multipart/form-data']);
    expect([...form.querySelectorAll('input, textarea')].map((control) => [control.getAttribute('name'), control.getAttribute('type'), control.getAttribute('value')])).toEqual([
      ['reference', 'hidden', 'ALX-7K4M-2Q9P'],
      ['email', 'hidden', 'ana@example.com'],
      ['locale', 'hidden', 'en'],
      ['answers[message]', null, null],
      ['answers[files]', 'file', null],
    ]);
    expect(document.querySelector('label[for="answers-message"]')?.textContent).toBe('Your reply');
    expect(await axeViolations(document.body)).toEqual([]);
    // Not waiting: no form.
    document.body.innerHTML = renderToString(<StatusLookup {...foundProps('en')} />);
    expect(document.querySelector('.status-reply')).toBeNull();
  });

  it('checks the message, sends it, then says it was sent and shows it in the history', async () => {
    const sendReply = vi.fn(async (): Promise<ReplyOutcome> => ({ kind: 'sent', view: repliedView }));
    const user = userEvent.setup();
    document.title = 'Check the status of a request | City';
    const view = render(<StatusLookup {...lookupProps('en')} lookUp={vi.fn(async (): Promise<LookupOutcome> => ({ kind: 'found', view: waitingView }))} sendReply={sendReply} />);
    await user.type(screen.getByLabelText('Reference number'), 'ALX-7K4M-2Q9P');
    await user.type(screen.getByLabelText('Email address'), 'ana@example.com');
    await user.click(screen.getByRole('button', { name: 'Check status' }));
    await user.click(screen.getByRole('button', { name: 'Send reply' }));
    expect(sendReply).not.toHaveBeenCalled();
    expect(document.activeElement?.id).toBe('error-summary');
    expect(within(document.getElementById('error-summary')!).getByRole('link').getAttribute('href')).toBe('#answers-message');
    expect(document.title).toBe('Error: Check the status of a request | City');
    expect(await axeViolations(view.container)).toEqual([]);

    await user.type(screen.getByLabelText('Your reply'), 'Firefox 140.');
    await user.click(screen.getByRole('button', { name: 'Send reply' }));
    expect(sendReply).toHaveBeenCalledWith({ reference: 'ALX-7K4M-2Q9P', email: 'ana@example.com', locale: 'en', message: 'Firefox 140.', files: [] });
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Your reply was sent' }));
    expect(document.title).toBe('Check the status of a request | City');
    const last = [...document.querySelectorAll('ol.status-timeline > li')].at(-1)!;
    expect(last.querySelector('h4')?.textContent).toBe('You replied');
    expect(last.querySelector('.status-timeline__note')?.textContent).toBe('Firefox 140.');
    expect(last.textContent).toContain('Files attached: screen.png');
    expect(document.querySelector('.status-reply')).toBeNull();
    expect(await axeViolations(view.container)).toEqual([]);
  });

  it('shows the CMS’s field errors, and says plainly when the request no longer waits', async () => {
    const outcomes: ReplyOutcome[] = [
      { kind: 'invalid', errors: [{ field: 'files', message: 'Each file must be a PDF' }] },
      { kind: 'invalid', errors: [{ field: 'reply', message: resources.en.statusLookup.reply.notWaiting }] },
    ];
    const sendReply = vi.fn(async () => outcomes.shift()!);
    const user = userEvent.setup();
    render(<StatusLookup {...examples['A request waiting for the resident’s reply']} lookUp={vi.fn()} sendReply={sendReply} />);
    await user.type(screen.getByLabelText('Your reply'), 'Here.');
    await user.click(screen.getByRole('button', { name: 'Send reply' }));
    expect(screen.getByLabelText(/Photo or document/).getAttribute('aria-invalid')).toBe('true');
    await user.click(screen.getByRole('button', { name: 'Send reply' }));
    expect(document.activeElement?.textContent).toBe('Your reply has not been sent');
    expect(screen.getByText(resources.en.statusLookup.reply.notWaiting)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Send reply' })).toBeNull();
  });

  it('names closures by their reason and points duplicates at the request to follow, in each language', () => {
    const closed = {
      ...repliedView,
      status: 'closed' as const,
      events: [
        ...repliedView.events,
        { kind: 'duplicate' as const, status: 'closed' as const, at: '2026-05-07T09:00:00.000Z', publicNote: null, detail: 'ALX-2222-3333' },
        { kind: 'closure' as const, status: 'closed' as const, at: '2026-05-08T09:00:00.000Z', publicNote: null, detail: 'fixed' },
      ],
    };
    for (const [locale, expected] of [
      ['en', ['This request duplicates ALX-2222-3333: follow that one', 'Closed: fixed']],
      ['es', ['Esta solicitud repite la ALX-2222-3333: siga esa', 'Cerrada: resuelto']],
    ] as const) {
      document.body.innerHTML = renderToString(<StatusLookup {...lookupProps(locale)} server={{ values: { reference: closed.reference, email: 'a@example.com' }, view: closed }} />);
      expect([...document.querySelectorAll('ol.status-timeline > li h4')].slice(-2).map((heading) => heading.textContent)).toEqual(expected);
    }
  });
});
