// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../../lib/axe-jsdom';
import { LocationControl, type LocationControlProps } from './LocationControl';
import { examples } from './LocationControl.examples';
import { locationToSend, type LocationValue } from './value';

afterEach(cleanup);

/** The control inside a label, as the request form frames it, holding its own value. */
function Harness({ props, changes }: { props: LocationControlProps; changes: LocationValue[] }) {
  const [value, setValue] = useState<LocationValue>(props.value);
  return (
    <form>
      <label htmlFor={props.id}>{props.label}</label>
      <LocationControl
        {...props}
        value={value}
        onChange={(next) => {
          changes.push(next);
          setValue(next);
        }}
      />
    </form>
  );
}

function setup(props: LocationControlProps) {
  const changes: LocationValue[] = [];
  const user = userEvent.setup();
  render(<Harness props={props} changes={changes} />);
  return { user, changes, box: () => (props.services ? screen.getByRole('combobox', { name: props.label }) : screen.getByLabelText(props.label)) };
}

describe('the examples', () => {
  it.each(Object.entries(examples))('%s: has no axe violations, closed and open', async (_name, props) => {
    const { user, box } = setup(props);
    expect(await axeViolations(document.body)).toEqual([]);
    if (props.services) {
      await user.clear(box());
      await user.type(box(), 'King');
      await screen.findAllByRole('option');
      expect(await axeViolations(document.body)).toEqual([]);
    }
  });
});

describe('without JavaScript', () => {
  it('is a plain address input the form posts as text', () => {
    const html = renderToString(<LocationControl {...examples['no JavaScript']} />);
    expect(html).toContain('name="answers[building_location]"');
    expect(html).toContain('autoComplete="street-address"');
    expect(html).not.toContain('role="combobox"');
  });
});

describe('the combobox', () => {
  it('is chosen from by keyboard alone: arrows move, Enter chooses, the status says what was chosen', async () => {
    const { user, box, changes } = setup(examples['combobox, English']);
    await user.click(box());
    await user.keyboard('King');
    const options = await screen.findAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual(['301 King St · City Hall', '3210 King St · Chinquapin Park Recreation Center', '520 King St · Courthouse']);
    expect(box().getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('status').textContent).toBe('3 addresses found. Use the up and down arrow keys to choose one, then press Enter.');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(box().getAttribute('aria-activedescendant')).toBe(options[1]?.id);
    expect(options[1]?.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(box().getAttribute('aria-activedescendant')).toBe(options[2]?.id);
    await user.keyboard('{ArrowUp}{Enter}');
    expect(changes.at(-1)).toEqual(['3210 King St', '38.8186', '-77.0876']);
    expect(locationToSend(changes.at(-1) ?? '')).toEqual({ address: '3210 King St', lat: 38.8186, long: -77.0876 });
    expect(box()).toHaveProperty('value', '3210 King St');
    expect(box().getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByRole('status').textContent).toBe('Chosen: 3210 King St');
  });

  it('closes on Escape without choosing, and says when nothing matches', async () => {
    const { user, box, changes } = setup(examples['combobox, English']);
    await user.click(box());
    await user.keyboard('King');
    await screen.findAllByRole('option');
    await user.keyboard('{Escape}');
    expect(box().getAttribute('aria-expanded')).toBe('false');
    expect(changes.at(-1)).toBe('King');
    await user.clear(box());
    await user.keyboard('Nowhere');
    await vi.waitFor(() => expect(screen.getByRole('status').textContent).toBe('No address found. Try another spelling, or use your location.'));
  });

  it('says so when the search cannot be reached', async () => {
    const props = { ...examples['combobox, English'], services: { search: () => Promise.reject(new Error('offline')) } };
    const { user, box } = setup(props);
    await user.type(box(), '301');
    await vi.waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^The address search is not working right now/));
  });

  it('chooses with the mouse too', async () => {
    const { user, box, changes } = setup(examples['combobox, English']);
    await user.type(box(), '520');
    await user.click(await screen.findByRole('option', { name: '520 King St · Courthouse' }));
    expect(changes.at(-1)).toEqual(['520 King St', '38.8049', '-77.0464']);
  });

  it('speaks Spanish', async () => {
    const { user, box } = setup(examples['combobox, Spanish']);
    await user.type(box(), '301');
    await screen.findAllByRole('option');
    expect(screen.getByRole('status').textContent).toBe('Se encontró 1 dirección. Use las flechas arriba y abajo para elegirla y pulse Intro.');
    expect(screen.getByRole('button', { name: 'Usar mi ubicación' })).toBeTruthy();
  });
});

describe('Use my location', () => {
  it('answers with the position, named by its coordinates', async () => {
    const { user, changes } = setup(examples['combobox, English']);
    await user.click(screen.getByRole('button', { name: 'Use my location' }));
    expect(changes.at(-1)).toEqual(['38.804800, -77.043200', '38.8048', '-77.0432']);
    expect(screen.getByRole('status').textContent).toBe('Your location (38.8048, -77.0432)');
  });

  it('says why when the browser refuses, and keeps the answer unchanged', async () => {
    const { user, changes } = setup(examples['location refused']);
    await act(() => user.click(screen.getByRole('button', { name: 'Use my location' })));
    expect(changes).toEqual([]);
    expect(screen.getByRole('status').textContent).toMatch(/^Your browser did not share your location/);
  });

  it('keeps the keyboard on the button while locating (aria-disabled: a disabled button would drop the focus)', async () => {
    const props = { ...examples['combobox, English'], services: { search: () => Promise.resolve([]), locate: () => new Promise<never>(() => undefined) } };
    const { user } = setup(props);
    const button = screen.getByRole('button', { name: 'Use my location' });
    button.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('status').textContent).toBe('Finding your location…');
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(button).toHaveProperty('disabled', false);
    expect(document.activeElement).toBe(button);
  });

  it('refuses a position outside the city', async () => {
    const { user, changes } = setup(examples['outside the city']);
    await user.click(screen.getByRole('button', { name: 'Use my location' }));
    expect(changes).toEqual([]);
    expect(screen.getByRole('status').textContent).toBe('Your location is outside the city. Type the address of the place in the city instead.');
  });
});
