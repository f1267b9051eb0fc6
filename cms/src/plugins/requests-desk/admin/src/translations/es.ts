import type { en } from './en';

export const es: Record<keyof typeof en, string> = {
  menu: 'Solicitudes',
  'queue.title': 'Solicitudes',
};
