// Named examples of the request form: documentation, unit-test fixtures and accessibility coverage
// at once. The forms are the demo city's own (cms/src/seed/content/service-forms.ts), parsed with
// the same schema the CMS and the site use; between them they use all eleven field types.
import { serviceFormSchema, type ServiceForm } from '@city/shared/forms';
import { resources } from '@city/shared/i18n';
import type { Locale } from '@city/shared/locales';
import type { ServiceRequestFormProps } from './ServiceRequestForm';

const websiteProblemEn = serviceFormSchema.parse({
  code: 'website-problem',
  title: 'Report a problem with a City website or online service',
  introduction: 'Tell us what went wrong on a City web page or online service, such as a broken link, an error message or a payment that did not go through. The more details you give, the faster we can fix it.',
  fields: [
    {
      __component: 'form-field.single-choice',
      key: 'service_affected',
      label: 'Which website or online service has the problem?',
      required: true,
      options: [
        { value: 'city_website', label: 'The City website (alexandriava.gov)' },
        { value: 'online_payments', label: 'Online payments (taxes, parking tickets, fees)' },
        { value: 'permits_portal', label: 'Online permits and licenses' },
        { value: 'service_requests', label: 'Service requests and complaints' },
        { value: 'meeting_videos', label: 'Meeting agendas and videos' },
        { value: 'other', label: 'Something else' },
      ],
    },
    {
      __component: 'form-field.short-text',
      key: 'page_url',
      label: 'Web address (URL) of the page',
      hint: 'Copy it from the address bar of your browser, for example https://www.alexandriava.gov/parking',
      required: true,
      maxLength: 500,
      pattern: '^https?://\\S+$',
      patternDescription: 'Enter a full web address that starts with http:// or https://',
    },
    {
      __component: 'form-field.multiple-choice',
      key: 'problem_type',
      label: 'What happened?',
      hint: 'Choose all that apply.',
      required: true,
      minSelected: 1,
      options: [
        { value: 'page_not_loading', label: 'The page did not load' },
        { value: 'error_message', label: 'I saw an error message' },
        { value: 'broken_link', label: 'A link did not work' },
        { value: 'wrong_information', label: 'The information is wrong or out of date' },
        { value: 'cannot_sign_in', label: 'I could not sign in' },
        { value: 'payment_failed', label: 'My payment did not go through' },
        { value: 'other', label: 'Something else' },
      ],
    },
    {
      __component: 'form-field.long-text',
      key: 'description',
      label: 'Describe the problem',
      hint: 'What were you trying to do, and what happened instead? If you saw an error message, copy it here.',
      required: true,
      minLength: 20,
      maxLength: 2000,
    },
    {
      __component: 'form-field.date',
      key: 'occurred_on',
      label: 'When did it happen?',
      minDate: '2025-01-01',
    },
    {
      __component: 'form-field.email',
      key: 'account_email',
      label: 'Email address of the account that has the problem',
      hint: 'Only if you were signed in to a City account. Leave it blank otherwise.',
    },
    {
      __component: 'form-field.file-upload',
      key: 'screenshot',
      label: 'Screenshot of the problem',
      hint: 'Optional. Do not include bank card numbers or passwords in the image.',
      accept: 'image/png,image/jpeg,application/pdf',
      maxSizeMb: 5,
      maxFiles: 3,
    },
  ],
  responseTime: '2 business days',
  confirmationText: 'Thank you. We received your report and sent it to the City’s eGov team. We will write to you within 2 business days. If a payment failed, please do not pay again until we contact you.',
});

const websiteProblemEs = serviceFormSchema.parse({
  code: 'website-problem',
  title: 'Reportar un problema con un sitio web o un servicio en línea de la Ciudad',
  introduction: 'Díganos qué falló en una página web o un servicio en línea de la Ciudad, por ejemplo, un enlace que no funciona, un mensaje de error o un pago que no se completó. Cuantos más detalles nos dé, más rápido podremos solucionarlo.',
  fields: [
    {
      __component: 'form-field.single-choice',
      key: 'service_affected',
      label: '¿Qué sitio web o servicio en línea tiene el problema?',
      required: true,
      options: [
        { value: 'city_website', label: 'El sitio web de la Ciudad (alexandriava.gov)' },
        { value: 'online_payments', label: 'Pagos en línea (impuestos, multas de estacionamiento, cargos)' },
        { value: 'permits_portal', label: 'Permisos y licencias en línea' },
        { value: 'service_requests', label: 'Solicitudes de servicio y quejas' },
        { value: 'meeting_videos', label: 'Agendas y videos de reuniones' },
        { value: 'other', label: 'Otra cosa' },
      ],
    },
    {
      __component: 'form-field.short-text',
      key: 'page_url',
      label: 'Dirección web (URL) de la página',
      hint: 'Cópiela de la barra de direcciones de su navegador, por ejemplo, https://www.alexandriava.gov/parking',
      required: true,
      maxLength: 500,
      pattern: '^https?://\\S+$',
      patternDescription: 'Escriba la dirección web completa, que empieza con http:// o https://',
    },
    {
      __component: 'form-field.multiple-choice',
      key: 'problem_type',
      label: '¿Qué pasó?',
      hint: 'Elija todas las opciones que correspondan.',
      required: true,
      minSelected: 1,
      options: [
        { value: 'page_not_loading', label: 'La página no cargó' },
        { value: 'error_message', label: 'Vi un mensaje de error' },
        { value: 'broken_link', label: 'Un enlace no funcionó' },
        { value: 'wrong_information', label: 'La información está equivocada o desactualizada' },
        { value: 'cannot_sign_in', label: 'No pude iniciar sesión' },
        { value: 'payment_failed', label: 'Mi pago no se completó' },
        { value: 'other', label: 'Otra cosa' },
      ],
    },
    {
      __component: 'form-field.long-text',
      key: 'description',
      label: 'Describa el problema',
      hint: '¿Qué intentaba hacer y qué pasó en cambio? Si vio un mensaje de error, cópielo aquí.',
      required: true,
      minLength: 20,
      maxLength: 2000,
    },
    {
      __component: 'form-field.date',
      key: 'occurred_on',
      label: '¿Cuándo pasó?',
      minDate: '2025-01-01',
    },
    {
      __component: 'form-field.email',
      key: 'account_email',
      label: 'Correo electrónico de la cuenta que tiene el problema',
      hint: 'Solo si había iniciado sesión en una cuenta de la Ciudad. De lo contrario, déjelo en blanco.',
    },
    {
      __component: 'form-field.file-upload',
      key: 'screenshot',
      label: 'Captura de pantalla del problema',
      hint: 'Opcional. No incluya números de tarjetas bancarias ni contraseñas en la imagen.',
      accept: 'image/png,image/jpeg,application/pdf',
      maxSizeMb: 5,
      maxFiles: 3,
    },
  ],
  responseTime: '2 días hábiles',
  confirmationText: 'Gracias. Recibimos su reporte y lo enviamos al equipo de eGov de la Ciudad. Le escribiremos en un plazo de 2 días hábiles. Si un pago no se completó, no vuelva a pagar hasta que nos comuniquemos con usted.',
});

const telecomRightOfWayEn = serviceFormSchema.parse({
  code: 'telecom-right-of-way',
  title: 'Telecommunications work in the public right-of-way',
  introduction: 'Telecommunications companies use this form to tell the City about planned work on streets, sidewalks or City poles, such as installing fiber, conduit or small cell equipment. The City’s telecommunications team reviews the plans and coordinates them with City networks and other construction.',
  fields: [
    {
      __component: 'form-field.short-text',
      key: 'company_name',
      label: 'Company doing the work',
      required: true,
      minLength: 2,
      maxLength: 160,
    },
    {
      __component: 'form-field.single-choice',
      key: 'work_type',
      label: 'Type of work',
      required: true,
      options: [
        { value: 'new_fiber', label: 'New fiber optic cable' },
        { value: 'conduit', label: 'New or replacement conduit' },
        { value: 'small_cell', label: 'Small cell or wireless equipment' },
        { value: 'pole_attachment', label: 'Attachment to a City pole' },
        { value: 'repair', label: 'Repair or maintenance of existing equipment' },
      ],
    },
    {
      __component: 'form-field.address',
      key: 'work_location',
      label: 'Location of the work',
      hint: 'Street address or the block where the work starts. Add the full route in your plans.',
      required: true,
    },
    {
      __component: 'form-field.date',
      key: 'start_date',
      label: 'Planned start date',
      hint: 'Send your request at least 30 days before the work starts.',
      required: true,
      minDate: '2026-01-01',
      maxDate: '2027-12-31',
    },
    {
      __component: 'form-field.number',
      key: 'duration_days',
      label: 'How many days will the work take?',
      required: true,
      min: 1,
      max: 180,
      integer: true,
    },
    {
      __component: 'form-field.checkbox',
      key: 'lane_closure',
      label: 'The work needs to close a traffic lane or a sidewalk.',
    },
    {
      __component: 'form-field.phone',
      key: 'field_supervisor_phone',
      label: '24-hour phone number of the field supervisor',
      hint: 'We call this number if there is a problem at the work site.',
      required: true,
    },
    {
      __component: 'form-field.file-upload',
      key: 'site_plans',
      label: 'Site plans and route drawings',
      hint: 'PDF files only, up to 5 files of 20 MB each.',
      required: true,
      accept: 'application/pdf',
      maxSizeMb: 20,
      maxFiles: 5,
    },
  ],
  responseTime: '15 business days',
  confirmationText: 'Thank you. The City’s telecommunications team received your plans and will review them within 15 business days. Do not start work until you receive written approval and any required right-of-way permits.',
});

const telecomRightOfWayEs = serviceFormSchema.parse({
  code: 'telecom-right-of-way',
  title: 'Trabajos de telecomunicaciones en la vía pública',
  introduction: 'Las empresas de telecomunicaciones usan este formulario para informar a la Ciudad sobre trabajos planificados en calles, aceras o postes de la Ciudad, como instalar fibra, ductos o equipos de celdas pequeñas. El equipo de telecomunicaciones de la Ciudad revisa los planos y los coordina con las redes de la Ciudad y con otras obras.',
  fields: [
    {
      __component: 'form-field.short-text',
      key: 'company_name',
      label: 'Empresa que hace el trabajo',
      required: true,
      minLength: 2,
      maxLength: 160,
    },
    {
      __component: 'form-field.single-choice',
      key: 'work_type',
      label: 'Tipo de trabajo',
      required: true,
      options: [
        { value: 'new_fiber', label: 'Cable nuevo de fibra óptica' },
        { value: 'conduit', label: 'Ducto nuevo o de reemplazo' },
        { value: 'small_cell', label: 'Celda pequeña o equipo inalámbrico' },
        { value: 'pole_attachment', label: 'Instalación en un poste de la Ciudad' },
        { value: 'repair', label: 'Reparación o mantenimiento de equipos existentes' },
      ],
    },
    {
      __component: 'form-field.address',
      key: 'work_location',
      label: 'Lugar del trabajo',
      hint: 'Dirección o cuadra donde empieza el trabajo. Incluya la ruta completa en sus planos.',
      required: true,
    },
    {
      __component: 'form-field.date',
      key: 'start_date',
      label: 'Fecha de inicio planificada',
      hint: 'Envíe su solicitud al menos 30 días antes de que empiece el trabajo.',
      required: true,
      minDate: '2026-01-01',
      maxDate: '2027-12-31',
    },
    {
      __component: 'form-field.number',
      key: 'duration_days',
      label: '¿Cuántos días va a durar el trabajo?',
      required: true,
      min: 1,
      max: 180,
      integer: true,
    },
    {
      __component: 'form-field.checkbox',
      key: 'lane_closure',
      label: 'El trabajo requiere cerrar un carril o una acera.',
    },
    {
      __component: 'form-field.phone',
      key: 'field_supervisor_phone',
      label: 'Teléfono del supervisor de obra, disponible las 24 horas',
      hint: 'Llamamos a este número si hay un problema en el lugar del trabajo.',
      required: true,
    },
    {
      __component: 'form-field.file-upload',
      key: 'site_plans',
      label: 'Planos del sitio y dibujos de la ruta',
      hint: 'Solo archivos PDF, hasta 5 archivos de 20 MB cada uno.',
      required: true,
      accept: 'application/pdf',
      maxSizeMb: 20,
      maxFiles: 5,
    },
  ],
  responseTime: '15 días hábiles',
  confirmationText: 'Gracias. El equipo de telecomunicaciones de la Ciudad recibió sus planos y los revisará en un plazo de 15 días hábiles. No empiece el trabajo hasta recibir la aprobación por escrito y los permisos de uso de la vía pública que se requieran.',
});

/** The props a page would pass for a form in a locale. */
export function pageProps(form: ServiceForm, locale: Locale, slug: string): ServiceRequestFormProps {
  return {
    form,
    locale,
    messages: resources[locale].requestForm,
    action: 'http://127.0.0.1:1337/api/service-requests/submit',
    serviceUrl: `/${locale}/services/${slug}/`,
    trackUrl: `/${locale}/track/`,
  };
}

export const forms = { websiteProblemEn, websiteProblemEs, telecomRightOfWayEn, telecomRightOfWayEs };

export const examples = {
  /** Seven field types: choices, a patterned URL, long text, an optional date, email and files. */
  'website problem, English': pageProps(websiteProblemEn, 'en', 'report-a-website-problem'),
  'website problem, Spanish': pageProps(websiteProblemEs, 'es', 'report-a-website-problem'),
  /** The other four: address, whole number with limits, consent checkbox and phone; required files. */
  'telecom work, English': pageProps(telecomRightOfWayEn, 'en', 'telecommunications-work-in-the-right-of-way'),
  'telecom work, Spanish': pageProps(telecomRightOfWayEs, 'es', 'telecommunications-work-in-the-right-of-way'),
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
