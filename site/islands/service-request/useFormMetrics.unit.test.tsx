// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { metricSteps, type FormBeacon } from '@city/shared/forms';
import { examples } from './ServiceRequestForm.examples';
import { ServiceRequestForm, type BrowserServices, type ServiceRequestFormProps } from './ServiceRequestForm';
import { beaconTo } from './useFormMetrics';

function setup(props: ServiceRequestFormProps) {
  const beacons: FormBeacon[] = [];
  let keys = 0;
  const services: BrowserServices = {
    send: vi.fn(async () => ({ kind: 'sent' as const, receipt: { reference: 'ALX-7K4M-2Q9P', statusLabel: 'Received', nextSteps: {} } })),
    newKey: () => `test-key-${String(++keys).padStart(12, '0')}`,
    now: () => Date.parse('2026-05-04T14:30:00Z'),
    metrics: (beacon) => beacons.push(beacon),
  };
  render(<ServiceRequestForm {...props} services={services} />);
  return { user: userEvent.setup(), beacons };
}

const continueButton = () => screen.getByRole('button', { name: 'Continue' });

beforeEach(() => {
  window.history.replaceState(null, '', '/en/services/x/request/');
});
afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
});

describe('the form metrics beacons', () => {
  it('say nothing until the first answer, then name the fill’s page once', async () => {
    const props = examples['website problem, English'];
    const { user, beacons } = setup(props);
    expect(beacons).toEqual([]);
    await user.type(screen.getByLabelText('Full name'), 'Ana');
    expect(beacons).toEqual([{ formCode: props.form.code, locale: 'en', fill: expect.stringMatching(/^test-key-/), step: metricSteps(props.form)[0] }]);
  });

  it('name each page reached once, with one fill key, as the CMS names the form’s pages', async () => {
    const props = examples['telecom work, English'];
    const { user, beacons } = setup(props);
    await user.type(screen.getByLabelText('Company doing the work'), 'Fiber Co');
    await user.click(screen.getByRole('radio', { name: 'Our company’s own cables, conduit or wireless equipment' }));
    await user.click(continueButton());
    // Back and on again: the pages were already counted.
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await user.click(continueButton());
    const steps = metricSteps(props.form);
    expect(beacons.map((beacon) => beacon.step)).toEqual(steps.slice(0, 2));
    expect(new Set(beacons.map((beacon) => beacon.fill)).size).toBe(1);
  });

  it('are sent without credentials, as text, allowed to outlive the page, and never throw', () => {
    const fetchMock = vi.fn(async () => new Response(null, { status: 204 }));
    vi.stubGlobal('fetch', fetchMock);
    const beacon = { formCode: 'website-problem', locale: 'en', fill: 'test-key-000000000001', step: 'check' } as const;
    beaconTo('https://cms.example/api/form-metrics')(beacon);
    expect(fetchMock).toHaveBeenCalledWith('https://cms.example/api/form-metrics', {
      method: 'POST',
      body: JSON.stringify(beacon),
      keepalive: true,
      credentials: 'omit',
      headers: { 'content-type': 'text/plain;charset=UTF-8' },
    });
    vi.stubGlobal('fetch', () => {
      throw new TypeError('no fetch');
    });
    expect(() => beaconTo('https://cms.example/api/form-metrics')(beacon)).not.toThrow();
    vi.unstubAllGlobals();
  });
});
