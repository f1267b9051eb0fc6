// @vitest-environment jsdom
// A form of several pages as the site's server renders it without JavaScript (ServerState.step):
// one page at a time, the other pages' answers in hidden fields, buttons that post an intent.
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../lib/axe-jsdom';
import { examples } from './ServiceRequestForm.examples';
import { ServiceRequestForm, type ServerState } from './ServiceRequestForm';

const telecom = examples['telecom work, English'];
const values = {
  answers: { company_name: 'Fiber Co', network_owner: 'city_pole', work_type: 'new_fiber', work_location: '300 King St', start_date: '2027-03-01', duration_days: '5', field_supervisor_phone: '703 555 0123' },
  contact: { name: 'Pat Pole', email: 'pat@example.com' },
};
const STAGED = { id: 'a'.repeat(43), files: { site_plans: [{ name: 'route.pdf', type: 'application/pdf', size: 1234 }] } };

function renderAt(server: ServerState): Document {
  document.body.innerHTML = renderToString(<ServiceRequestForm {...telecom} server={{ idempotencyKey: 'k'.repeat(36), startedAt: 1, ...server }} />);
  return document;
}
const hidden = (page: Document) => Object.fromEntries([...page.querySelectorAll<HTMLInputElement>('form input[type=hidden]')].map((input) => [input.name, input.value]));

describe('a form of several pages without JavaScript', () => {
  it('shows the first page only, with Step 1 of 5 and a Continue that posts intent=next', async () => {
    const page = renderAt({ step: { view: 'form', screen: '' } });
    expect(page.getElementById('request-progress')?.textContent).toBe('Step 1 of 5');
    expect(page.querySelector('h1')?.textContent).toBe('About your company');
    expect(page.getElementById('answers-company_name')).toBeTruthy();
    expect(page.getElementById('answers-work_type-0')).toBeNull();
    const submit = page.getElementById('request-submit')!;
    expect([submit.textContent, submit.getAttribute('name'), submit.getAttribute('value')]).toEqual(['Continue', 'intent', 'next']);
    expect(page.querySelector('button[value=back]')).toBeNull();
    expect(hidden(page).screen).toBe('company_name');
    expect(await axeViolations(page.body)).toEqual([]);
  });

  it('carries the other pages’ answers in hidden fields, with Back after Continue, and the kept files named', () => {
    const page = renderAt({ step: { view: 'form', screen: 'field_supervisor_phone' }, feedback: { errors: {}, values }, staged: STAGED });
    expect(page.getElementById('request-progress')?.textContent).toBe('Step 4 of 5');
    const carried = hidden(page);
    expect(carried['answers[company_name]']).toBe('Fiber Co');
    expect(carried['contact[email]']).toBe('pat@example.com');
    expect(carried.staged).toBe(STAGED.id);
    // This page's own answer is its control's, not a hidden copy.
    expect(carried['answers[field_supervisor_phone]']).toBeUndefined();
    expect((page.getElementById('answers-field_supervisor_phone') as HTMLInputElement).value).toBe('703 555 0123');
    expect(page.getElementById('answers-site_plans-kept')?.textContent).toBe('Already attached: route.pdf. Choose files only to replace them.');
    const buttons = [...page.querySelectorAll('form button[type=submit]')].map((button) => `${button.getAttribute('name')}=${button.getAttribute('value')}`);
    expect(buttons).toEqual(['intent=next', 'intent=back', 'intent=save']);
  });

  it('shows the check of answers with Change buttons naming their page, the kept files, and Send', async () => {
    const page = renderAt({ step: { view: 'check', screen: 'contact' }, feedback: { errors: {}, values }, staged: STAGED });
    expect(page.querySelector('h1:not([hidden] h1)')?.textContent).toBe('Check your answers before sending your request');
    const change = [...page.querySelectorAll<HTMLButtonElement>('button[name=change]')].map((button) => button.value);
    expect(change.slice(0, 3)).toEqual(['company_name', 'company_name', 'work_type']);
    expect(change.at(-1)).toBe('contact');
    expect(page.body.textContent).toContain('route.pdf');
    const send = page.getElementById('request-submit')!;
    expect([send.getAttribute('form'), send.getAttribute('name'), send.getAttribute('value')]).toEqual(['request-form', 'intent', 'send']);
    // Every answer goes with the send, and no control of a page is posted twice.
    expect(hidden(page)['answers[field_supervisor_phone]']).toBe('703 555 0123');
    expect(page.querySelectorAll('form input:not([type=hidden])')).toHaveLength(1);
    expect(await axeViolations(page.body)).toEqual([]);
  });

  it('shows an exit page whose button goes back to the question’s page', () => {
    const page = renderAt({ step: { view: 'exit', screen: 'company_name' }, feedback: { errors: {}, values: { answers: { company_name: 'Power Co', network_owner: 'dominion' }, contact: {} } } });
    expect(page.querySelector('.request-exit h1')?.textContent).toBe('This is not a City service');
    const change = page.querySelector<HTMLButtonElement>('.request-exit button')!;
    expect([change.name, change.value, change.getAttribute('form')]).toEqual(['change', 'company_name', 'request-form']);
  });
});
