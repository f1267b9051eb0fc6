// Named examples of the request form: documentation, unit-test fixtures and accessibility coverage
// at once. The forms are the demo city's own (shared/fixtures/service-forms.ts, which the CMS seed
// loads), parsed with the same schema the CMS and the site use; between them they use all twelve
// field types.
import { demoServiceForms } from '@city/shared/fixtures';
import { serviceFormSchema, type ServiceForm } from '@city/shared/forms';
import { resources } from '@city/shared/i18n';
import type { Locale } from '@city/shared/locales';
import { routes } from '@city/shared/routes';
import type { ServiceRequestFormProps } from './ServiceRequestForm';

/** A demo form in one language, parsed as the site parses what the CMS serves. */
function demoForm(code: string, locale: Locale): ServiceForm {
  const demo = demoServiceForms.find((form) => form.code === code);
  if (!demo) throw new Error(`The demo city has no form ${code}`);
  const localized = demo.locales[locale];
  if (!localized) throw new Error(`The demo form ${code} is not written in ${locale}`);
  const { title, introduction, fields, steps, onePerPage, exitPages, responseTime, confirmationText } = localized;
  return serviceFormSchema.parse({ code, title, introduction, fields, steps, onePerPage, exitPages, responseTime, confirmationText });
}

const websiteProblemEn = demoForm('website-problem', 'en');
const websiteProblemEs = demoForm('website-problem', 'es');
const websiteProblemAr = demoForm('website-problem', 'ar');
const websiteProblemAm = demoForm('website-problem', 'am');
const telecomRightOfWayEn = demoForm('telecom-right-of-way', 'en');
const telecomRightOfWayEs = demoForm('telecom-right-of-way', 'es');
const telecomRightOfWayAr = demoForm('telecom-right-of-way', 'ar');
const telecomRightOfWayAm = demoForm('telecom-right-of-way', 'am');
const wifiOutageEn = demoForm('wifi-outage', 'en');
const wifiOutageEs = demoForm('wifi-outage', 'es');
const wifiOutageAr = demoForm('wifi-outage', 'ar');
const wifiOutageAm = demoForm('wifi-outage', 'am');

/** The props a page would pass for a form in a locale. */
export function pageProps(form: ServiceForm, locale: Locale, slug: string): ServiceRequestFormProps {
  return {
    form,
    locale,
    messages: resources[locale].requestForm,
    action: 'http://127.0.0.1:1337/api/service-requests/submit',
    serviceUrl: routes.service(locale, slug),
    trackUrl: routes.track(locale),
  };
}

export const forms = {
  websiteProblemEn,
  websiteProblemEs,
  websiteProblemAr,
  websiteProblemAm,
  telecomRightOfWayEn,
  telecomRightOfWayEs,
  telecomRightOfWayAr,
  telecomRightOfWayAm,
  wifiOutageEn,
  wifiOutageEs,
  wifiOutageAr,
  wifiOutageAm,
};

export const examples = {
  /** Seven field types: choices, a patterned URL, long text, an optional date, email and files. */
  'website problem, English': pageProps(websiteProblemEn, 'en', 'report-a-website-problem'),
  'website problem, Spanish': pageProps(websiteProblemEs, 'es', 'report-a-website-problem'),
  /** Right to left, with a web address, an email address and a date among its questions. */
  'website problem, Arabic': pageProps(websiteProblemAr, 'ar', 'report-a-website-problem'),
  'website problem, Amharic': pageProps(websiteProblemAm, 'am', 'report-a-website-problem'),
  /** The other four: address, whole number with limits, consent checkbox and phone; required files. */
  'telecom work, English': pageProps(telecomRightOfWayEn, 'en', 'telecommunications-work-in-the-right-of-way'),
  'telecom work, Spanish': pageProps(telecomRightOfWayEs, 'es', 'telecommunications-work-in-the-right-of-way'),
  /** Steps, conditions and an exit page, right to left and in Ge'ez script. */
  'telecom work, Arabic': pageProps(telecomRightOfWayAr, 'ar', 'telecommunications-work-in-the-right-of-way'),
  'telecom work, Amharic': pageProps(telecomRightOfWayAm, 'am', 'telecommunications-work-in-the-right-of-way'),
  /** The location question ("where is the building?"): a plain text input until the island runs. */
  'Wi-Fi outage, English': pageProps(wifiOutageEn, 'en', 'report-a-public-wifi-outage'),
  'Wi-Fi outage, Spanish': pageProps(wifiOutageEs, 'es', 'report-a-public-wifi-outage'),
  'Wi-Fi outage, Arabic': pageProps(wifiOutageAr, 'ar', 'report-a-public-wifi-outage'),
  'Wi-Fi outage, Amharic': pageProps(wifiOutageAm, 'am', 'report-a-public-wifi-outage'),
  /** What a resident without JavaScript sees after the CMS sent the form back with problems. */
  'sent back with errors, no JavaScript': {
    ...pageProps(websiteProblemEn, 'en', 'report-a-website-problem'),
    server: {
      idempotencyKey: 'c0ffee00-0000-4000-8000-000000000001',
      startedAt: 1_767_225_600_000,
      feedback: {
        errors: {
          page_url: 'Enter a full web address that starts with http:// or https://',
          description: '“Describe the problem” must be 20 characters or more',
          'contact.email': 'Enter an email address in the correct format, like name@example.com',
        },
        values: {
          answers: { service_affected: 'online_payments', page_url: 'alexandriava.gov/pay', problem_type: ['error_message', 'payment_failed'], description: 'It failed.' },
          contact: { name: 'Ana Resident', email: 'ana@example', phone: '' },
        },
      },
    },
  },
} satisfies Record<string, ServiceRequestFormProps>;
