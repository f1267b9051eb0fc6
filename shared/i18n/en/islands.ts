/**
 * English strings of the React islands (the service-request form and the status look-up). They
 * live apart from the page strings so the islands can be handed only their own section; the site
 * namespace mounts them under `requestForm` and `statusLookup`. `{{name}}` marks interpolation, and keys
 * ending in `_one`/`_other` are plural forms chosen by `{{count}}`.
 */
const requestForm = {
  /** Breadcrumb and page title suffix of the form page. */
  breadcrumb: 'Request',
  /** Shown after a question's label when it may be left blank. */
  optional: '(optional)',
  /** Read before an inline error by screen readers, GOV.UK style. */
  errorPrefix: 'Error:',
  /** Prefixed to the page title while the form shows errors. */
  errorTitlePrefix: 'Error:',
  errorSummaryTitle: 'There is a problem',
  contactHeading: 'Your contact details',
  contactIntro: 'We use these only to send you your reference number and news about your request.',
  contactName: 'Full name',
  contactEmail: 'Email address',
  contactEmailHint: 'We will send your reference number and updates here.',
  contactPhone: 'Phone number',
  contactPhoneHint: 'Only if you would like us to call you.',
  fileHint_one: 'Attach {{count}} file: {{types}}, up to {{size}} MB.',
  fileHint_other: 'Attach up to {{count}} files: {{types}}, up to {{size}} MB each.',
  /** Shown next to a file input when the resident chose files. */
  filesChosen: 'Chosen: {{names}}',
  /** Without JavaScript, on a form of several pages: files the City keeps from an earlier post of this page. */
  filesKept: 'Already attached: {{names}}. Choose files only to replace them.',
  /** Label of a hidden field that only robots fill in. */
  /** A page the CMS shows a resident's errors on when it cannot send them back to the form: the link back. */
  backToForm: 'Go back to the form',
  honeypot: 'Leave this field empty',
  continue: 'Continue',
  /** The only button without JavaScript, where there is no check-your-answers step. */
  sendWithoutCheck: 'Send request',
  checkHeading: 'Check your answers before sending your request',
  checkQuestions: 'Your request',
  checkContact: 'Your contact details',
  change: 'Change',
  notAnswered: 'Not answered',
  yes: 'Yes',
  no: 'No',
  declaration: 'By sending this request you confirm that the information you gave is correct to the best of your knowledge.',
  send: 'Send request',
  sending: 'Sending your request…',
  /** Announced while the browser solves the CMS's check (many requests came from the same connection). */
  checkingAutomated: 'Checking this request is not automated. This takes a few seconds.',
  challengeFailed: 'We could not check that this request is not automated. Your answers are kept: try sending again.',
  networkErrorTitle: 'Your request has not been sent',
  networkError: 'We could not reach the City’s website. Check your internet connection, then try again. Your answers are kept.',
  serverError: 'Something went wrong on our side. Your answers are kept: try again in a few minutes.',
  tooManyRequests: 'You sent too many requests in a short time. Wait a few minutes, then try again. Your answers are kept.',
  tryAgain: 'Try sending again',
  /** Above a step's heading on a form of several pages. */
  stepProgress: 'Step {{current}} of {{total}}',
  /** Returns to the previous page of a form of several pages. */
  back: 'Back',
  /** On an exit page: back to the question whose answer led there. */
  exitChange: 'Change your answer',
  /** Without JavaScript every question is on one page: when a question (or a step) applies. */
  askedWhen: {
    equals: 'Answer only if your answer to “{{question}}” is {{values}}',
    one_of: 'Answer only if your answer to “{{question}}” is {{values}}',
    includes: 'Answer only if you chose {{values}} for “{{question}}”',
    answered: 'Answer only if you answered “{{question}}”',
  },
  /** The location question ("where is the problem"): address search and "use my location". */
  location: {
    useMine: 'Use my location',
    locating: 'Finding your location…',
    chosen: 'Chosen: {{address}}',
    yourLocation: 'Your location ({{lat}}, {{long}})',
    suggestions_one: '{{count}} address found. Use the up and down arrow keys to choose it, then press Enter.',
    suggestions_other: '{{count}} addresses found. Use the up and down arrow keys to choose one, then press Enter.',
    noSuggestions: 'No address found. Try another spelling, or use your location.',
    searchFailed: 'The address search is not working right now. Type the full address, or use your location.',
    denied: 'Your browser did not share your location. Allow it in your browser’s settings, or type the address.',
    unavailable: 'We could not find your location. Type the address instead.',
    unsupported: 'This browser cannot share your location. Type the address instead.',
    outside: 'Your location is outside the city. Type the address of the place in the city instead.',
  },
  draft: {
    heading: 'Continue where you left off?',
    found: 'This browser has answers you started on {{date}} and did not send.',
    restore: 'Use my saved answers',
    discard: 'Start again',
    restored: 'Your saved answers are back in the form. Check them before you continue.',
    note: 'Your answers are saved in this browser until you send the request.',
  },
  /** "Save and come back later": the answers are kept by the city, encrypted, and a link is emailed. */
  save: {
    button: 'Save and come back later',
    heading: 'Save and come back later',
    intro: 'We will email you a link to continue this form on any device. The link works for 7 days and only once: after you send the request it stops working. Files you attached are not saved.',
    emailLabel: 'Email address for the link',
    send: 'Email me the link',
    cancel: 'Cancel',
    sending: 'Saving your answers…',
    savedTitle: 'Your answers are saved',
    saved: 'We sent a link to {{email}}. Open it within 7 days to continue where you left off.',
    failed: 'We could not save your answers. Check your connection and try again.',
    resumed: 'Your saved answers are back in the form. Check them before you send the request.',
    reattach: 'Files cannot be saved. Attach them again for these questions: {{questions}}.',
    usedTitle: 'This link has already been used',
    used: 'A request was already sent from this link, so the saved answers were deleted. To send another request, start the form again.',
    expiredTitle: 'This link has expired',
    expired: 'Saved answers are kept for 7 days only. Start the form again.',
    unknownTitle: 'This link does not work',
    unknown: 'We could not find answers saved under this link. It may have expired, or only part of it was copied. Start the form again.',
    unavailableTitle: 'Your saved answers cannot be loaded right now',
    unavailable: 'Try the link again in a few minutes, or start the form again.',
    startAgain: 'Start the form again',
  },
  /** Answers too long for the page's address are kept by the city for a day; the page could not read them back. */
  kept: {
    title: 'Your answers cannot be loaded right now',
    text: 'Your answers are kept for 24 hours. Try again in a few minutes to continue where you left off.',
    retry: 'Try again',
    startAgain: 'Start the form again',
    /** Nothing is kept any more for the fill: sent, or past its 24 hours. */
    goneTitle: 'These answers are no longer kept',
    goneText: 'Answers are kept for 24 hours, or until the request is sent. If you sent it, its reference number is in your confirmation email. If not, start the form again.',
  },
  confirmation: {
    title: 'Request sent',
    referenceLabel: 'Your reference number',
    emailSent: 'We have sent a confirmation email to {{email}}.',
    keepReference: 'Keep this reference number. You need it, with your email address, to check the status of your request.',
    whatNext: 'What happens next',
    responseTime: 'We usually answer within {{time}}.',
    track: 'Check the status of your request',
    another: 'Back to the service',
  },
  /** The page JavaScript-less browsers land on after sending. */
  sentWithoutScript: {
    title: 'Request sent',
    text: 'Thank you. We received your request and sent you an email with your reference number.',
  },
};

const statusLookup = {
  title: 'Check the status of a request',
  intro: 'Enter the reference number of your request and the email address you gave when you sent it.',
  referenceLabel: 'Reference number',
  referenceHint: 'For example, ALX-7K4M-2Q9P. It is in your confirmation email.',
  referenceRequired: 'Enter your reference number',
  referenceInvalid: 'Enter a reference number in the correct format, like ALX-7K4M-2Q9P',
  emailLabel: 'Email address',
  emailHint: 'The one you gave when you sent the request.',
  submit: 'Check status',
  looking: 'Checking…',
  notFoundTitle: 'No request found',
  notFound: 'We could not find a request with this reference number and email address. Check both and try again.',
  failedTitle: 'We could not check your request',
  networkError: 'We could not reach the City’s website. Check your internet connection, then try again.',
  serverError: 'Something went wrong on our side. Try again in a few minutes.',
  tooManyRequests: 'You checked too many times in a short time. Wait a few minutes, then try again.',
  /** Without JavaScript the site's server asks the CMS; this is when the CMS does not answer it. */
  unavailable: 'The City’s request system is not answering at the moment. Try again in a few minutes.',
  resultHeading: 'Request {{reference}}',
  service: 'Request',
  status: 'Status',
  sentOn: 'Sent on',
  updatedOn: 'Last updated',
  historyHeading: 'History',
  /** The timeline's first step: the City received the request. */
  eventReceived: 'Request received',
  /** A step of the timeline: the request's status from then on, e.g. "Status: In progress". */
  eventStatus: 'Status: {{status}}',
  /** Before what staff wrote to the resident at that step (their words follow, as written). */
  replyLabel: 'Message from the City',
  /** A step of the timeline: the resident answered the City (their words follow). */
  eventResidentReply: 'You replied',
  /** Before the resident's own words in the timeline. */
  yourReplyLabel: 'Your message',
  /** A step of the timeline: the City closed the request, with the reason (closure.*). */
  eventClosure: 'Closed: {{reason}}',
  closure: {
    fixed: 'fixed',
    no_action: 'no action was possible',
    referred: 'referred to another organization',
    duplicate: 'reported already',
  },
  /** A step of the timeline: this request repeats another one, which the resident should follow. */
  eventDuplicate: 'This request duplicates {{reference}}: follow that one',
  /** Files the resident attached to a reply, after their message. */
  attachedFiles: 'Files attached: {{names}}',
  reply: {
    heading: 'Reply to the City',
    intro: 'The City is waiting for your answer. Write it here; you can attach a file too.',
    messageLabel: 'Your reply',
    messageHint: 'Up to {{max}} characters.',
    filesLabel: 'Photo or document',
    send: 'Send reply',
    sending: 'Sending your reply…',
    sentTitle: 'Your reply was sent',
    sentText: 'The City will read it and update your request. You will find your reply in the history below.',
    /** Without JavaScript the reply's page cannot show the history: the resident checks again. */
    sentTextNoHistory: 'The City will read it and update your request. Select “Check status” to see your request’s history.',
    notWaiting: 'You cannot reply to this request now: the City is not waiting for an answer from you',
    failedTitle: 'Your reply has not been sent',
    networkError: 'We could not reach the City’s website. Check your internet connection, then try again. Your reply is kept.',
    serverError: 'Something went wrong on our side. Your reply is kept: try again in a few minutes.',
    tooManyRequests: 'You tried too many times in a short time. Wait a few minutes, then try again. Your reply is kept.',
    /** A reply too long for the page's address is kept by the city for a day; the page could not read it back. */
    keptTitle: 'Your reply cannot be loaded right now',
    keptText: 'The reply you wrote is kept for 24 hours. Try again in a few minutes to get it back, or write it again below.',
    keptGoneTitle: 'Your reply is no longer kept',
    keptGoneText: 'A reply is kept for 24 hours, or until it is sent. If you sent it, it is in your request’s history. If not, write it again below.',
  },
};

export default { requestForm, statusLookup };
