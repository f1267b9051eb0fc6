import { describe, expect, it } from 'vitest';
import { serviceFormSchema, type ServiceForm } from './definition.js';
import { answersSchema, validateAnswers } from './answers.js';

/** One form with every field type, as the CMS serves it (nulls for empty constraints). */
function fixtureForm(labels: Record<string, string>): ServiceForm {
  return serviceFormSchema.parse({
    code: 'every-field',
    title: 'Every field',
    introduction: null,
    fields: [
      { __component: 'form-field.short-text', id: 1, key: 'company', label: labels.company, hint: null, required: true, minLength: 2, maxLength: 10, pattern: null, patternDescription: null },
      { __component: 'form-field.short-text', id: 2, key: 'page_url', label: labels.page_url, required: false, minLength: null, maxLength: null, pattern: '^https?://\\S+$', patternDescription: labels.pattern },
      { __component: 'form-field.long-text', id: 1, key: 'description', label: labels.description, required: true, minLength: 5, maxLength: 20 },
      { __component: 'form-field.email', id: 1, key: 'account_email', label: labels.account_email, required: true },
      { __component: 'form-field.phone', id: 1, key: 'site_phone', label: labels.site_phone, required: true },
      { __component: 'form-field.number', id: 1, key: 'days', label: labels.days, required: true, min: '1', max: 180, integer: true },
      { __component: 'form-field.number', id: 2, key: 'budget', label: labels.budget, required: false, min: 0.5, max: null, integer: false },
      { __component: 'form-field.date', id: 1, key: 'start', label: labels.start, required: true, minDate: '2026-01-01', maxDate: '2027-12-31' },
      { __component: 'form-field.single-choice', id: 1, key: 'format', label: labels.format, required: true, options: [{ id: 1, value: 'pdf', label: 'PDF' }, { id: 2, value: 'paper', label: 'Paper' }] },
      { __component: 'form-field.multiple-choice', id: 1, key: 'layers', label: labels.layers, required: true, minSelected: 2, maxSelected: 3, options: ['a', 'b', 'c', 'd'].map((value) => ({ value, label: value.toUpperCase() })) },
      { __component: 'form-field.checkbox', id: 1, key: 'consent', label: labels.consent, required: true },
      { __component: 'form-field.checkbox', id: 2, key: 'newsletter', label: labels.newsletter, required: false },
      { __component: 'form-field.address', id: 1, key: 'location', label: labels.location, required: true },
      { __component: 'form-field.file-upload', id: 1, key: 'plans', label: labels.plans, required: true, accept: 'application/pdf,image/png', maxSizeMb: 2, maxFiles: 2 },
    ],
    responseTime: null,
    confirmationText: null,
    divisionKey: null,
  });
}

const en = fixtureForm({
  company: 'Company name', page_url: 'Web address', pattern: 'Enter a full web address that starts with http:// or https://', description: 'Describe the problem',
  account_email: 'Account email', site_phone: 'Site phone', days: 'Duration in days', budget: 'Budget', start: 'Start date', format: 'File format',
  layers: 'Layers', consent: 'I agree to the terms', newsletter: 'Send me news', location: 'Work location', plans: 'Site plans',
});
const es = fixtureForm({
  company: 'Nombre de la empresa', page_url: 'Dirección web', pattern: 'Escriba la dirección web completa, que empieza con http:// o https://', description: 'Describa el problema',
  account_email: 'Correo de la cuenta', site_phone: 'Teléfono de la obra', days: 'Duración en días', budget: 'Presupuesto', start: 'Fecha de inicio', format: 'Formato de archivo',
  layers: 'Capas', consent: 'Acepto las condiciones', newsletter: 'Envíenme noticias', location: 'Lugar de la obra', plans: 'Planos de la obra',
});

const pdf = { name: 'plan.pdf', type: 'application/pdf', size: 1000 };
const validAnswers = {
  company: 'Acme',
  page_url: 'https://example.gov/x',
  description: 'It broke\r\ntoday',
  account_email: 'me@example.com',
  site_phone: '+1 (703) 555-0123',
  days: '30',
  budget: 12.75,
  start: '2026-06-01',
  format: 'pdf',
  layers: ['a', 'c'],
  consent: 'on',
  location: '301 King Street\nAlexandria',
  plans: [pdf],
};

describe('answersSchema: a complete valid submission', () => {
  it('is accepted and normalized to the stored shape', () => {
    const result = validateAnswers(en, 'en', { ...validAnswers, unknown_key: 'dropped' });
    expect(result).toEqual({
      success: true,
      data: {
        ...validAnswers,
        description: 'It broke\ntoday',
        days: 30,
        consent: true,
        newsletter: false,
      },
    });
  });

  it('leaves unanswered optional fields out', () => {
    const result = answersSchema(en, 'en').parse({ ...validAnswers, page_url: '   ', budget: '' });
    expect(result).not.toHaveProperty('page_url');
    expect(result).not.toHaveProperty('budget');
  });
});

type Case = { field: string; value: unknown; en: string; es: string };

/** Invalid values per field type, each with the exact message in both languages. */
const invalid: Case[] = [
  // short text
  { field: 'company', value: '', en: 'Enter an answer for “Company name”', es: 'Escriba una respuesta para “Nombre de la empresa”' },
  { field: 'company', value: 'A', en: '“Company name” must be 2 characters or more', es: '“Nombre de la empresa” debe tener 2 caracteres o más' },
  { field: 'company', value: 'A very long company', en: '“Company name” must be 10 characters or fewer', es: '“Nombre de la empresa” debe tener 10 caracteres o menos' },
  { field: 'company', value: 42, en: '“Company name” must be text', es: '“Nombre de la empresa” debe ser un texto' },
  { field: 'page_url', value: 'example.gov', en: 'Enter a full web address that starts with http:// or https://', es: 'Escriba la dirección web completa, que empieza con http:// o https://' },
  // long text
  { field: 'description', value: 'abc', en: '“Describe the problem” must be 5 characters or more', es: '“Describa el problema” debe tener 5 caracteres o más' },
  { field: 'description', value: 'x'.repeat(21), en: '“Describe the problem” must be 20 characters or fewer', es: '“Describa el problema” debe tener 20 caracteres o menos' },
  // email
  { field: 'account_email', value: undefined, en: 'Enter an email address for “Account email”', es: 'Escriba un correo electrónico para “Correo de la cuenta”' },
  { field: 'account_email', value: 'me@', en: 'Enter an email address in the correct format, like name@example.com, for “Account email”', es: 'Escriba un correo electrónico con el formato correcto, como nombre@ejemplo.com, para “Correo de la cuenta”' },
  // phone
  { field: 'site_phone', value: '', en: 'Enter a phone number for “Site phone”', es: 'Escriba un número de teléfono para “Teléfono de la obra”' },
  { field: 'site_phone', value: '555-01', en: 'Enter a phone number, like 703 555 0123 or +1 703 555 0123, for “Site phone”', es: 'Escriba un número de teléfono, como 703 555 0123 o +1 703 555 0123, para “Teléfono de la obra”' },
  { field: 'site_phone', value: 'call me', en: 'Enter a phone number, like 703 555 0123 or +1 703 555 0123, for “Site phone”', es: 'Escriba un número de teléfono, como 703 555 0123 o +1 703 555 0123, para “Teléfono de la obra”' },
  // number
  { field: 'days', value: '', en: 'Enter a number for “Duration in days”', es: 'Escriba un número para “Duración en días”' },
  { field: 'days', value: 'ten', en: '“Duration in days” must be a number, like 12 or 12.5', es: '“Duración en días” debe ser un número, como 12 o 12.5' },
  { field: 'days', value: '2.5', en: '“Duration in days” must be a whole number', es: '“Duración en días” debe ser un número entero' },
  { field: 'days', value: 0, en: '“Duration in days” must be 1 or more', es: '“Duración en días” debe ser 1 o más' },
  { field: 'days', value: '181', en: '“Duration in days” must be 180 or less', es: '“Duración en días” debe ser 180 o menos' },
  { field: 'budget', value: '0.25', en: '“Budget” must be 0.5 or more', es: '“Presupuesto” debe ser 0,5 o más' },
  // date
  { field: 'start', value: '', en: 'Enter a date for “Start date”', es: 'Escriba una fecha para “Fecha de inicio”' },
  { field: 'start', value: '2026-02-30', en: '“Start date” must be a real date', es: '“Fecha de inicio” debe ser una fecha real' },
  { field: 'start', value: '01/06/2026', en: '“Start date” must be a real date', es: '“Fecha de inicio” debe ser una fecha real' },
  { field: 'start', value: '2025-12-31', en: '“Start date” must be on or after January 1, 2026', es: '“Fecha de inicio” debe ser el 1 de enero de 2026 o después' },
  { field: 'start', value: '2028-01-01', en: '“Start date” must be on or before December 31, 2027', es: '“Fecha de inicio” debe ser el 31 de diciembre de 2027 o antes' },
  // single choice
  { field: 'format', value: undefined, en: 'Select an option for “File format”', es: 'Elija una opción para “Formato de archivo”' },
  { field: 'format', value: 'fax', en: 'Select one of the options given for “File format”', es: 'Elija una de las opciones dadas para “Formato de archivo”' },
  // multiple choice
  { field: 'layers', value: [], en: 'Select at least one option for “Layers”', es: 'Elija al menos una opción para “Capas”' },
  { field: 'layers', value: 'a', en: 'Select at least 2 options for “Layers”', es: 'Elija al menos 2 opciones para “Capas”' },
  { field: 'layers', value: ['a', 'b', 'c', 'd'], en: 'Select no more than 3 options for “Layers”', es: 'Elija como máximo 3 opciones para “Capas”' },
  { field: 'layers', value: ['a', 'z'], en: 'Select only options given for “Layers”', es: 'Elija solo opciones dadas para “Capas”' },
  // checkbox
  { field: 'consent', value: undefined, en: 'Tick “I agree to the terms” to continue', es: 'Marque “Acepto las condiciones” para continuar' },
  { field: 'consent', value: 'false', en: 'Tick “I agree to the terms” to continue', es: 'Marque “Acepto las condiciones” para continuar' },
  { field: 'newsletter', value: 'maybe', en: 'Tick “Send me news” or leave it empty', es: 'Marque “Envíenme noticias” o déjelo sin marcar' },
  // address
  { field: 'location', value: ' ', en: 'Enter an address for “Work location”', es: 'Escriba una dirección para “Lugar de la obra”' },
  { field: 'location', value: 'x'.repeat(501), en: 'The address for “Work location” must be 500 characters or fewer', es: 'La dirección para “Lugar de la obra” debe tener 500 caracteres o menos' },
  // file upload
  { field: 'plans', value: [], en: 'Attach a file for “Site plans”', es: 'Adjunte un archivo para “Planos de la obra”' },
  { field: 'plans', value: [{ ...pdf, type: 'image/jpeg' }], en: 'Each file for “Site plans” must be a PDF or PNG', es: 'Cada archivo para “Planos de la obra” debe ser PDF o PNG' },
  { field: 'plans', value: [{ ...pdf, size: 2 * 1024 * 1024 + 1 }], en: 'Each file for “Site plans” must be smaller than 2 MB', es: 'Cada archivo para “Planos de la obra” debe pesar menos de 2 MB' },
  { field: 'plans', value: [pdf, pdf, pdf], en: 'Attach no more than 2 files for “Site plans”', es: 'Adjunte como máximo 2 archivos para “Planos de la obra”' },
  { field: 'plans', value: [{ name: 'plan.pdf' }], en: 'Attach the file for “Site plans” again', es: 'Vuelva a adjuntar el archivo para “Planos de la obra”' },
];

describe.each([
  ['en', en],
  ['es', es],
] as const)('answersSchema in %s: invalid values', (locale, form) => {
  it.each(invalid)('$field = $value', (testCase) => {
    const result = validateAnswers(form, locale, { ...validAnswers, [testCase.field]: testCase.value });
    expect(result).toEqual({ success: false, errors: [{ field: testCase.field, message: testCase[locale] }] });
  });
});

/** Valid values per field type beyond the complete submission, with what is stored. */
const valid: { field: string; value: unknown; stored: unknown }[] = [
  { field: 'company', value: '  Acme Co  ', stored: 'Acme Co' },
  { field: 'page_url', value: 'http://a.b/c?d=1', stored: 'http://a.b/c?d=1' },
  { field: 'description', value: 'Exactly twenty chars', stored: 'Exactly twenty chars' },
  { field: 'account_email', value: ' first.last+tag@sub.example.org ', stored: 'first.last+tag@sub.example.org' },
  { field: 'site_phone', value: '703.555.0123 ext 12', stored: '703.555.0123 ext 12' },
  { field: 'days', value: 180, stored: 180 },
  { field: 'days', value: ' 1 ', stored: 1 },
  { field: 'budget', value: '1000.5', stored: 1000.5 },
  { field: 'start', value: '2027-12-31', stored: '2027-12-31' },
  { field: 'start', value: '2026-01-01', stored: '2026-01-01' },
  { field: 'format', value: 'paper', stored: 'paper' },
  { field: 'layers', value: ['b', 'b', 'd', ''], stored: ['b', 'd'] },
  { field: 'layers', value: ['a', 'b', 'c'], stored: ['a', 'b', 'c'] },
  { field: 'consent', value: true, stored: true },
  { field: 'newsletter', value: 'true', stored: true },
  { field: 'location', value: 'Unit 4\r\n100 Main St', stored: 'Unit 4\n100 Main St' },
  { field: 'plans', value: { name: 'map.png', type: 'image/png', size: 2 * 1024 * 1024 }, stored: [{ name: 'map.png', type: 'image/png', size: 2 * 1024 * 1024 }] },
  { field: 'plans', value: [pdf, pdf], stored: [pdf, pdf] },
];

describe.each([
  ['en', en],
  ['es', es],
] as const)('answersSchema in %s: valid values', (locale, form) => {
  it.each(valid)('$field = $value', ({ field, value, stored }) => {
    const result = validateAnswers(form, locale, { ...validAnswers, [field]: value });
    expect(result.success).toBe(true);
    if (result.success) expect(result.data[field]).toEqual(stored);
  });
});

describe('several errors at once', () => {
  it('come one per field in the form order', () => {
    const result = validateAnswers(en, 'en', { ...validAnswers, plans: [], company: '', start: 'x' });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.errors.map((error) => error.field)).toEqual(['company', 'start', 'plans']);
  });
});
