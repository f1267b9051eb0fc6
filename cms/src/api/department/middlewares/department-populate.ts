import { populateMiddleware } from '../../../lib/populate-middleware';

export default populateMiddleware({
  goals: true,
  divisions: { populate: { responsibilities: true } },
  documents: { populate: { file: true } },
  contact: true,
  services: { fields: ['title', 'slug', 'summary', 'audience', 'topic'] },
});
