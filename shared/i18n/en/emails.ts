/**
 * The emails a resident receives (cms service-request emails), one line each: the CMS joins the
 * lines and leaves out those it has no value for.
 */
export default {
  confirmation: {
    subject: 'We received your request {{reference}}',
    greeting: 'Dear {{name}},',
    received: 'We received your request “{{formTitle}}” on {{date}}.',
    reference: 'Your reference number is: {{reference}}',
    keep: 'Keep it. With this number and your email address you can check the status of your request at {{trackUrl}}',
    responseTime: 'We usually answer within {{responseTime}}.',
  },
  statusChange: {
    subject: 'Update on your request {{reference}}: {{status}}',
    greeting: 'Dear {{name}},',
    now: 'Your request “{{formTitle}}” ({{reference}}) is now: {{status}}.',
    track: 'You can check your request at {{trackUrl}}',
  },
};
