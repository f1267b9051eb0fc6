import { populateMiddleware } from '../../../utils/populate-middleware';

export default populateMiddleware({ navigation: true, footerLinks: true });
