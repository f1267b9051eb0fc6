import type { Block, InlineNode, Locale, PageSeed } from '../types';
import { bulletList, heading, paragraphs } from './blocks';

/** A link inside a paragraph: label and href. */
type Link = { label: string; href: string };

/** A paragraph mixing plain text and links. */
const paragraph = (...parts: (string | Link)[]): Block => ({
  type: 'paragraph',
  children: parts.map(
    (part): InlineNode =>
      typeof part === 'string'
        ? { type: 'text', text: part }
        : { type: 'link', url: part.href, children: [{ type: 'text', text: part.label }] },
  ),
});

/** The service that starts the accessibility-problem form (see services.ts). */
const ACCESSIBILITY_SERVICE = 'report-an-accessibility-problem';
const serviceHref = (locale: Locale, slug: string) => `/${locale}/services/${slug}`;
const pageHref = (locale: Locale, slug: string) => `/${locale}/pages/${slug}`;

export const pages: PageSeed[] = [
  {
    slug: 'accessibility',
    locales: {
      en: {
        title: 'Accessibility statement',
        summary: 'Our commitment to making this portal usable by everyone, and how to tell us about a problem.',
        body: [
          ...paragraphs(
            'The City of Alexandria wants everyone, including people with disabilities, to be able to find information and use City services online. We aim to meet the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA on this portal.',
            'We test pages with keyboards, screen readers and zoom, and we check color contrast, captions and form labels. Some older documents and content from outside providers may not yet meet the standard. We are working to fix them.',
          ),
          heading('Tell us about a problem'),
          paragraph(
            'If something on this portal does not work for you, please ',
            { label: 'report an accessibility problem', href: serviceHref('en', ACCESSIBILITY_SERVICE) },
            '. You can also ask for any page or document in another format, such as large print, braille or audio. We respond within 3 business days.',
          ),
          ...paragraphs(
            'If you prefer to talk to someone, call 703.746.4357, Monday to Friday, 8 a.m. to 5 p.m. If you are deaf or hard of hearing, dial 711 for Virginia Relay.',
          ),
        ],
      },
      es: {
        title: 'Declaración de accesibilidad',
        summary: 'Nuestro compromiso para que todas las personas puedan usar este portal, y cómo avisarnos de un problema.',
        body: [
          ...paragraphs(
            'La Ciudad de Alexandria quiere que todas las personas, incluidas las personas con discapacidad, puedan encontrar información y usar los servicios de la Ciudad en línea. En este portal buscamos cumplir las Pautas de Accesibilidad para el Contenido Web (WCAG) 2.1 en el nivel AA.',
            'Probamos las páginas con teclado, lectores de pantalla y ampliación, y revisamos el contraste de colores, los subtítulos y las etiquetas de los formularios. Es posible que algunos documentos antiguos y el contenido de otros proveedores todavía no cumplan la norma. Estamos trabajando para corregirlos.',
          ),
          heading('Avísenos de un problema'),
          paragraph(
            'Si algo en este portal no le funciona, ',
            { label: 'reporte un problema de accesibilidad', href: serviceHref('es', ACCESSIBILITY_SERVICE) },
            '. También puede pedir cualquier página o documento en otro formato, como letra grande, braille o audio. Le respondemos en un plazo de 3 días hábiles.',
          ),
          ...paragraphs(
            'Si prefiere hablar con alguien, llame al 703.746.4357, de lunes a viernes, de 8:00 a. m. a 5:00 p. m. Si es una persona sorda o con problemas de audición, marque 711 para usar Virginia Relay.',
          ),
        ],
      },
    },
  },
  {
    slug: 'privacy',
    locales: {
      en: {
        title: 'Privacy',
        summary: 'What information this portal collects when you use it or send a request, and how the City uses it.',
        body: [
          ...paragraphs(
            'You can read pages and search this portal without giving us any personal information. We do not use advertising cookies, and we do not sell or rent your information to anyone.',
            'When you send a request, we ask for your name and how to contact you, plus the answers and files you include. We use this information only to handle your request, to keep you informed and to improve City services.',
          ),
          bulletList(
            'Only City staff who work on your request can see it.',
            'We keep requests for as long as Virginia records retention rules require, and then delete them.',
            'Information you send to the City may be a public record. Some personal information is protected from release under Virginia law.',
          ),
          paragraph(
            'Questions about your information? ',
            { label: 'Contact the City', href: pageHref('en', 'contact') },
            '.',
          ),
        ],
      },
      es: {
        title: 'Privacidad',
        summary: 'Qué información recoge este portal cuando lo usa o envía una solicitud, y cómo la usa la Ciudad.',
        body: [
          ...paragraphs(
            'Puede leer las páginas y hacer búsquedas en este portal sin darnos ninguna información personal. No usamos cookies de publicidad y no vendemos ni alquilamos su información a nadie.',
            'Cuando envía una solicitud, le pedimos su nombre y cómo comunicarnos con usted, además de las respuestas y los archivos que incluya. Usamos esta información solo para atender su solicitud, mantenerle al tanto y mejorar los servicios de la Ciudad.',
          ),
          bulletList(
            'Solo el personal de la Ciudad que trabaja en su solicitud puede verla.',
            'Guardamos las solicitudes durante el tiempo que exigen las normas de conservación de registros de Virginia y después las borramos.',
            'La información que envía a la Ciudad puede ser un registro público. La ley de Virginia protege cierta información personal para que no se divulgue.',
          ),
          paragraph(
            '¿Tiene preguntas sobre su información? ',
            { label: 'Comuníquese con la Ciudad', href: pageHref('es', 'contact') },
            '.',
          ),
        ],
      },
    },
  },
  {
    slug: 'public-records',
    locales: {
      en: {
        title: 'Public records (Virginia FOIA)',
        summary: 'How to ask the City for public records under the Virginia Freedom of Information Act.',
        body: [
          ...paragraphs(
            'The Virginia Freedom of Information Act (FOIA) gives Virginia residents, and members of the media who cover Virginia, the right to see and get copies of public records. Public records include documents, emails, photos, data and other information the City keeps as part of its work.',
          ),
          heading('How to make a request'),
          bulletList(
            'Describe the records you want as clearly as you can. You do not have to say why you want them or mention FOIA.',
            'Send your request by email to foia@alexandriava.gov, by mail to City Hall, 301 King Street, Alexandria, VA 22314, or through the online request for the department that keeps the records.',
            'We respond within 5 business days. If we need more time, we tell you within those 5 days and may take up to 7 more business days.',
            'The City may charge the actual cost of finding and copying the records. You can ask for an estimate first. If the cost is likely to be more than $200, we may ask for a deposit.',
          ),
          paragraph(
            'For records kept by Information Technology Services, such as technology contracts and project reports, use the ',
            { label: 'request for Information Technology Services records', href: serviceHref('en', 'request-it-department-records') },
            '.',
          ),
        ],
      },
      es: {
        title: 'Registros públicos (FOIA de Virginia)',
        summary: 'Cómo pedir registros públicos a la Ciudad según la Ley de Libertad de Información de Virginia.',
        body: [
          ...paragraphs(
            'La Ley de Libertad de Información de Virginia (FOIA, por sus siglas en inglés) da a los residentes de Virginia, y a los medios de comunicación que cubren Virginia, el derecho a ver y obtener copias de registros públicos. Los registros públicos incluyen documentos, correos electrónicos, fotos, datos y otra información que la Ciudad guarda como parte de su trabajo.',
          ),
          heading('Cómo hacer una solicitud'),
          bulletList(
            'Describa los registros que quiere lo más claro que pueda. No tiene que decir para qué los quiere ni mencionar la ley FOIA.',
            'Envíe su solicitud por correo electrónico a foia@alexandriava.gov, por correo postal a City Hall, 301 King Street, Alexandria, VA 22314, o con la solicitud en línea del departamento que tiene los registros.',
            'Le respondemos en un plazo de 5 días hábiles. Si necesitamos más tiempo, se lo diremos dentro de esos 5 días y podemos tomar hasta 7 días hábiles más.',
            'La Ciudad puede cobrar el costo real de buscar y copiar los registros. Puede pedir primero un cálculo del costo. Si es probable que el costo supere los $200, podemos pedirle un depósito.',
          ),
          paragraph(
            'Para registros de Servicios de Tecnología de la Información, como contratos de tecnología e informes de proyectos, use la ',
            { label: 'solicitud de registros de Servicios de Tecnología de la Información', href: serviceHref('es', 'request-it-department-records') },
            '.',
          ),
        ],
      },
    },
  },
  {
    slug: 'contact',
    locales: {
      en: {
        title: 'Contact the City',
        summary: 'How to reach the City of Alexandria by phone, email, online or in person.',
        body: [
          ...paragraphs(
            'For a police, fire or medical emergency, call 911. For questions about City services, call 311 or 703.746.4311 from anywhere. Staff answer Monday to Friday, 7 a.m. to 7 p.m.',
          ),
          bulletList(
            'In person: City Hall, 301 King Street, Alexandria, VA 22314. Open Monday to Friday, 8 a.m. to 5 p.m.',
            'By email: info@alexandriava.gov',
            'Police non-emergency line: 703.746.4444',
            'Virginia Relay for people who are deaf or hard of hearing: 711',
          ),
          paragraph(
            'To ask for a service or report a problem online, find the service on this portal and send the request. You can then ',
            { label: 'track your request', href: '/en/track' },
            ' with the tracking number we give you.',
          ),
        ],
      },
      es: {
        title: 'Comuníquese con la Ciudad',
        summary: 'Cómo comunicarse con la Ciudad de Alexandria por teléfono, correo electrónico, en línea o en persona.',
        body: [
          ...paragraphs(
            'Para una emergencia policial, de incendio o médica, llame al 911. Para preguntas sobre los servicios de la Ciudad, llame al 311 o al 703.746.4311 desde cualquier lugar. Le atienden de lunes a viernes, de 7:00 a. m. a 7:00 p. m.',
          ),
          bulletList(
            'En persona: City Hall (Alcaldía), 301 King Street, Alexandria, VA 22314. Abierto de lunes a viernes, de 8:00 a. m. a 5:00 p. m.',
            'Por correo electrónico: info@alexandriava.gov',
            'Línea de la Policía para casos que no son emergencias: 703.746.4444',
            'Virginia Relay para personas sordas o con problemas de audición: 711',
          ),
          paragraph(
            'Para pedir un servicio o reportar un problema en línea, busque el servicio en este portal y envíe la solicitud. Después puede ',
            { label: 'seguir su solicitud', href: '/es/track' },
            ' con el número de seguimiento que le damos.',
          ),
        ],
      },
    },
  },
  {
    slug: 'about',
    locales: {
      en: {
        title: 'About this portal',
        summary: 'One place to find City services, send requests and follow them, in English and Spanish.',
        body: [
          ...paragraphs(
            'This portal brings City services together in one place. You can read about a service, send a request online and follow it until it is done, without calling or visiting City Hall.',
            'Every page is available in English and Spanish. Use the language switcher at the top of the page to change languages.',
          ),
          bulletList(
            'Find a service by topic, or search by keyword.',
            'Send a request online. You get a tracking number right away.',
            'Track your request to see its status and any replies from City staff.',
          ),
          paragraph(
            'The portal is built and run by the City’s ',
            { label: 'Information Technology Services department', href: '/en/departments/information-technology-services' },
            '. We welcome your ideas to make it better.',
          ),
        ],
      },
      es: {
        title: 'Acerca de este portal',
        summary: 'Un solo lugar para encontrar los servicios de la Ciudad, enviar solicitudes y darles seguimiento, en inglés y en español.',
        body: [
          ...paragraphs(
            'Este portal reúne los servicios de la Ciudad en un solo lugar. Puede leer sobre un servicio, enviar una solicitud en línea y darle seguimiento hasta que esté resuelta, sin llamar ni ir a City Hall (Alcaldía).',
            'Todas las páginas están disponibles en inglés y en español. Use el selector de idioma en la parte de arriba de la página para cambiar de idioma.',
          ),
          bulletList(
            'Busque un servicio por tema o por palabra clave.',
            'Envíe una solicitud en línea. Recibirá un número de seguimiento de inmediato.',
            'Siga su solicitud para ver su estado y las respuestas del personal de la Ciudad.',
          ),
          paragraph(
            'El portal lo crea y lo opera el ',
            { label: 'departamento de Servicios de Tecnología de la Información', href: '/es/departments/information-technology-services' },
            ' de la Ciudad. Sus ideas para mejorarlo son bienvenidas.',
          ),
        ],
      },
    },
  },
];
