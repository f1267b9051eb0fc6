import type { Translation } from '../format.js';
import type en from '../en/emails.js';

export default {
  common: {
    trackLink: 'Consultar el estado de la solicitud {{reference}}',
    trackText: 'Consultar el estado de la solicitud {{reference}}: {{trackUrl}}',
  },
  confirmation: {
    subject: 'Recibimos su solicitud {{reference}}',
    heading: 'Recibimos su solicitud',
    greeting: 'Hola, {{name}}:',
    received: 'Recibimos su solicitud “{{formTitle}}” el {{date}}.',
    reference: 'Su número de referencia es: {{reference}}',
    keep: 'Guárdelo. Con este número y su correo electrónico puede consultar el estado de su solicitud en nuestro sitio web.',
    responseTime: 'Normalmente respondemos en {{responseTime}}.',
  },
  statusChange: {
    subject: 'Novedades sobre su solicitud {{reference}}: {{status}}',
    heading: 'Novedades sobre su solicitud',
    greeting: 'Hola, {{name}}:',
    now: 'Su solicitud “{{formTitle}}” ({{reference}}) está ahora: {{status}}.',
    noteHeading: 'Mensaje de la ciudad',
    why: 'Recibe este correo porque envió la solicitud {{reference}}.',
    stopLink: 'Dejar de recibir correos sobre esta solicitud',
    stopText: 'Dejar de recibir correos sobre esta solicitud: {{stopUrl}}',
  },
  updates: {
    title: 'Correos sobre la solicitud {{reference}}',
    ask: '¿Quiere dejar de recibir un correo cada vez que se actualice la solicitud {{reference}}? Podrá seguir consultando su estado en nuestro sitio web.',
    stop: 'Dejar de recibir correos',
    stoppedTitle: 'Ya no recibirá correos',
    stopped: 'Ya no le enviaremos correos cuando se actualice la solicitud {{reference}}.',
    resume: 'Volver a recibir correos',
    resumedTitle: 'Volverá a recibir correos',
    resumed: 'Le enviaremos un correo de nuevo cuando se actualice la solicitud {{reference}}.',
    notFoundTitle: 'Este enlace no funciona',
    notFound: 'Este enlace no es válido. Ábralo de nuevo desde el correo y asegúrese de usar el enlace completo.',
  },
  staffReply: {
    subject: 'Un residente respondió a la solicitud {{reference}}',
    heading: 'Un residente respondió',
    greeting: 'Hola, {{name}}:',
    body: 'El residente respondió a la solicitud {{reference}}, que esperaba su respuesta. Vuelve a estar en revisión en su cola.',
    link: 'Abrir la solicitud {{reference}} en el escritorio de Solicitudes',
    linkText: 'Abrir la solicitud {{reference}} en el escritorio de Solicitudes: {{deskUrl}}',
  },
  reviewDue: {
    subject: 'Revisión pendiente: {{title}}',
    heading: 'Un contenido a su cargo necesita revisión',
    greeting: 'Hola, {{name}}:',
    due: '{{type}} «{{title}}» ({{language}}) debía revisarse el {{date}}.',
    ask: 'Compruebe que sigue siendo correcta y actual, cambie lo que haga falta y pulse «Marcar como revisada» en su panel lateral.',
    editLink: 'Abrir «{{title}}» en el CMS',
    editText: 'Abrir «{{title}}» en el CMS: {{editUrl}}',
    why: 'Recibe este correo porque es responsable de esta entrada en el CMS.',
    types: { page: 'La página', service: 'El servicio', department: 'El departamento' },
  },
} satisfies Translation<typeof en>;
