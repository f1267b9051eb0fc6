import { populateMiddleware } from '../../../lib/populate-middleware';
import { FORM_COMPONENTS_POPULATE, FORM_FIELDS_POPULATE } from '../../../lib/form-populate';

export default populateMiddleware({
  fields: FORM_FIELDS_POPULATE,
  ...FORM_COMPONENTS_POPULATE,
  department: { fields: ['name', 'slug'] },
});
