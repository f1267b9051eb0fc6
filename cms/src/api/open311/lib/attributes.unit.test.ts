import { describe, expect, it } from 'vitest';
import { serviceFormSchema, validateAnswers, type ServiceForm } from '@city/shared/forms';
import { locationField, needsLocation, offeredThroughOpen311, serviceAttributes, serviceDefinition } from './attributes';
import { open311AttributeSchema } from './spec';
import { answersFromOpen311, collectAttributes, open311ParameterOf, readOpen311Submission } from './submission';

/** One form with every field type, as the CMS serves it. */
export function everyFieldForm(overrides: Partial<Record<'fileRequired' | 'addressRequired', boolean>> = {}): ServiceForm {
  return serviceFormSchema.parse({
    code: 'every-field',
    title: 'Every field',
    fields: [
      { __component: 'form-field.short-text', key: 'page_url', label: 'Web address', hint: 'Copy it from the address bar', required: true, maxLength: 200, pattern: '^https?://\\S+$', patternDescription: 'Start with http:// or https://' },
      { __component: 'form-field.long-text', key: 'description', label: 'Describe the problem', required: true, minLength: 5, maxLength: 2000 },
      { __component: 'form-field.email', key: 'account_email', label: 'Account email', required: false },
      { __component: 'form-field.phone', key: 'site_phone', label: 'Site phone', required: false },
      { __component: 'form-field.number', key: 'days', label: 'Duration in days', required: true, min: 1, max: 180, integer: true },
      { __component: 'form-field.date', key: 'start', label: 'Start date', required: true, minDate: '2026-01-01', maxDate: null },
      { __component: 'form-field.single-choice', key: 'format', label: 'File format', required: true, options: [{ value: 'pdf', label: 'PDF' }, { value: 'paper', label: 'Paper' }] },
      { __component: 'form-field.multiple-choice', key: 'layers', label: 'Layers', required: false, maxSelected: 2, options: ['a', 'b', 'c'].map((value) => ({ value, label: value.toUpperCase() })) },
      { __component: 'form-field.checkbox', key: 'consent', label: 'I agree to the terms', required: true },
      { __component: 'form-field.address', key: 'location', label: 'Work location', required: overrides.addressRequired ?? true },
      { __component: 'form-field.address', key: 'billing_address', label: 'Billing address', required: false },
      { __component: 'form-field.file-upload', key: 'plans', label: 'Site plans', required: overrides.fileRequired ?? false },
    ],
  });
}

describe('service definitions', () => {
  const form = everyFieldForm();
  const attributes = serviceAttributes(form, 'en');
  const byCode = Object.fromEntries(attributes.map((attribute) => [attribute.code, attribute]));

  it('give each field type its Open311 datatype', () => {
    expect(Object.fromEntries(attributes.map((attribute) => [attribute.code, attribute.datatype]))).toEqual({
      page_url: 'string',
      description: 'text',
      account_email: 'string',
      site_phone: 'string',
      days: 'number',
      start: 'datetime',
      format: 'singlevaluelist',
      layers: 'multivaluelist',
      consent: 'singlevaluelist',
      billing_address: 'string',
    });
  });

  it('leave out the location field and the file fields, and number the rest from 1 in form order', () => {
    expect(byCode.location).toBeUndefined();
    expect(byCode.plans).toBeUndefined();
    expect(attributes.map((attribute) => attribute.order)).toEqual(attributes.map((_attribute, index) => index + 1));
    expect(locationField(form)?.key).toBe('location');
  });

  it('carry required, values for list types only, and descriptions with the hint', () => {
    for (const attribute of attributes) expect(open311AttributeSchema.parse(attribute)).toEqual(attribute);
    expect(byCode.page_url.required).toBe(true);
    expect(byCode.account_email.required).toBe(false);
    expect(byCode.page_url.description).toBe('Web address. Copy it from the address bar');
    expect(byCode.format.values).toEqual([{ key: 'pdf', name: 'PDF' }, { key: 'paper', name: 'Paper' }]);
    expect(byCode.layers.values?.map((value) => value.key)).toEqual(['a', 'b', 'c']);
    expect(byCode.consent.values).toEqual([{ key: 'true', name: 'Yes' }, { key: 'false', name: 'No' }]);
    expect(byCode.days.values).toBeUndefined();
    expect(byCode.page_url.values).toBeUndefined();
  });

  it('describe how to write each value, with its limits, in the requested language', () => {
    expect(byCode.days.datatype_description).toBe('A whole number, like 12 (at least 1, at most 180)');
    expect(byCode.page_url.datatype_description).toBe('Text of at most 200 characters. Start with http:// or https://');
    expect(byCode.description.datatype_description).toBe('Text of 5 to 2,000 characters');
    expect(byCode.start.datatype_description).toMatch(/^A date, like 2025-03-01\..*\(on or after January 1, 2026\)$/);
    expect(byCode.layers.datatype_description).toBe('The keys of one or more of the values, each sent as attribute[layers][]=key (choose at most 2)');
    expect(byCode.consent.datatype_description).toMatch(/^true: it must be ticked/);
    const spanish = Object.fromEntries(serviceAttributes(form, 'es').map((attribute) => [attribute.code, attribute]));
    expect(spanish.days.datatype_description).toBe('Un número entero, como 12 (como mínimo 1, como máximo 180)');
    expect(spanish.start.datatype_description).toContain('1 de enero de 2026');
    expect(spanish.consent.values).toEqual([{ key: 'true', name: 'Sí' }, { key: 'false', name: 'No' }]);
  });

  it('name the service by the form code', () => {
    expect(serviceDefinition(form, 'en')).toEqual({ service_code: 'every-field', attributes });
  });

  it('need a location only when the location field is required, and refuse forms that require a file', () => {
    expect(needsLocation(form)).toBe(true);
    expect(needsLocation(everyFieldForm({ addressRequired: false }))).toBe(false);
    expect(offeredThroughOpen311(form)).toBe(true);
    expect(offeredThroughOpen311(everyFieldForm({ fileRequired: true }))).toBe(false);
  });
});

describe('service definitions of a form with conditions', () => {
  const form = serviceFormSchema.parse({
    code: 'row',
    title: 'Right of way',
    fields: [
      { __component: 'form-field.single-choice', key: 'owner', label: 'Whose equipment?', required: true, options: [{ value: 'own', label: 'Ours' }, { value: 'dominion', label: 'Dominion Energy' }] },
      { __component: 'form-field.single-choice', key: 'work', label: 'Type of work', required: true, options: [{ value: 'fiber', label: 'Fiber' }, { value: 'pole', label: 'Pole' }, { value: 'cell', label: 'Small cell' }] },
      { __component: 'form-field.short-text', key: 'pole_id', label: 'Pole number', required: true, showWhen: { question: 'work', operator: 'one_of', values: 'pole\ncell' } },
      { __component: 'form-field.address', key: 'location', label: 'Location', required: true, showWhen: { question: 'work', operator: 'answered', values: null } },
      { __component: 'form-field.long-text', key: 'notes', label: 'Notes', required: false },
    ],
    steps: [{ title: 'Notes', startsAt: 'notes', showWhen: { question: 'work', operator: 'equals', values: 'fiber' } }],
    exitPages: [{ title: 'Not a City service', body: 'Call Dominion Energy.', showWhen: { question: 'owner', operator: 'equals', values: 'dominion' } }],
  });
  const byCode = Object.fromEntries(serviceAttributes(form, 'en').map((attribute) => [attribute.code, attribute]));

  it('mark a question asked only sometimes as not required, and say when it is asked and required', () => {
    expect(byCode.pole_id).toMatchObject({ required: false, description: 'Pole number. Asked only when the answer to “Type of work” is one of pole or cell, and then required.' });
    expect(byCode.notes).toMatchObject({ required: false, description: 'Notes. Asked only when the answer to “Type of work” is fiber, otherwise the answer is not kept.' });
    expect(byCode.work?.required).toBe(true);
    expect(serviceAttributes(form, 'es').find((attribute) => attribute.code === 'pole_id')?.description).toBe(
      'Pole number. Se pregunta solo si la respuesta a “Type of work” es una de pole o cell, y entonces es obligatoria.',
    );
  });

  it('say which answer ends the request, and need no location asked only sometimes', () => {
    expect(byCode.owner?.description).toBe('Whose equipment? The answer dominion ends the request here: Not a City service');
    expect(needsLocation(form)).toBe(false);
  });

  it('say which answers end the request as their condition compares them, never an empty answer', () => {
    const exits = serviceFormSchema.parse({
      code: 'exits',
      title: 'Exits',
      fields: [
        { __component: 'form-field.multiple-choice', key: 'kinds', label: 'Kinds', options: [{ value: 'gas', label: 'Gas' }, { value: 'power', label: 'Power' }] },
        { __component: 'form-field.short-text', key: 'company', label: 'Company' },
        { __component: 'form-field.checkbox', key: 'private', label: 'On private land' },
        { __component: 'form-field.single-choice', key: 'owner', label: 'Owner', options: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }] },
      ],
      exitPages: [
        { title: 'Both', body: 'x', showWhen: { question: 'kinds', operator: 'includes', values: 'gas\npower' } },
        { title: 'Anyone', body: 'x', showWhen: { question: 'company', operator: 'answered', values: null } },
        { title: 'Private', body: 'x', showWhen: { question: 'private', operator: 'answered', values: null } },
        { title: 'Either', body: 'x', showWhen: { question: 'owner', operator: 'one_of', values: 'a\nb' } },
      ],
    });
    const described = Object.fromEntries(serviceAttributes(exits, 'en').map((attribute) => [attribute.code, attribute.description]));
    expect(described).toEqual({
      kinds: 'Kinds. An answer that includes gas and power ends the request here: Both',
      company: 'Company. Any answer ends the request here: Anyone',
      private: 'On private land. The answer true ends the request here: Private',
      owner: 'Owner. The answer a or b ends the request here: Either',
    });
    expect(serviceAttributes(exits, 'es').find((attribute) => attribute.code === 'company')?.description).toBe('Company. Cualquier respuesta termina aquí la solicitud: Anyone');
  });

  it('say a question asked when a checkbox is answered is asked when it is sent as true', () => {
    const ticked = serviceFormSchema.parse({
      code: 'ticked',
      title: 'Ticked',
      fields: [
        { __component: 'form-field.checkbox', key: 'closure', label: 'A lane is closed' },
        { __component: 'form-field.short-text', key: 'lanes', label: 'Which lanes?', required: true, showWhen: { question: 'closure', operator: 'answered', values: null } },
      ],
    });
    expect(serviceAttributes(ticked, 'en').find((attribute) => attribute.code === 'lanes')).toMatchObject({
      required: false,
      description: 'Which lanes? Asked only when the answer to “A lane is closed” is true, and then required.',
    });
  });
});

describe('Open311 parameters to answers', () => {
  const form = everyFieldForm();
  const body = {
    service_code: 'every-field',
    address_string: '301 King Street',
    description: 'The page shows an error',
    first_name: 'Ada',
    last_name: 'Lovelace',
    email: 'ada@example.com',
    attribute: {
      page_url: 'https://example.gov/x',
      description: 'The payment page fails',
      days: '30',
      start: '2026-03-01T23:30:00-05:00',
      format: 'pdf',
      layers: ['a', 'c'],
      consent: 'true',
    },
  };

  it('map attributes by code, the location into the address field, and validate with the shared form code', () => {
    const read = readOpen311Submission(body, 'en');
    if (!read.success) throw new Error(JSON.stringify(read.errors));
    expect(read.data.contact).toEqual({ name: 'Ada Lovelace', email: 'ada@example.com', phone: undefined });
    const mapped = answersFromOpen311(form, read.data);
    if (!mapped.success) throw new Error(JSON.stringify(mapped.errors));
    // The date is the one written in the client's own time zone, not the UTC date (March 2).
    expect(mapped.answers).toMatchObject({ start: '2026-03-01', location: '301 King Street', layers: ['a', 'c'], description: 'The payment page fails' });
    const validated = validateAnswers(form, 'en', mapped.answers);
    expect(validated).toEqual({
      success: true,
      data: expect.objectContaining({ days: 30, consent: true, start: '2026-03-01', location: '301 King Street', format: 'pdf' }),
    });
  });

  it('use the top-level description for a description field left unanswered, and coordinates as the location text', () => {
    const { attribute, ...rest } = body;
    const { description: _unused, ...others } = attribute;
    const read = readOpen311Submission({ ...rest, address_string: undefined, lat: '38.8048', long: '-77.0469', attribute: others }, 'en');
    if (!read.success) throw new Error(JSON.stringify(read.errors));
    expect(read.data.details).toMatchObject({ lat: 38.8048, long: -77.0469, description: 'The page shows an error' });
    const mapped = answersFromOpen311(form, read.data);
    expect(mapped).toMatchObject({ success: true, answers: { description: 'The page shows an error', location: '38.804800, -77.046900' } });
  });

  it('turn a single value of a multivaluelist into a list, and read flat bracketed keys', () => {
    const flat = collectAttributes({ 'attribute[layers][]': ['a', 'b'], 'attribute[format]': 'pdf', 'other': 'x' });
    expect(flat).toEqual({ layers: ['a', 'b'], format: 'pdf' });
    const mapped = answersFromOpen311(form, { attributes: { layers: 'b' }, details: { address_string: 'x' }, locale: 'en' });
    expect(mapped).toMatchObject({ success: true, answers: { layers: ['b'] } });
  });

  it('refuse unknown attributes (files and the location are not attributes) and a missing required location', () => {
    const mapped = answersFromOpen311(form, { attributes: { nope: 'x', plans: 'y', location: 'z' }, details: {}, locale: 'es' });
    expect(mapped.success).toBe(false);
    if (mapped.success) return;
    expect(mapped.errors.map((error) => error.field)).toEqual(['attribute[nope]', 'attribute[plans]', 'attribute[location]', 'address_string']);
    expect(mapped.errors[0]?.message).toBe('attribute[nope] no es un atributo de este servicio');
    expect(mapped.errors[3]?.message).toMatch(/necesita una ubicación/);
    expect(answersFromOpen311(everyFieldForm({ addressRequired: false }), { attributes: {}, details: {}, locale: 'en' })).toEqual({ success: true, answers: {} });
  });

  it('check description length, HTML, media_url, coordinates and address_id', () => {
    const bad = readOpen311Submission(
      { service_code: 'x', description: 'x'.repeat(4001), media_url: 'javascript:alert(1)', lat: '95', long: '10', address_id: 'a b' },
      'en',
    );
    expect(bad.success).toBe(false);
    if (bad.success) return;
    expect(Object.fromEntries(bad.errors.map((error) => [error.field, error.message]))).toEqual({
      description: 'description must be 4,000 characters or fewer',
      media_url: 'media_url must be an http or https address of 2,000 characters or fewer',
      lat: 'Send both lat and long, in decimal degrees (lat from -90 to 90, long from -180 to 180)',
      address_id: 'address_id must be 1 to 100 letters, digits, dots, dashes or underscores',
    });
    const html = readOpen311Submission({ service_code: 'x', description: 'Hi <script>alert(1)</script>' }, 'en');
    expect(html).toMatchObject({ success: false, errors: [{ field: 'description', message: 'description must be plain text, without HTML' }] });
    const fine = readOpen311Submission({ service_code: 'x', description: 'x'.repeat(4000), media_url: 'https://photos.example.org/1.jpg' }, 'en');
    expect(fine.success).toBe(true);
    const plainLessThan = readOpen311Submission({ service_code: 'x', description: 'It fails when x < 3 & y > 2' }, 'en');
    expect(plainLessThan.success).toBe(true);
    expect(readOpen311Submission({}, 'en')).toMatchObject({ success: false, errors: [{ field: 'service_code' }] });
    expect(readOpen311Submission({ service_code: ['a', 'b'] }, 'en')).toMatchObject({ success: false, errors: [{ field: 'service_code' }] });
  });

  it('name intake errors by the Open311 parameter', () => {
    expect(open311ParameterOf(form, 'contact.name')).toBe('first_name');
    expect(open311ParameterOf(form, 'contact.email')).toBe('email');
    expect(open311ParameterOf(form, 'location')).toBe('address_string');
    expect(open311ParameterOf(form, 'days')).toBe('attribute[days]');
    expect(open311ParameterOf(form, 'formCode')).toBe('service_code');
  });

  it('name an error in the description question by the parameter that answered it', () => {
    const read = readOpen311Submission({ service_code: 'every-field', address_string: '301 King Street', description: 'Bad' }, 'en');
    if (!read.success) throw new Error('not read');
    const mapped = answersFromOpen311(form, read.data);
    if (!mapped.success) throw new Error('not mapped');
    const checked = validateAnswers(form, 'en', mapped.answers);
    const error = !checked.success ? checked.errors.find((candidate) => candidate.field === 'description') : undefined;
    expect(error?.message).toMatch(/must be 5 characters or more/);
    expect(open311ParameterOf(form, 'description', read.data.details, read.data.attributes)).toBe('description');
    expect(open311ParameterOf(form, 'description', read.data.details, { description: 'Bad' })).toBe('attribute[description]');
  });
});

describe('a form with a location question', () => {
  const form = serviceFormSchema.parse({
    code: 'pothole',
    title: 'Report a pothole',
    fields: [
      { __component: 'form-field.address', key: 'landmark', label: 'Nearest landmark', required: false },
      { __component: 'form-field.location', key: 'where', label: 'Where is the pothole?', required: true },
    ],
  });

  it('answers the location question, not the address, with the request’s location', () => {
    expect(locationField(form)?.key).toBe('where');
    expect(serviceAttributes(form, 'en').map((attribute) => [attribute.code, attribute.datatype])).toEqual([['landmark', 'string']]);
  });

  it('maps lat and long (named by address_string) to a point, and address_string alone to an address to find', () => {
    expect(answersFromOpen311(form, { attributes: {}, details: { lat: 38.8048, long: -77.0432, address_string: 'City Hall' }, locale: 'en' })).toEqual({
      success: true,
      answers: { where: { address: 'City Hall', lat: 38.8048, long: -77.0432 }, landmark: 'City Hall' },
    });
    expect(answersFromOpen311(form, { attributes: {}, details: { lat: 38.8048, long: -77.0432 }, locale: 'en' })).toEqual({
      success: true,
      answers: { where: { address: '38.804800, -77.043200', lat: 38.8048, long: -77.0432 } },
    });
    expect(answersFromOpen311(form, { attributes: {}, details: { address_string: '301 King Street' }, locale: 'en' })).toEqual({
      success: true,
      answers: { where: '301 King Street', landmark: '301 King Street' },
    });
    expect(answersFromOpen311(form, { attributes: {}, details: {}, locale: 'en' })).toMatchObject({ success: false, errors: [{ field: 'address_string' }] });
  });

  it('refuses a point outside the city, naming lat when the client sent coordinates', () => {
    const mapped = answersFromOpen311(form, { attributes: {}, details: { lat: 38.8719, long: -77.0563 }, locale: 'en' });
    if (!mapped.success) throw new Error('mapping failed');
    const result = validateAnswers(form, 'en', mapped.answers);
    expect(result).toEqual({ success: false, errors: [{ field: 'where', message: 'The location for “Where is the pothole?” is outside the city: choose a place in the city' }] });
    expect(open311ParameterOf(form, 'where', { lat: 38.8719, long: -77.0563 })).toBe('lat');
    expect(open311ParameterOf(form, 'where', { address_string: '1 Nowhere Lane' })).toBe('address_string');
  });
});
