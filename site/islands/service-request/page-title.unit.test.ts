import { describe, expect, it } from 'vitest';
import { examples } from './ServiceRequestForm.examples';
import { baseTitleOf, placeTitle } from './page-title';

const telecom = examples['telecom work, English'];
const title = (place: Parameters<typeof placeTitle>[3], answers: Record<string, string> = {}) => placeTitle(telecom.form, 'en', telecom.messages, place, { answers, contact: {} });

describe('the title of a page of a form shown page by page', () => {
  it('names the page of questions, the contact details and the check of answers, as the island does', () => {
    expect(title({ view: 'form', screen: '' })).toBe('About your company');
    expect(title({ view: 'form', screen: 'contact' })).toBe(telecom.messages.contactHeading);
    expect(title({ view: 'check', screen: 'contact' })).toBe(telecom.messages.checkHeading);
  });

  it('names the exit page the answers lead to', () => {
    const exit = telecom.form.exitPages[0];
    if (!exit) throw new Error('the telecom example has an exit page');
    const { question, values } = exit.showWhen;
    expect(title({ view: 'exit', screen: '' }, { [question]: String(values[0]) })).toBe(exit.title);
  });

  it('leaves the site’s title to the island once the server’s own part and error prefix are taken off', () => {
    expect(baseTitleOf('Error: About your company | Telecom | City', 'Error:', 'About your company')).toBe('Telecom | City');
    expect(baseTitleOf('Telecom | City', 'Error:', undefined)).toBe('Telecom | City');
    expect(baseTitleOf('Telecom | City', 'Error:', 'About your company')).toBe('Telecom | City');
  });
});
