import type { Translation } from '../format.js';
import type en from '../en/status.js';

export default {
  submitted: 'Recibida',
  in_review: 'En revisión',
  in_progress: 'En curso',
  waiting_for_resident: 'Esperando su respuesta',
  resolved: 'Resuelta',
  closed: 'Cerrada',
  rejected: 'No aceptada',
} satisfies Translation<typeof en>;
