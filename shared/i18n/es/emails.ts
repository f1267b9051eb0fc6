import type { Translation } from '../format.js';
import type en from '../en/emails.js';

export default {
  confirmation: {
    subject: 'Recibimos su solicitud {{reference}}',
    greeting: 'Hola, {{name}}:',
    received: 'Recibimos su solicitud “{{formTitle}}” el {{date}}.',
    reference: 'Su número de referencia es: {{reference}}',
    keep: 'Guárdelo. Con este número y su correo electrónico puede consultar el estado de su solicitud en {{trackUrl}}',
    responseTime: 'Normalmente respondemos en {{responseTime}}.',
  },
  statusChange: {
    subject: 'Novedades sobre su solicitud {{reference}}: {{status}}',
    greeting: 'Hola, {{name}}:',
    now: 'Su solicitud “{{formTitle}}” ({{reference}}) está ahora: {{status}}.',
    track: 'Puede consultar su solicitud en {{trackUrl}}',
  },
} satisfies Translation<typeof en>;
