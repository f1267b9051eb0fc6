import { populateMiddleware } from '../../../lib/populate-middleware';

export default populateMiddleware({ navigation: true, footerLinks: true });
