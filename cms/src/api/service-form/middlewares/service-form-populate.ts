import { populateMiddleware } from '../../../lib/populate-middleware';

const withOptions = { populate: { options: true } };

export default populateMiddleware({
  fields: {
    on: {
      'form-field.short-text': true,
      'form-field.long-text': true,
      'form-field.email': true,
      'form-field.phone': true,
      'form-field.number': true,
      'form-field.date': true,
      'form-field.single-choice': withOptions,
      'form-field.multiple-choice': withOptions,
      'form-field.checkbox': true,
      'form-field.address': true,
      'form-field.file-upload': true,
    },
  },
  department: { fields: ['name', 'slug'] },
});
