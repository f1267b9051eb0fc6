/**
 * The emails a resident receives (cms service-request emails) and the page their opt-out link opens.
 * Each email goes as HTML and as plain text with the same content: a `{{trackUrl}}` or `{{stopUrl}}`
 * line is the plain text's form of a link whose words are the matching `…Link` string.
 */
export default {
  common: {
    /** The words of the link to the track page: they say where it goes. */
    trackLink: 'Check the status of request {{reference}}',
    trackText: 'Check the status of request {{reference}}: {{trackUrl}}',
    /** What a screen reader calls the message itself (aria-roledescription). */
    roleDescription: 'email',
  },
  confirmation: {
    subject: 'We received your request {{reference}}',
    heading: 'We received your request',
    greeting: 'Dear {{name}},',
    received: 'We received your request “{{formTitle}}” on {{date}}.',
    reference: 'Your reference number is: {{reference}}',
    keep: 'Keep it. With this number and your email address you can check the status of your request on our website.',
    responseTime: 'We usually answer within {{responseTime}}.',
  },
  statusChange: {
    subject: 'Update on your request {{reference}}: {{status}}',
    heading: 'Update on your request',
    greeting: 'Dear {{name}},',
    now: 'Your request “{{formTitle}}” ({{reference}}) is now: {{status}}.',
    noteHeading: 'Message from the city',
    why: 'You receive this email because you sent request {{reference}}.',
    stopLink: 'Stop email updates about this request',
    stopText: 'Stop email updates about this request: {{stopUrl}}',
  },
  /** The page of the opt-out link (a button confirms: mail scanners open links). */
  updates: {
    title: 'Email updates about request {{reference}}',
    ask: 'Do you want to stop receiving an email each time request {{reference}} is updated? You can still check its status on our website.',
    stop: 'Stop email updates',
    stoppedTitle: 'Email updates stopped',
    stopped: 'We will no longer email you when request {{reference}} is updated.',
    resume: 'Turn email updates back on',
    resumedTitle: 'Email updates turned on',
    resumed: 'We will email you again when request {{reference}} is updated.',
    notFoundTitle: 'This link does not work',
    notFound: 'This link is not valid. Open it again from the email, making sure you use the whole link.',
  },
  /** Staff's notice that a resident answered a request that waited for them (requests-desk notices.ts). */
  /** The link to saved answers ("Save and come back later", cms form-save). */
  formSave: {
    subject: 'Continue your request: {{formTitle}}',
    heading: 'Your answers are saved',
    intro: 'You saved your answers to “{{formTitle}}”. Open the link below to continue where you left off, on any device.',
    link: 'Continue “{{formTitle}}”',
    linkText: 'Continue “{{formTitle}}”: {{resumeUrl}}',
    expires: 'The link works until {{date}}, and only until you send the request. Files are not saved: attach them again.',
    why: 'You receive this email because someone pressed “Save and come back later” on our website with this address. If it was not you, ignore this email: the answers are deleted after 7 days.',
  },
  staffReply: {
    subject: 'A resident replied to request {{reference}}',
    heading: 'A resident replied',
    greeting: 'Hello {{name}},',
    body: 'The resident answered request {{reference}}, which was waiting for them. It is back in review in your queue.',
    link: 'Open request {{reference}} in the Requests desk',
    linkText: 'Open request {{reference}} in the Requests desk: {{deskUrl}}',
  },
  /** The reminder an entry's owner gets when its review date comes (cms content-review plugin). */
  reviewDue: {
    subject: 'Review due: {{title}}',
    heading: 'Content you own is due for review',
    greeting: 'Hello {{name}},',
    due: 'The {{type}} “{{title}}” ({{language}}) was due for review on {{date}}.',
    ask: 'Check that it is still correct and up to date, change what needs changing, then press “Mark as reviewed” in its side panel.',
    editLink: 'Open “{{title}}” in the CMS',
    editText: 'Open “{{title}}” in the CMS: {{editUrl}}',
    why: 'You receive this email because you are the owner of this entry in the CMS.',
    types: { page: 'page', service: 'service', department: 'department' },
  },
};
