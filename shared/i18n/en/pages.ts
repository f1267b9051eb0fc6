/**
 * The small HTML pages the CMS itself answers a no-JavaScript form post with, when there is no
 * form page to go back to.
 */
export default {
  conflict: {
    title: 'This request was already sent',
    text: 'We already received a different request from this form. To send another one, open the form again.',
    link: 'Open the form again',
  },
  /** Shown before the body is read, so in every language at once. */
  limit: {
    rate_one: 'Too many requests from your connection. Try again in {{count}} minute.',
    rate_other: 'Too many requests from your connection. Try again in {{count}} minutes.',
    size: 'What you sent is too large. Attach smaller files and try again.',
    type: 'This address only accepts form submissions.',
  },
};
