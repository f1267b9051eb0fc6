/**
 * The side panel's and the due list's API, under /content-review. An admin session is required
 * (type 'admin'); the controller checks the content manager's rights on the entry's type: read to
 * see a review, update to change it.
 */
const session = { policies: ['admin::isAuthenticatedAdmin'] };

export default {
  admin: {
    type: 'admin',
    routes: [
      { method: 'GET', path: '/entry', handler: 'review.entry', config: session },
      { method: 'PUT', path: '/entry', handler: 'review.update', config: session },
      { method: 'POST', path: '/entry/reviewed', handler: 'review.markReviewed', config: session },
      { method: 'POST', path: '/entry/translation-confirmed', handler: 'review.confirmTranslation', config: session },
      { method: 'GET', path: '/owners', handler: 'review.owners', config: session },
      { method: 'GET', path: '/due', handler: 'review.due', config: session },
    ],
  },
};
