import type { Translation } from '../format.js';
import type en from '../en/pages.js';

export default {
  conflict: {
    title: 'Esta solicitud ya se envió',
    text: 'Ya recibimos una solicitud distinta desde este formulario. Para enviar otra, vuelva a abrir el formulario.',
    link: 'Abrir el formulario de nuevo',
  },
  limit: {
    rate_one: 'Demasiadas solicitudes desde su conexión. Inténtelo de nuevo en {{count}} minuto.',
    rate_many: 'Demasiadas solicitudes desde su conexión. Inténtelo de nuevo en {{count}} minutos.',
    rate_other: 'Demasiadas solicitudes desde su conexión. Inténtelo de nuevo en {{count}} minutos.',
    size: 'Lo que envió es demasiado grande. Adjunte archivos más pequeños e inténtelo de nuevo.',
    type: 'Esta dirección solo acepta envíos de formularios.',
  },
} satisfies Translation<typeof en>;
