import type en from '../en/desk.js';
import type { Translation } from '../format.js';

export default {
  duplicateOf: 'Esta solicitud repite la {{reference}}, en la que ya estamos trabajando. Siga la {{reference}} para recibir novedades.',
  csv: {
    reference: 'Referencia',
    received: 'Recibida',
    due: 'Vence',
    overdue: 'Atrasada',
    status: 'Estado',
    priority: 'Prioridad',
    service: 'Servicio',
    division: 'División',
    assignee: 'Asignada a',
    resident: 'Residente',
  },
  yes: 'Sí',
  no: 'No',
  priority: { low: 'Baja', normal: 'Normal', high: 'Alta', urgent: 'Urgente' },
} satisfies Translation<typeof en>;
