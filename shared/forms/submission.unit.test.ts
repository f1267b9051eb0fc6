import { describe, expect, it } from 'vitest';
import { serviceFormSchema, type ServiceForm } from './definition.js';
import { validateEnvelope, validateSubmission } from './submission.js';

const form: ServiceForm = serviceFormSchema.parse({
  code: 'wifi-outage',
  title: 'Wi-Fi',
  fields: [{ __component: 'form-field.short-text', key: 'network_name', label: 'Network name', required: true }],
});

describe('validateSubmission: contact details', () => {
  it('accepts a name and an email, phone optional, trimmed', () => {
    const result = validateSubmission(form, 'en', { answers: { network_name: 'CityWifi' }, contact: { name: ' Ana ', email: 'ana@example.com ', phone: '' } });
    expect(result).toEqual({ success: true, data: { answers: { network_name: 'CityWifi' }, contact: { name: 'Ana', email: 'ana@example.com' } } });
  });

  it.each([
    ['en', { name: '', email: '' }, [['contact.name', 'Enter your name'], ['contact.email', 'Enter your email address']]],
    ['es', { name: '', email: '' }, [['contact.name', 'Escriba su nombre'], ['contact.email', 'Escriba su correo electrónico']]],
    ['en', { name: 'x'.repeat(121), email: 'a@b', phone: '12' }, [['contact.name', 'Your name must be 120 characters or fewer'], ['contact.email', 'Enter an email address in the correct format, like name@example.com'], ['contact.phone', 'Enter a phone number, like 703 555 0123 or +1 703 555 0123']]],
    ['es', { name: 'Ana', email: 'ana@example.com', phone: 'abc' }, [['contact.phone', 'Escriba un número de teléfono, como 703 555 0123 o +1 703 555 0123']]],
  ] as const)('in %s refuses %j', (locale, contact, expected) => {
    const result = validateSubmission(form, locale, { answers: { network_name: 'CityWifi' }, contact });
    expect(result).toEqual({ success: false, errors: expected.map(([field, message]) => ({ field, message })) });
  });

  it('lists answer errors before contact errors', () => {
    const result = validateSubmission(form, 'en', { answers: {}, contact: { name: 'Ana' } });
    expect(result.success ? [] : result.errors.map((error) => error.field)).toEqual(['network_name', 'contact.email']);
  });
});

describe('validateEnvelope', () => {
  const envelope = { formCode: 'wifi-outage', locale: 'es', answers: {}, contact: {}, idempotencyKey: '3b241101-e2bb-4255-8caf-4136c566a962' };

  it('accepts a well-formed envelope', () => {
    expect(validateEnvelope(envelope)).toEqual({ success: true, data: envelope });
  });

  it('drops NUL characters from what was typed, at any depth an answer has', () => {
    const typed = { ...envelope, answers: { a: 'x\u0000y', b: ['p\u0000'], c: { address: '301\u0000 King St' }, d: [{ name: 'f\u0000.pdf' }] }, contact: { name: 'A\u0000na' } };
    expect(validateEnvelope(typed)).toEqual({ success: true, data: { ...envelope, answers: { a: 'xy', b: ['p'], c: { address: '301 King St' }, d: [{ name: 'f.pdf' }] }, contact: { name: 'Ana' } } });
  });

  it('takes answers nested deeper than any answer without walking them (deep JSON is the answers check’s to refuse)', () => {
    let deep: unknown = 'x';
    for (let level = 0; level < 100_000; level++) deep = [deep];
    const result = validateEnvelope({ ...envelope, answers: { a: deep }, contact: { name: { deep } } });
    expect(result.success).toBe(true);
  });

  it('names each malformed part', () => {
    const result = validateEnvelope({ formCode: 'no spaces', locale: 'zxx', answers: 'x', idempotencyKey: 'short' });
    expect(result.success ? [] : result.errors.map((error) => error.field)).toEqual(['formCode', 'locale', 'answers', 'contact', 'idempotencyKey']);
  });
});
