import type { Translation } from '../format.js';
import type en from '../en/site.js';

/** Spanish strings of the site's pages. */
export default {
  meta: {
    titleSuffix: '{{siteName}}',
  },
  skipLink: 'Saltar al contenido principal',
  banner: {
    label: 'Sitio web oficial de la {{siteName}}',
    official: 'Un sitio web oficial de la {{siteName}}',
    howYouKnow: 'Así es como usted puede verificarlo',
    officialHeading: 'Los sitios web oficiales usan .gov',
    officialText: 'Un sitio web .gov pertenece a una organización oficial del Gobierno de Estados Unidos.',
    secureHeading: 'Los sitios web seguros .gov usan HTTPS',
    secureText: 'Un candado o https:// significa que usted se conectó de forma segura a un sitio web .gov. Comparta información sensible sólo en sitios web oficiales y seguros.',
  },
  header: {
    homeLink: 'Página principal de la {{siteName}}',
    navigation: 'Menú principal',
    menu: 'Menú',
  },
  languageSwitcher: {
    label: 'Idioma',
    homeOnly: 'página principal',
  },
  breadcrumbs: {
    label: 'Ruta de navegación',
    home: 'Inicio',
    departments: 'Departamentos',
    services: 'Servicios',
  },
  lastUpdated: 'Última actualización: {{date}}',
  preview: {
    label: 'Vista previa',
    banner: 'Vista previa, sin publicar.',
    explanation: 'Esto es un borrador. Nadie lo ve en el sitio hasta que se publique, y este enlace deja de funcionar al cabo de un tiempo.',
    links: 'Los enlaces de esta página abren el sitio publicado en una pestaña nueva.',
    titlePrefix: '[Vista previa]',
    unfinishedTitle: 'Todavía no se puede ver este borrador',
    unfinishedText: 'Al borrador le falta algo que la página necesita, o no es válido. Corríjalo en el CMS y vuelva a abrir la vista previa:',
    missingTitle: 'No hay nada que mostrar aquí',
    missingText: 'Esta entrada no tiene página en el sitio en este idioma. Un formulario de servicio se muestra en la página de solicitud de un servicio que lo ofrece: vincule primero el formulario a un servicio.',
    failedTitle: 'No se pudo preparar la vista previa',
    failedText: 'El sitio no pudo leer el borrador del CMS en este momento. Inténtelo de nuevo en un minuto.',
  },
  footer: {
    label: 'Pie de página',
    returnToTop: 'Volver al principio',
    requiredLinks: 'Sobre este sitio web',
  },
  alerts: {
    heading: 'Avisos',
    severity: {
      info: 'Información',
      warning: 'Advertencia',
      emergency: 'Emergencia',
    },
  },
  home: {
    servicesHeading: 'Servicios',
    servicesIntro: 'Encuentre un servicio de la Ciudad por tema.',
    residents: 'Para residentes',
    businesses: 'Para negocios',
    noServices: 'Todavía no hay servicios en este grupo.',
    departmentsHeading: 'Departamentos',
  },
  searchBox: {
    label: 'Buscar en este sitio web',
    button: 'Buscar',
  },
  department: {
    purpose: 'Qué hacemos',
    goals: 'Nuestros objetivos',
    divisions: 'Divisiones',
    responsibilities: 'Responsabilidades de {{division}}',
    documents: 'Documentos',
    contact: 'Contacto',
    services: 'Servicios de este departamento',
    noServices: 'Este departamento todavía no tiene servicios en línea.',
  },
  contact: {
    phone: 'Teléfono',
    email: 'Correo electrónico',
    address: 'Dirección',
    hours: 'Horario',
  },
  service: {
    about: 'Sobre este servicio',
    audience: 'Para quién es',
    audiences: {
      residents: 'Residentes',
      businesses: 'Negocios',
      both: 'Residentes y negocios',
    },
    timeToComplete: 'Cuánto tiempo toma',
    department: 'Lo ofrece',
    topic: 'Tema',
    start: 'Comenzar su solicitud',
    startHint: 'Puede llenar la solicitud en línea.',
    noForm: 'Este servicio no tiene solicitud en línea. Comuníquese con el departamento para usarlo.',
  },
  search: {
    title: 'Buscar',
    intro: 'Busque servicios, departamentos e información en este sitio web.',
    noScript: 'La búsqueda necesita JavaScript, que está desactivado o no disponible en su navegador. Puede encontrar todos los servicios desde la página principal.',
    searching: 'Buscando…',
    resultsFor: 'Resultados para «{{query}}»: {{count}}',
    noResults: 'No hay resultados para «{{query}}». Pruebe con otras palabras o vea los servicios desde la página principal.',
    failed: 'La búsqueda no está disponible en este momento. Inténtelo más tarde o vea los servicios desde la página principal.',
    resultsHeading: 'Resultados de la búsqueda',
  },
  notFound: {
    title: 'Página no encontrada',
    text: 'No pudimos encontrar la página que buscaba. Es posible que se haya movido o eliminado.',
    home: 'Ir a la página principal',
  },
  languageChooser: {
    title: 'Elija su idioma',
    redirecting: 'Le llevamos al sitio en inglés.',
  },
} satisfies Translation<typeof en>;
