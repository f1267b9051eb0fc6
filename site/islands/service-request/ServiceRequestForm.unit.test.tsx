// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { hydrateRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FIELD_COMPONENTS } from '@city/shared/forms';
import { axeViolations } from '../lib/axe-jsdom';
import { draftKey, type DraftStorage } from './draft';
import { examples } from './ServiceRequestForm.examples';
import { ServiceRequestForm, type BrowserServices, type ServiceRequestFormProps } from './ServiceRequestForm';
import type { SendOutcome, SolveChallenge, Submission } from './send';
import { isChosenHere } from './model';

const NOW = Date.parse('2026-05-04T14:30:00Z');
const RECEIPT = { reference: 'ALX-7K4M-2Q9P', statusLabel: 'Received', nextSteps: { confirmationText: 'We will write to you.', responseTime: '2 business days' } };

function memoryStorage(): DraftStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value), removeItem: (key) => void data.delete(key) };
}

interface Setup {
  props?: ServiceRequestFormProps;
  outcomes?: SendOutcome[];
  storage?: ReturnType<typeof memoryStorage>;
  solveChallenge?: SolveChallenge;
}

function setup({ props = examples['website problem, English'], outcomes = [], storage = memoryStorage(), solveChallenge }: Setup = {}) {
  const sent: Submission[] = [];
  let keys = 0;
  const services: BrowserServices = {
    send: vi.fn(async (submission: Submission): Promise<SendOutcome> => {
      sent.push(submission);
      return outcomes.shift() ?? { kind: 'sent', receipt: RECEIPT };
    }),
    storage,
    solveChallenge,
    newKey: () => `test-key-${String(++keys).padStart(12, '0')}`,
    now: () => NOW,
  };
  const user = userEvent.setup();
  const view = render(<ServiceRequestForm {...props} services={services} />);
  return { user, sent, storage, services, view };
}

type User = ReturnType<typeof userEvent.setup>;

async function fillWebsiteProblem(user: User) {
  await user.click(screen.getByRole('radio', { name: 'Online payments (taxes, parking tickets, fees)' }));
  await user.type(screen.getByLabelText('Web address (URL) of the page'), 'https://www.alexandriava.gov/pay');
  await user.click(screen.getByRole('checkbox', { name: 'My payment did not go through' }));
  await user.type(screen.getByLabelText('Describe the problem'), 'The payment page showed error 500 twice.');
  await user.type(screen.getByLabelText('Full name'), 'Ana Resident');
  await user.type(screen.getByLabelText('Email address'), 'ana@example.com');
}

/** The telecom application's first three steps, with a lane closure; leaves the resident on step 4 (site contact and plans). */
async function fillTelecomUpToPlans(user: User) {
  await user.type(screen.getByLabelText('Company doing the work'), 'Fiber Co');
  await user.click(screen.getByRole('radio', { name: 'Our company’s own cables, conduit or wireless equipment' }));
  await user.click(continueButton());
  await user.click(screen.getByRole('radio', { name: 'New fiber optic cable' }));
  await user.type(screen.getByLabelText('Location of the work'), '301 King St');
  await user.click(continueButton());
  await user.type(screen.getByLabelText('Planned start date'), '2026-09-01');
  await user.type(screen.getByLabelText('How many days will the work take?'), '12');
  await user.click(screen.getByRole('checkbox', { name: /close a traffic lane/ }));
  await user.type(screen.getByLabelText('Which lanes or sidewalks will be closed, and at what times?'), 'One lane of King St, 9 to 3.');
  await user.click(continueButton());
}

const continueButton = () => screen.getByRole('button', { name: 'Continue' });

beforeEach(() => {
  document.title = 'Report a problem | City of Alexandria';
  window.history.replaceState(null, '', '/en/services/report-a-website-problem/request/');
});
afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
});

// jsdom's Blob has no arrayBuffer(); every browser the site supports has.
Blob.prototype.arrayBuffer ??= function arrayBuffer(this: Blob) {
  return new Promise<ArrayBuffer>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.readAsArrayBuffer(this);
  });
};

describe('the request form as plain HTML (no JavaScript)', () => {
  it('posts every question, the contact details and the hidden fields to the CMS as multipart', () => {
    const html = renderToString(<ServiceRequestForm {...examples['telecom work, English']} />);
    document.body.innerHTML = html;
    const form = document.querySelector('form')!;
    expect(form.getAttribute('action')).toBe('http://127.0.0.1:1337/api/service-requests/submit');
    expect(form.method).toBe('post');
    expect(form.enctype).toBe('multipart/form-data');
    const names = [...new FormData(form).keys()];
    expect(names).toEqual(expect.arrayContaining(['formCode', 'locale', 'idempotencyKey', 'startedAt', 'honeypot', 'answers[company_name]', 'contact[name]', 'contact[email]', 'contact[phone]']));
    expect(form.querySelector('input[type=file][name="answers[site_plans]"]')?.getAttribute('accept')).toBe('application/pdf');
    expect(form.querySelector('input[type=file]')?.hasAttribute('multiple')).toBe(true);
    // Without the island there is no check step: the button sends; the second one saves for later (intent=save).
    expect(within(form).getAllByRole('button').map((button) => button.textContent)).toEqual(['Send request', 'Save and come back later']);
    const save = within(form).getByRole('button', { name: 'Save and come back later' });
    expect([save.getAttribute('type'), save.getAttribute('name'), save.getAttribute('value')]).toEqual(['submit', 'intent', 'save']);
    // The first submit button is the default one (Enter in a field sends, as before).
    expect(form.querySelector('button[type=submit]')?.id).toBe('request-submit');
  });

  it('shows a form of several steps as one page, under each step’s heading, saying when a question applies', () => {
    document.body.innerHTML = renderToString(<ServiceRequestForm {...examples['telecom work, Spanish']} />);
    expect([...document.querySelectorAll('h2.request-step-heading')].map((heading) => heading.textContent)).toEqual(['Sobre su empresa', 'El trabajo', 'Fechas y cierres', 'Contacto en la obra y planos']);
    expect(document.getElementById('answers-pole_numbers-hint')?.textContent).toBe(
      'Responda solo si su respuesta a “Tipo de trabajo” es “Celda pequeña o equipo inalámbrico” o “Instalación en un poste de la Ciudad”. El número de la placa metálica de cada poste, separados por comas.',
    );
    expect(document.getElementById('answers-closure_details-hint')?.textContent).toContain('Responda solo si su respuesta a “El trabajo requiere cerrar un carril o una acera.” es “Sí”');
    // Every question is there for the browser to post; the CMS drops what does not apply.
    expect(document.getElementById('answers-pole_numbers')).toBeTruthy();
  });

  it('shows the errors and values the CMS sent back, in the HTML itself', () => {
    document.body.innerHTML = renderToString(<ServiceRequestForm {...examples['sent back with errors, no JavaScript']} />);
    const summary = document.getElementById('error-summary')!;
    expect(summary.querySelector('h2')?.textContent).toBe('There is a problem');
    expect([...summary.querySelectorAll('a')].map((link) => [link.getAttribute('href'), link.textContent])).toEqual([
      ['#answers-page_url', 'Enter a full web address that starts with http:// or https://'],
      ['#answers-description', '“Describe the problem” must be 20 characters or more'],
      ['#contact-email', 'Enter an email address in the correct format, like name@example.com'],
    ]);
    const url = document.getElementById('answers-page_url') as HTMLInputElement;
    expect(url.value).toBe('alexandriava.gov/pay');
    expect(url.getAttribute('aria-invalid')).toBe('true');
    expect(url.getAttribute('aria-describedby')).toBe('answers-page_url-hint answers-page_url-error');
    expect(document.getElementById('answers-page_url-error')?.textContent).toBe('Error: Enter a full web address that starts with http:// or https://');
    expect((document.querySelector('input[name="idempotencyKey"]') as HTMLInputElement).value).toBe('c0ffee00-0000-4000-8000-000000000001');
    expect((document.querySelector('input[value="payment_failed"]') as HTMLInputElement).checked).toBe(true);
    expect((document.getElementById('contact-name') as HTMLInputElement).value).toBe('Ana Resident');
  });

  it('hydrates from the same props without a mismatch', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const container = document.createElement('div');
    container.innerHTML = renderToString(<ServiceRequestForm {...examples['website problem, Spanish']} />);
    document.body.append(container);
    await act(async () => {
      hydrateRoot(container, <ServiceRequestForm {...examples['website problem, Spanish']} services={{ send: vi.fn(), newKey: () => 'k', now: () => NOW }} />);
    });
    expect(errors).not.toHaveBeenCalled();
    expect(within(container).getByRole('button', { name: 'Continuar' })).toBeTruthy();
    errors.mockRestore();
    container.remove();
  });
});

describe('every example', () => {
  for (const [name, props] of Object.entries(examples)) {
    it(`${name}: labels every control, groups choices under a legend and passes axe`, async () => {
      // The whole form, as the page is before the island runs (and stays without JavaScript).
      const view = render(<ServiceRequestForm {...props} />);
      for (const field of props.form.fields) {
        const control = document.getElementById(field.__component.endsWith('choice') ? `answers-${field.key}-0` : `answers-${field.key}`)!;
        expect(control, field.key).toBeTruthy();
        if (field.__component.endsWith('choice')) expect(control.closest('fieldset')?.querySelector('legend')?.textContent).toContain(field.label);
        else expect(document.querySelector(`label[for="${control.id}"]`)?.textContent).toContain(field.label);
      }
      expect(document.getElementById('contact-name')?.getAttribute('autocomplete')).toBe('name');
      expect(document.getElementById('contact-email')?.getAttribute('autocomplete')).toBe('email');
      expect(document.getElementById('contact-phone')?.getAttribute('autocomplete')).toBe('tel');
      expect(await axeViolations(view.container)).toEqual([]);
    });
  }

  it('say the file limits in the resident’s language, one file or many', () => {
    render(<ServiceRequestForm {...examples['website problem, Spanish']} />);
    expect(document.getElementById('answers-screenshot-hint')?.textContent).toContain('Adjunte hasta 3 archivos: PDF, PNG o JPEG, de hasta 5 MB cada uno.');
    cleanup();
    const single = { ...examples['website problem, English'].form, fields: examples['website problem, English'].form.fields.map((field) => (field.__component === 'form-field.file-upload' ? { ...field, maxFiles: 1 } : field)) };
    render(<ServiceRequestForm {...examples['website problem, English']} form={single} />);
    expect(document.getElementById('answers-screenshot-hint')?.textContent).toContain('Attach 1 file: PDF, PNG, or JPEG, up to 5 MB.');
    expect(document.getElementById('answers-screenshot')?.hasAttribute('multiple')).toBe(false);
  });

  it('cover all twelve field types between them', () => {
    const used = new Set(Object.values(examples).flatMap((props) => props.form.fields.map((field) => field.__component)));
    expect([...used].sort()).toEqual([...FIELD_COMPONENTS].sort());
  });
});

describe('with the island', () => {
  it('shows a focused error summary linking to each problem, inline errors, and an "Error:" title', async () => {
    const { user, view, services } = setup();
    await user.click(continueButton());
    const summary = document.getElementById('error-summary')!;
    expect(document.activeElement).toBe(summary);
    expect(summary.getAttribute('role')).toBeNull();
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '#answers-service_affected-0',
      '#answers-page_url',
      '#answers-problem_type-0',
      '#answers-description',
      '#contact-name',
      '#contact-email',
    ]);
    expect(links[0]?.textContent).toBe('Select an option for “Which website or online service has the problem?”');
    expect(document.title).toBe('Error: Report a problem | City of Alexandria');
    const group = screen.getByRole('group', { name: 'Which website or online service has the problem?' });
    expect(group.getAttribute('aria-describedby')).toBe('answers-service_affected-error');
    expect(screen.getByLabelText('Describe the problem').getAttribute('aria-invalid')).toBe('true');
    await user.click(links[3]!);
    expect(document.activeElement).toBe(screen.getByLabelText('Describe the problem'));
    expect(services.send).not.toHaveBeenCalled();
    expect(await axeViolations(view.container)).toEqual([]);
  });

  it('validates with the shared rules: a URL without http, a too-short description', async () => {
    const { user } = setup();
    await fillWebsiteProblem(user);
    await user.clear(screen.getByLabelText('Web address (URL) of the page'));
    await user.type(screen.getByLabelText('Web address (URL) of the page'), 'alexandriava.gov');
    await user.clear(screen.getByLabelText('Describe the problem'));
    await user.type(screen.getByLabelText('Describe the problem'), 'Broken.');
    await user.click(continueButton());
    expect(within(document.getElementById('error-summary')!).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Enter a full web address that starts with http:// or https://',
      '“Describe the problem” must be 20 characters or more',
    ]);
  });

  it('checks the answers with change links that return focus to the field, then sends and confirms', async () => {
    const { user, sent, view, storage } = setup();
    await fillWebsiteProblem(user);
    await user.click(continueButton());
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading.textContent).toBe('Check your answers before sending your request');
    expect(document.activeElement).toBe(heading);
    expect(document.title).toBe('Check your answers before sending your request | Report a problem | City of Alexandria');
    const rows = [...document.querySelectorAll('.request-check__row')].map((row) => [row.querySelector('dt')?.textContent, row.querySelector('.request-check__answer')?.textContent]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['Which website or online service has the problem?', 'Online payments (taxes, parking tickets, fees)'],
        ['What happened?', 'My payment did not go through'],
        ['When did it happen?', 'Not answered'],
        ['Email address', 'ana@example.com'],
      ]),
    );
    expect(await axeViolations(view.container)).toEqual([]);

    await user.click(screen.getByRole('link', { name: 'Change Describe the problem' }));
    const description = screen.getByLabelText('Describe the problem');
    expect(document.activeElement).toBe(description);
    await user.type(description, ' It happened on my phone too.');
    await user.click(continueButton());
    expect(screen.getByText('The payment page showed error 500 twice. It happened on my phone too.', { selector: '.request-check__line' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Send request' }));
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      formCode: 'website-problem',
      locale: 'en',
      answers: { service_affected: 'online_payments', page_url: 'https://www.alexandriava.gov/pay', problem_type: ['payment_failed'] },
      contact: { name: 'Ana Resident', email: 'ana@example.com' },
      startedAt: NOW,
    });
    expect(sent[0]?.answers).not.toHaveProperty('occurred_on');
    const confirmation = screen.getByRole('heading', { level: 1, name: 'Request sent' });
    expect(document.activeElement).toBe(confirmation);
    expect(screen.getByTestId('request-reference').textContent).toBe('ALX-7K4M-2Q9P');
    expect(screen.getByText('We have sent a confirmation email to ana@example.com.')).toBeTruthy();
    expect(screen.getByText('We usually answer within 2 business days.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Check the status of your request' }).getAttribute('href')).toBe('/en/track/');
    expect(storage.data.has(draftKey('website-problem', 'en'))).toBe(false);
    expect(document.title).toBe('Request sent | Report a problem | City of Alexandria');
    expect(await axeViolations(view.container)).toEqual([]);
  });

  it('says plainly when the network fails, keeps the answers and retries with the same key', async () => {
    const { user, sent, view } = setup({ outcomes: [{ kind: 'network' }, { kind: 'network' }] });
    await fillWebsiteProblem(user);
    await user.click(continueButton());
    await user.click(screen.getByRole('button', { name: 'Send request' }));
    const failure = screen.getByRole('heading', { name: 'Your request has not been sent' });
    expect(document.activeElement).toBe(failure);
    expect(screen.getByText(/check your internet connection/i)).toBeTruthy();
    expect(screen.getByText('ana@example.com')).toBeTruthy();
    expect(await axeViolations(view.container)).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Try sending again' }));
    await user.click(screen.getByRole('button', { name: 'Try sending again' }));
    expect(sent.map((submission) => submission.idempotencyKey)).toEqual(['test-key-000000000001', 'test-key-000000000001', 'test-key-000000000001']);
    expect(screen.getByTestId('request-reference').textContent).toBe('ALX-7K4M-2Q9P');
  });

  it('uses a new key when the answers changed after a failed send', async () => {
    const { user, sent } = setup({ outcomes: [{ kind: 'failed' }] });
    await fillWebsiteProblem(user);
    await user.click(continueButton());
    await user.click(screen.getByRole('button', { name: 'Send request' }));
    expect(screen.getByText(/Something went wrong on our side/)).toBeTruthy();
    await user.click(screen.getByRole('link', { name: 'Change Full name' }));
    await user.type(screen.getByLabelText('Full name'), ' Smith');
    await user.click(continueButton());
    await user.click(screen.getByRole('button', { name: 'Send request' }));
    expect(sent.map((submission) => submission.idempotencyKey)).toEqual(['test-key-000000000001', 'test-key-000000000002']);
  });

  it('goes back to the form with the summary when the CMS finds a problem', async () => {
    const { user } = setup({ outcomes: [{ kind: 'invalid', errors: [{ field: 'page_url', message: 'The CMS says no' }] }] });
    await fillWebsiteProblem(user);
    await user.click(continueButton());
    await user.click(screen.getByRole('button', { name: 'Send request' }));
    const summary = document.getElementById('error-summary')!;
    expect(document.activeElement).toBe(summary);
    expect(within(summary).getByRole('link', { name: 'The CMS says no' }).getAttribute('href')).toBe('#answers-page_url');
    expect((screen.getByLabelText('Web address (URL) of the page') as HTMLInputElement).value).toBe('https://www.alexandriava.gov/pay');
  });

  it('asks to confirm when the CMS holds a send as automated, then sends again with its proof and the same key', async () => {
    const message = 'Your request has not been sent yet. Check your answers, then send the form again to confirm it';
    const { user, sent, view } = setup({ outcomes: [{ kind: 'invalid', errors: [{ field: 'confirmation', message }], confirmation: '1800000000000.proof' }] });
    await fillWebsiteProblem(user);
    // As a browser's autofill might: the hidden field gets a value.
    (document.getElementById('request-honeypot') as HTMLInputElement).value = 'Ana Resident';
    await user.click(continueButton());
    await user.click(screen.getByRole('button', { name: 'Send request' }));
    const summary = document.getElementById('error-summary')!;
    expect(document.activeElement).toBe(summary);
    const link = within(summary).getByRole('link', { name: message });
    expect(link.getAttribute('href')).toBe('#request-submit');
    await user.click(link);
    expect(document.activeElement).toBe(continueButton());
    expect(await axeViolations(view.container)).toEqual([]);
    expect(screen.queryByTestId('request-reference')).toBeNull();

    await user.click(continueButton());
    await user.click(screen.getByRole('button', { name: 'Send request' }));
    expect(sent.map((submission) => [submission.idempotencyKey, submission.confirmation, submission.honeypot])).toEqual([
      ['test-key-000000000001', undefined, 'Ana Resident'],
      ['test-key-000000000001', '1800000000000.proof', ''],
    ]);
    expect(sent[0]?.startedAt).toBe(NOW);
    expect(screen.getByTestId('request-reference').textContent).toBe('ALX-7K4M-2Q9P');
  });

  it('when the CMS asks for a challenge, solves it while saying so, and sends again with the solution and the same key', async () => {
    const challenge = { parameters: { nonce: 'ab' }, signature: 'cd' };
    let finish: (payload: string | undefined) => void = () => undefined;
    const solveChallenge = vi.fn<SolveChallenge>(() => new Promise((resolve) => (finish = resolve)));
    const { user, sent, view } = setup({ outcomes: [{ kind: 'challenge', challenge }], solveChallenge });
    await fillWebsiteProblem(user);
    await user.click(continueButton());
    await user.click(screen.getByRole('button', { name: 'Send request' }));

    expect(solveChallenge).toHaveBeenCalledWith(challenge);
    expect(screen.getByRole('status').textContent).toBe('Checking this request is not automated. This takes a few seconds.');
    expect(screen.getByRole('button', { name: 'Send request' }).getAttribute('aria-disabled')).toBe('true');
    expect(document.getElementById('error-summary')).toBeNull();
    expect(await axeViolations(view.container)).toEqual([]);

    await act(async () => finish('c29sdmVk'));
    expect(sent.map((submission) => [submission.idempotencyKey, submission.challenge])).toEqual([
      ['test-key-000000000001', undefined],
      ['test-key-000000000001', 'c29sdmVk'],
    ]);
    expect(screen.getByTestId('request-reference').textContent).toBe('ALX-7K4M-2Q9P');
  });

  it('says plainly when the challenge could not be solved, and tries the whole send again on request', async () => {
    const challenge = { parameters: { nonce: 'ab' }, signature: 'cd' };
    const solveChallenge = vi.fn<SolveChallenge>().mockResolvedValueOnce(undefined).mockResolvedValueOnce('c29sdmVk');
    const { user, sent } = setup({ outcomes: [{ kind: 'challenge', challenge }, { kind: 'challenge', challenge }], solveChallenge });
    await fillWebsiteProblem(user);
    await user.click(continueButton());
    await user.click(screen.getByRole('button', { name: 'Send request' }));
    const failure = screen.getByRole('heading', { name: 'Your request has not been sent' });
    expect(document.activeElement).toBe(failure);
    expect(screen.getByText(/could not check that this request is not automated/)).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('');

    await user.click(screen.getByRole('button', { name: 'Try sending again' }));
    expect(sent.map((submission) => [submission.idempotencyKey, submission.challenge])).toEqual([
      ['test-key-000000000001', undefined],
      ['test-key-000000000001', undefined],
      ['test-key-000000000001', 'c29sdmVk'],
    ]);
    expect(screen.getByTestId('request-reference').textContent).toBe('ALX-7K4M-2Q9P');
  });

  it('judges a file by its bytes, as the CMS will, and sends the file itself', async () => {
    const { user, sent } = setup({ props: examples['telecom work, English'] });
    await fillTelecomUpToPlans(user);
    // The limits are said in the hint, with the plural form and the type names.
    expect(document.getElementById('answers-site_plans-hint')?.textContent).toContain('Attach up to 5 files: PDF, up to 20 MB each.');
    const fake = new File(['MZ not a pdf'], 'plans.pdf', { type: 'application/pdf' });
    await user.upload(screen.getByLabelText('Site plans and route drawings'), fake);
    await screen.findByText('Chosen: plans.pdf');
    await user.click(continueButton());
    expect(within(document.getElementById('error-summary')!).getByRole('link', { name: 'Each file for “Site plans and route drawings” must be a PDF' })).toBeTruthy();

    const real = new File(['%PDF-1.7\n...'], 'route.pdf', { type: 'application/pdf' });
    await user.upload(screen.getByLabelText('Site plans and route drawings'), real);
    await screen.findByText('Chosen: route.pdf');
    await user.type(screen.getByLabelText('24-hour phone number of the field supervisor'), '703 555 0100');
    await user.click(continueButton());
    await user.type(screen.getByLabelText('Full name'), 'Sam Builder');
    await user.type(screen.getByLabelText('Email address'), 'sam@fiber.example');
    await user.click(continueButton());
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Check your answers before sending your request');
    expect(screen.getByText('September 1, 2026')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Send request' }));
    expect(sent[0]?.answers).toMatchObject({ lane_closure: 'true', duration_days: '12', site_plans: [{ name: 'route.pdf', type: 'application/pdf', size: 12 }] });
    const chosen = sent[0]?.files.site_plans?.[0];
    expect(chosen && isChosenHere(chosen) ? chosen.file.name : undefined).toBe('route.pdf');
    expect(sent[0]?.staged).toBeUndefined();
  });

  it('counts the files the CMS kept from pages sent without JavaScript as attached, and sends them by the fill’s id', async () => {
    const staged = { id: 'k'.repeat(43), files: { site_plans: [{ name: 'route.pdf', type: 'application/pdf', size: 2048 }] } };
    const telecom = examples['telecom work, English'];
    const { user, sent } = setup({ props: { ...telecom, server: { ...telecom.server, staged } } });
    await fillTelecomUpToPlans(user);
    expect(screen.getByText('Already attached: route.pdf. Choose files only to replace them.')).toBeTruthy();
    await user.type(screen.getByLabelText('24-hour phone number of the field supervisor'), '703 555 0100');
    await user.click(continueButton());
    // No "select a file": the kept plans answer the required question.
    expect(document.getElementById('error-summary')).toBeNull();
    await user.type(screen.getByLabelText('Full name'), 'Sam Builder');
    await user.type(screen.getByLabelText('Email address'), 'sam@fiber.example');
    await user.click(continueButton());
    expect(screen.getByText('route.pdf')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Send request' }));
    expect(sent[0]?.staged).toBe(staged.id);
    expect(sent[0]?.answers.site_plans).toEqual([{ name: 'route.pdf', type: 'application/pdf', size: 2048 }]);
    // Nothing to post again: the CMS has the bytes.
    expect(sent[0]?.files.site_plans?.some(isChosenHere)).toBe(false);
  });

  it('speaks Spanish throughout, with the shared Spanish messages', async () => {
    const { user } = setup({ props: examples['website problem, Spanish'] });
    await user.click(screen.getByRole('button', { name: 'Continuar' }));
    const summary = document.getElementById('error-summary')!;
    expect(within(summary).getByRole('heading').textContent).toBe('Hay un problema');
    expect(within(summary).getByRole('link', { name: 'Escriba su nombre' })).toBeTruthy();
    expect(document.title.startsWith('Error: ')).toBe(true);
  });

  it('shows no errors and fills nothing in from the address: only the CMS’s sealed feedback, rendered by the server, is shown', () => {
    window.history.replaceState(null, '', `/en/services/report-a-website-problem/request?errors=${btoa(JSON.stringify({ 'contact.name': 'Call 555-0100 now' })).replace(/=+$/, '')}&values=${btoa(JSON.stringify({ answers: { page_url: 'https://x.example' }, contact: {} })).replace(/=+$/, '')}`);
    setup();
    expect(document.getElementById('error-summary')).toBeNull();
    expect(document.body.textContent).not.toContain('555-0100');
    expect((screen.getByLabelText('Web address (URL) of the page') as HTMLInputElement).value).toBe('');
  });
});

describe('steps, conditions and exit pages', () => {
  const progress = () => document.getElementById('request-progress')?.textContent;
  const heading = () => screen.getByRole('heading', { level: 1 });
  /** The browser's Back button: jsdom fires popstate after the current task. */
  const browserBack = () =>
    act(async () => {
      window.history.back();
      await new Promise((resolve) => setTimeout(resolve, 30));
    });

  it('asks a multi-step form page by page, with its progress and heading, moving focus to each heading', async () => {
    const { user, view } = setup({ props: examples['telecom work, English'] });
    expect(progress()).toBe('Step 1 of 5');
    expect(heading().textContent).toBe('About your company');
    expect(screen.queryByLabelText('Location of the work')).toBeNull();
    expect(screen.queryByLabelText('Full name')).toBeNull();
    expect(await axeViolations(view.container)).toEqual([]);

    // Only this page's problems are listed.
    await user.click(continueButton());
    const summary = document.getElementById('error-summary')!;
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Enter an answer for “Company doing the work”',
      'Select an option for “Whose equipment is the work on?”',
    ]);
    await user.type(screen.getByLabelText('Company doing the work'), 'Fiber Co');
    await user.click(screen.getByRole('radio', { name: 'A City pole or City conduit' }));
    await user.click(continueButton());
    expect(progress()).toBe('Step 2 of 5');
    expect(heading().textContent).toBe('The work');
    expect(document.activeElement).toBe(heading());
    expect(document.title).toBe('The work | Report a problem | City of Alexandria');
    expect(await axeViolations(view.container)).toEqual([]);
  });

  it('shows a question only while its condition holds, and never sends a hidden answer', async () => {
    const { user, sent } = setup({ props: examples['telecom work, English'] });
    await user.type(screen.getByLabelText('Company doing the work'), 'Fiber Co');
    await user.click(screen.getByRole('radio', { name: 'A City pole or City conduit' }));
    await user.click(continueButton());
    expect(screen.queryByLabelText('Numbers on the City poles')).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'Attachment to a City pole' }));
    await user.type(screen.getByLabelText('Numbers on the City poles'), 'AX-101');
    await user.click(screen.getByRole('radio', { name: 'New fiber optic cable' }));
    expect(screen.queryByLabelText('Numbers on the City poles')).toBeNull();
    await user.type(screen.getByLabelText('Location of the work'), '301 King St');
    await user.click(continueButton());
    await user.type(screen.getByLabelText('Planned start date'), '2026-09-01');
    await user.type(screen.getByLabelText('How many days will the work take?'), '12');
    // A required question asked only when the box is ticked.
    expect(screen.queryByLabelText('Which lanes or sidewalks will be closed, and at what times?')).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: /close a traffic lane/ }));
    await user.click(continueButton());
    expect(within(document.getElementById('error-summary')!).getByRole('link').textContent).toBe('Enter an answer for “Which lanes or sidewalks will be closed, and at what times?”');
    await user.click(screen.getByRole('checkbox', { name: /close a traffic lane/ }));
    await user.click(continueButton());
    expect(heading().textContent).toBe('Site contact and plans');
    await user.upload(screen.getByLabelText('Site plans and route drawings'), new File(['%PDF-1.7\n'], 'route.pdf', { type: 'application/pdf' }));
    await screen.findByText('Chosen: route.pdf');
    await user.type(screen.getByLabelText('24-hour phone number of the field supervisor'), '703 555 0100');
    await user.click(continueButton());
    expect(heading().textContent).toBe('Your contact details');
    await user.type(screen.getByLabelText('Full name'), 'Sam Builder');
    await user.type(screen.getByLabelText('Email address'), 'sam@fiber.example');
    await user.click(continueButton());
    const questions = [...document.querySelectorAll('.request-check__question')].map((cell) => cell.textContent);
    expect(questions).not.toContain('Numbers on the City poles');
    expect(questions).not.toContain('Which lanes or sidewalks will be closed, and at what times?');
    await user.click(screen.getByRole('button', { name: 'Send request' }));
    expect(sent[0]?.answers).not.toHaveProperty('pole_numbers');
    expect(sent[0]?.answers).toMatchObject({ network_owner: 'city_pole', work_type: 'new_fiber' });
  });

  it('returns from the check to the right step with Change, and the browser’s Back button retraces the pages with nothing lost', async () => {
    const { user } = setup({ props: examples['telecom work, English'] });
    await fillTelecomUpToPlans(user);
    await user.upload(screen.getByLabelText('Site plans and route drawings'), new File(['%PDF-1.7\n'], 'route.pdf', { type: 'application/pdf' }));
    await screen.findByText('Chosen: route.pdf');
    await user.type(screen.getByLabelText('24-hour phone number of the field supervisor'), '703 555 0100');
    await user.click(continueButton());
    await user.type(screen.getByLabelText('Full name'), 'Sam Builder');
    await user.type(screen.getByLabelText('Email address'), 'sam@fiber.example');
    await user.click(continueButton());
    expect(heading().textContent).toBe('Check your answers before sending your request');

    await user.click(screen.getByRole('link', { name: 'Change Location of the work' }));
    expect(progress()).toBe('Step 2 of 5');
    expect(document.activeElement).toBe(screen.getByLabelText('Location of the work'));
    expect((screen.getByLabelText('Location of the work') as HTMLInputElement).value).toBe('301 King St');

    await browserBack();
    expect(heading().textContent).toBe('Check your answers before sending your request');
    await browserBack();
    expect(heading().textContent).toBe('Your contact details');
    expect((screen.getByLabelText('Full name') as HTMLInputElement).value).toBe('Sam Builder');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(heading().textContent).toBe('Site contact and plans');
    expect(screen.getByText('Chosen: route.pdf')).toBeTruthy();
  });

  it('ends at the editor’s exit page instead of sending, and goes back to change the answer', async () => {
    const { user, view, sent } = setup({ props: examples['telecom work, English'] });
    await user.type(screen.getByLabelText('Company doing the work'), 'Fiber Co');
    await user.click(screen.getByRole('radio', { name: 'A Dominion Energy utility pole or power line' }));
    await user.click(continueButton());
    expect(heading().textContent).toBe('This is not a City service');
    expect(document.activeElement).toBe(heading());
    expect(screen.getByText(/Call Dominion Energy at 1-866-366-4357/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Send request' })).toBeNull();
    expect(await axeViolations(view.container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Change your answer' }));
    expect(progress()).toBe('Step 1 of 5');
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Our company’s own cables, conduit or wireless equipment' }));
    expect(sent).toHaveLength(0);
  });

  it('speaks Spanish on every step and on the exit page', async () => {
    const { user } = setup({ props: examples['telecom work, Spanish'] });
    expect(progress()).toBe('Paso 1 de 5');
    expect(heading().textContent).toBe('Sobre su empresa');
    await user.type(screen.getByLabelText('Empresa que hace el trabajo'), 'Fibra SA');
    await user.click(screen.getByRole('radio', { name: 'Un poste o una línea eléctrica de Dominion Energy' }));
    await user.click(screen.getByRole('button', { name: 'Continuar' }));
    expect(heading().textContent).toBe('Este no es un servicio de la Ciudad');
    expect(screen.getByRole('button', { name: 'Cambiar su respuesta' })).toBeTruthy();
  });
});

describe('the draft', () => {
  it('is saved as the resident types and offered, not applied, on the next visit', async () => {
    const storage = memoryStorage();
    const first = setup({ storage });
    await first.user.type(screen.getByLabelText('Full name'), 'Ana');
    await first.user.click(screen.getByRole('radio', { name: 'Something else' }));
    expect(JSON.parse(storage.data.get(draftKey('website-problem', 'en'))!)).toMatchObject({ values: { contact: { name: 'Ana' }, answers: { service_affected: 'other' } } });
    cleanup();

    const second = setup({ storage });
    expect((screen.getByLabelText('Full name') as HTMLInputElement).value).toBe('');
    const offer = screen.getByRole('heading', { name: 'Continue where you left off?' });
    expect(offer.closest('[aria-live="polite"]')).toBeTruthy();
    expect(await axeViolations(second.view.container)).toEqual([]);
    // Typing before answering the offer does not overwrite the saved draft.
    await second.user.type(screen.getByLabelText('Email address'), 'x');
    expect(JSON.parse(storage.data.get(draftKey('website-problem', 'en'))!).values.contact.email).toBe('');
    await second.user.click(screen.getByRole('button', { name: 'Use my saved answers' }));
    expect((screen.getByLabelText('Full name') as HTMLInputElement).value).toBe('Ana');
    expect((screen.getByRole('radio', { name: 'Something else' }) as HTMLInputElement).checked).toBe(true);
    expect(document.activeElement?.textContent).toBe('Your saved answers are back in the form. Check them before you continue.');
  });

  it('is deleted when the resident starts again', async () => {
    const storage = memoryStorage();
    storage.setItem(draftKey('website-problem', 'en'), JSON.stringify({ version: 1, savedAt: '2026-05-01T10:00:00.000Z', values: { answers: { page_url: 'https://a.example' }, contact: {} } }));
    const { user } = setup({ storage });
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    expect(storage.data.size).toBe(0);
    expect(screen.queryByRole('heading', { name: 'Continue where you left off?' })).toBeNull();
    expect(document.activeElement?.id).toBe('answers-service_affected-0');
  });

  it('keeps the key of a send whose answer never came, so a reload cannot send twice', async () => {
    const storage = memoryStorage();
    const first = setup({ storage, outcomes: [{ kind: 'network' }] });
    await fillWebsiteProblem(first.user);
    await first.user.click(continueButton());
    await first.user.click(screen.getByRole('button', { name: 'Send request' }));
    cleanup();

    const second = setup({ storage });
    await second.user.click(screen.getByRole('button', { name: 'Use my saved answers' }));
    await second.user.click(continueButton());
    await second.user.click(screen.getByRole('button', { name: 'Send request' }));
    expect(second.sent[0]?.idempotencyKey).toBe(first.sent[0]?.idempotencyKey);
  });

  it('is never kept for another form or language', async () => {
    const storage = memoryStorage();
    const english = setup({ storage });
    await english.user.type(screen.getByLabelText('Full name'), 'Ana');
    cleanup();
    setup({ storage, props: examples['website problem, Spanish'] });
    expect(screen.queryByRole('heading', { name: '¿Quiere seguir donde lo dejó?' })).toBeNull();
  });
});
