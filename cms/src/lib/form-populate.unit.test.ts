import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIELD_COMPONENTS, FORM_COMPONENTS_POPULATE, FORM_FIELDS_POPULATE } from './form-populate';

describe('the populate tree of a form’s questions', () => {
  it('covers every question kind of the dynamic zone, and only those', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(__dirname, '../api/service-form/content-types/service-form/schema.json'), 'utf8')) as { attributes: { fields: { components: string[] } } };
    expect(FIELD_COMPONENTS).toEqual(schema.attributes.fields.components);
    expect(Object.keys(FORM_FIELDS_POPULATE.on)).toEqual(schema.attributes.fields.components);
  });

  it('reads the options of choice questions and every question’s condition', () => {
    expect(FORM_FIELDS_POPULATE.on['form-field.single-choice']).toEqual({ populate: { options: true, showWhen: true } });
    expect(FORM_FIELDS_POPULATE.on['form-field.multiple-choice']).toEqual({ populate: { options: true, showWhen: true } });
    expect(FORM_FIELDS_POPULATE.on['form-field.short-text']).toEqual({ populate: { showWhen: true } });
    expect(FORM_FIELDS_POPULATE.on['form-field.file-upload']).toEqual({ populate: { showWhen: true } });
  });

  it('reads the form’s steps and exit pages with their conditions', () => {
    expect(FORM_COMPONENTS_POPULATE).toEqual({ steps: { populate: { showWhen: true } }, exitPages: { populate: { showWhen: true } } });
  });
});
