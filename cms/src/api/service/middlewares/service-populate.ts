import { populateMiddleware } from '../../../utils/populate-middleware';

export default populateMiddleware({
  department: { fields: ['name', 'slug'] },
  serviceForm: { fields: ['code', 'title'] },
});
