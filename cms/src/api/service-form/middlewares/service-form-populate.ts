import { populateMiddleware } from '../../../lib/populate-middleware';
import { FORM_FIELDS_POPULATE } from '../../../lib/form-populate';

export default populateMiddleware({
  fields: FORM_FIELDS_POPULATE,
  department: { fields: ['name', 'slug'] },
});
