import { populateMiddleware } from '../../../lib/populate-middleware';

export default populateMiddleware({
  department: { fields: ['name', 'slug'] },
  serviceForm: { fields: ['code', 'title'] },
});
