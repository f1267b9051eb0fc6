/**
 * English strings of the site's pages: the reference language, which every other language is
 * checked against (shared/i18n/index.ts). `{{name}}` marks interpolation.
 */
export default {
  meta: {
    /** Appended to every page title. */
    titleSuffix: '{{siteName}}',
  },
  skipLink: 'Skip to main content',
  banner: {
    label: 'Official website of the {{siteName}}',
    official: 'An official website of the {{siteName}}',
    howYouKnow: 'Here’s how you know',
    officialHeading: 'Official websites use .gov',
    officialText: 'A .gov website belongs to an official government organization in the United States.',
    secureHeading: 'Secure .gov websites use HTTPS',
    secureText: 'A lock or https:// means you’ve safely connected to the .gov website. Share sensitive information only on official, secure websites.',
  },
  header: {
    homeLink: '{{siteName}} home page',
    navigation: 'Main menu',
    menu: 'Menu',
  },
  languageSwitcher: {
    label: 'Language',
    /** Said after a language's name when the page does not exist in it and the link goes to that language's home page. */
    homeOnly: 'home page',
  },
  breadcrumbs: {
    label: 'Breadcrumbs',
    home: 'Home',
    departments: 'Departments',
    services: 'Services',
  },
  lastUpdated: 'Last updated: {{date}}',
  preview: {
    /** Names the banner on a preview page for screen readers. */
    label: 'Preview',
    banner: 'Preview, not published.',
    explanation: 'This is a draft. Nobody sees it on the site until it is published, and this link stops working after a while.',
    /** Links in a preview open in a new tab (publisher/server/preview-links.ts). */
    links: 'Links on this page open the published site in a new tab.',
    /** Before the page title in the browser tab. */
    titlePrefix: '[Preview]',
    /** The page shown when a draft cannot be rendered yet. */
    unfinishedTitle: 'This draft cannot be previewed yet',
    unfinishedText: 'Something the page needs is missing or not valid in the draft. Fix it in the CMS and open the preview again:',
    missingTitle: 'Nothing to preview here',
    missingText: 'This entry has no page on the site in this language. A service form shows on the request page of a service that offers it: link the form to a service first.',
    failedTitle: 'The preview could not be made',
    failedText: 'The site could not read the draft from the CMS just now. Try again in a minute.',
  },
  footer: {
    label: 'Footer',
    returnToTop: 'Return to top',
    requiredLinks: 'About this website',
  },
  alerts: {
    heading: 'Alerts',
    severity: {
      info: 'Information',
      warning: 'Warning',
      emergency: 'Emergency',
    },
  },
  home: {
    servicesHeading: 'Services',
    servicesIntro: 'Find a City service by topic.',
    residents: 'For residents',
    businesses: 'For businesses',
    noServices: 'There are no services in this group yet.',
    departmentsHeading: 'Departments',
  },
  searchBox: {
    label: 'Search this website',
    button: 'Search',
  },
  department: {
    purpose: 'What we do',
    goals: 'Our goals',
    divisions: 'Divisions',
    responsibilities: 'Responsibilities of {{division}}',
    documents: 'Documents',
    contact: 'Contact',
    services: 'Services from this department',
    noServices: 'This department has no online services yet.',
  },
  contact: {
    phone: 'Phone',
    email: 'Email',
    address: 'Address',
    hours: 'Hours',
  },
  service: {
    about: 'About this service',
    audience: 'Who it is for',
    audiences: {
      residents: 'Residents',
      businesses: 'Businesses',
      both: 'Residents and businesses',
    },
    timeToComplete: 'How long it takes',
    department: 'Offered by',
    topic: 'Topic',
    start: 'Start your request',
    startHint: 'You can fill in the request online.',
    noForm: 'This service has no online request. Contact the department to use it.',
  },
  search: {
    title: 'Search',
    intro: 'Search services, departments and information on this website.',
    noScript: 'Search needs JavaScript, which is turned off or not available in your browser. You can find every service from the home page.',
    searching: 'Searching…',
    resultsFor: 'Results for “{{query}}”: {{count}}',
    noResults: 'No results for “{{query}}”. Try other words, or browse services from the home page.',
    failed: 'Search is not available right now. Please try again later, or browse services from the home page.',
    resultsHeading: 'Search results',
  },
  notFound: {
    title: 'Page not found',
    text: 'We could not find the page you were looking for. It may have moved or been removed.',
    home: 'Go to the home page',
  },
  languageChooser: {
    title: 'Choose your language',
    redirecting: 'Taking you to the English site.',
  },
};
