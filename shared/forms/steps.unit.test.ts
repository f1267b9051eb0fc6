import { describe, expect, it } from 'vitest';
import { serviceFormSchema } from './definition.js';
import { CONTACT_SCREEN, placeOfError, stepScreens, takeStep, type StepInput } from './steps.js';

/** Four pages: the owner (an exit page for utilities), the work (a pole number only for poles), the plans (a file), and traffic (only with closures). */
const form = serviceFormSchema.parse({
  code: 'row-permit',
  title: 'Right-of-way permit',
  fields: [
    { __component: 'form-field.single-choice', key: 'owner', label: 'Who owns the line?', required: true, options: [{ value: 'city', label: 'The City' }, { value: 'utility', label: 'A utility' }] },
    { __component: 'form-field.single-choice', key: 'work', label: 'Type of work', required: true, options: [{ value: 'fiber', label: 'Fiber' }, { value: 'pole', label: 'Pole' }] },
    { __component: 'form-field.short-text', key: 'pole_id', label: 'Pole number', required: true, showWhen: { question: 'work', operator: 'equals', values: 'pole' } },
    { __component: 'form-field.multiple-choice', key: 'closures', label: 'Closures', required: false, options: [{ value: 'lane', label: 'Lane' }] },
    { __component: 'form-field.file-upload', key: 'plans', label: 'Plans', required: true, accept: 'application/pdf' },
    { __component: 'form-field.short-text', key: 'traffic_plan', label: 'Traffic plan reference', required: true },
  ],
  steps: [
    { title: 'The work', startsAt: 'work' },
    { title: 'Plans', startsAt: 'closures' },
    { title: 'Traffic', startsAt: 'traffic_plan', showWhen: { question: 'closures', operator: 'one_of', values: 'lane' } },
  ],
  exitPages: [{ title: 'Not a City service', body: 'Call the utility.', showWhen: { question: 'owner', operator: 'equals', values: 'utility' } }],
});

const contact = { name: 'Pat Pole', email: 'pat@example.com' };
const plans = { plans: [{ name: 'route.pdf', type: 'application/pdf', size: 120 }] };
const step = (intent: StepInput['intent'], from: string | undefined, answers: Record<string, string | string[]>, extra: Pick<StepInput, 'target'> = {}) =>
  takeStep(form, 'en', { intent, from, values: { answers, contact: {} }, files: {}, ...extra });

describe('a form of several pages without JavaScript', () => {
  it('lists the pages the answers lead to, then the contact details', () => {
    expect(stepScreens(form, 'en', { values: { answers: {}, contact: {} }, files: {} })).toEqual(['owner', 'work', 'closures', CONTACT_SCREEN]);
    expect(stepScreens(form, 'en', { values: { answers: { closures: ['lane'] }, contact: {} }, files: {} })).toEqual(['owner', 'work', 'closures', 'traffic_plan', CONTACT_SCREEN]);
  });

  it('checks only the page posted: its errors keep the resident there, a later page’s do not', () => {
    const refused = step('next', 'work', { owner: 'city', work: 'pole' });
    expect(refused.place).toEqual({ view: 'form', screen: 'work' });
    expect(refused.errors).toEqual([{ field: 'pole_id', message: 'Enter an answer for “Pole number”' }]);
    const moved = step('next', 'work', { owner: 'city', work: 'pole', pole_id: 'P-1' });
    expect(moved).toEqual({ place: { view: 'form', screen: 'closures' }, errors: [], values: { answers: { owner: 'city', work: 'pole', pole_id: 'P-1' }, contact: {} } });
  });

  it('keeps a later page’s answer while the answer it depends on is refused (a typo must not lose it)', () => {
    const counted = serviceFormSchema.parse({
      code: 'poles',
      title: 'Poles',
      fields: [
        { __component: 'form-field.number', key: 'poles', label: 'How many poles?', required: true, integer: true },
        { __component: 'form-field.short-text', key: 'pole_ids', label: 'Their numbers', required: true, showWhen: { question: 'poles', operator: 'answered', values: null } },
      ],
      steps: [{ title: 'The poles', startsAt: 'pole_ids' }],
    });
    const post = (poles: string) => takeStep(counted, 'en', { intent: 'next', from: 'poles', values: { answers: { poles, pole_ids: 'P-1, P-2' }, contact: {} }, files: {} });
    const typo = post('2x');
    expect(typo.errors.map((error) => error.field)).toEqual(['poles']);
    expect(typo.values.answers).toEqual({ poles: '2x', pole_ids: 'P-1, P-2' });
    expect(post('2').values.answers).toEqual({ poles: '2', pole_ids: 'P-1, P-2' });
  });

  it('shows the exit page for an answer that leads there, not an error', () => {
    expect(step('next', 'owner', { owner: 'utility' })).toMatchObject({ place: { view: 'exit', screen: 'owner' }, errors: [] });
  });

  it('drops the answers of questions a changed answer no longer asks, and skips a page whose condition fails', () => {
    const changed = step('next', 'work', { owner: 'city', work: 'fiber', pole_id: 'P-1', closures: [], traffic_plan: 'TP-1' });
    expect(changed.values.answers).toEqual({ owner: 'city', work: 'fiber', closures: [] });
    // Without closures the traffic page is skipped: from the plans page (a file kept) to the contact details.
    expect(takeStep(form, 'en', { intent: 'next', from: 'closures', values: { answers: { owner: 'city', work: 'fiber' }, contact: {} }, files: plans }).place).toEqual({
      view: 'form',
      screen: CONTACT_SCREEN,
    });
    // A missing file is this page's problem.
    expect(step('next', 'closures', { owner: 'city', work: 'fiber' }).errors.map((error) => error.field)).toEqual(['plans']);
  });

  it('goes back and to a page a Change button names without checking, and to the first page for an unknown one', () => {
    expect(step('back', 'work', { owner: 'city', work: 'pole' })).toMatchObject({ place: { view: 'form', screen: 'owner' }, errors: [] });
    expect(step('back', 'owner', {}).place.screen).toBe('owner');
    expect(step('change', CONTACT_SCREEN, { owner: 'city' }, { target: 'work' }).place).toEqual({ view: 'form', screen: 'work' });
    expect(step('change', CONTACT_SCREEN, { owner: 'city' }, { target: 'traffic_plan' }).place).toEqual({ view: 'form', screen: 'owner' });
  });

  it('reaches the check of answers from the contact details only when every page is answered', () => {
    const all = { owner: 'city', work: 'fiber' };
    const done = takeStep(form, 'en', { intent: 'next', from: CONTACT_SCREEN, values: { answers: all, contact }, files: plans });
    expect(done).toMatchObject({ place: { view: 'check', screen: CONTACT_SCREEN }, errors: [] });
    expect(takeStep(form, 'en', { intent: 'next', from: CONTACT_SCREEN, values: { answers: all, contact: {} }, files: plans }).errors.map((error) => error.field)).toEqual([
      'contact.name',
      'contact.email',
    ]);
    // A page skipped by hand (the plans never posted): its page, with its error, before the check.
    const skipped = takeStep(form, 'en', { intent: 'next', from: CONTACT_SCREEN, values: { answers: all, contact }, files: {} });
    expect(skipped).toMatchObject({ place: { view: 'form', screen: 'closures' }, errors: [{ field: 'plans' }] });
  });

  it('places a send’s errors on their page, and a send to confirm on the check of answers', () => {
    const input = { values: { answers: { owner: 'city', work: 'pole' }, contact }, files: {} };
    expect(placeOfError(form, 'en', input, 'pole_id')).toEqual({ view: 'form', screen: 'work' });
    expect(placeOfError(form, 'en', input, 'contact.email')).toEqual({ view: 'form', screen: CONTACT_SCREEN });
    expect(placeOfError(form, 'en', input, 'confirmation')).toEqual({ view: 'check', screen: CONTACT_SCREEN });
  });

  it('checks a typed location as the point the CMS found for it, and carries on what was typed', () => {
    const located = serviceFormSchema.parse({
      code: 'wifi',
      title: 'Wi-Fi outage',
      onePerPage: true,
      fields: [
        { __component: 'form-field.single-choice', key: 'place', label: 'Where were you?', required: true, options: [{ value: 'other', label: 'Another building' }] },
        { __component: 'form-field.location', key: 'building', label: 'Where is the building?', required: true },
        { __component: 'form-field.short-text', key: 'network', label: 'Network', required: false },
      ],
    });
    const at = (typed: string, point?: { address: string; lat: number; long: number }) =>
      takeStep(located, 'es', { intent: 'next', from: 'building', values: { answers: { place: 'other', building: typed }, contact: {} }, files: {}, ...(point ? { located: { building: point } } : {}) });
    // Text no point was found for: the intake's not-found message, in the resident's language.
    expect(at('1 Nowhere Lane')).toMatchObject({ place: { view: 'form', screen: 'building' }, errors: [{ field: 'building', message: expect.stringMatching(/^Elija una dirección de la lista/) }] });
    // Found, in the city: on to the next page, with the text as typed for the final send to resolve again.
    const found = at('301 King Street', { address: '301 King St', lat: 38.8048, long: -77.0432 });
    expect(found).toEqual({ place: { view: 'form', screen: 'network' }, errors: [], values: { answers: { place: 'other', building: '301 King Street' }, contact: {} } });
    // A point outside the city (typed coordinates) is refused as the intake refuses it.
    expect(at('38.8719, -77.0563', { address: '38.871900, -77.056300', lat: 38.8719, long: -77.0563 }).errors).toEqual([{ field: 'building', message: expect.stringMatching(/está fuera de la ciudad/) }]);
  });
});
