import { z } from 'zod';
import { messageLocale } from './messages.js';

/** Where a request stands. The order is the usual path; staff may jump between any two. */
export const REQUEST_STATUSES = ['submitted', 'in_review', 'in_progress', 'waiting_for_resident', 'resolved', 'closed', 'rejected'] as const;
export const requestStatusSchema = z.enum(REQUEST_STATUSES);
export type RequestStatus = z.infer<typeof requestStatusSchema>;

/** How a request reached the city. */
export const REQUEST_CHANNELS = ['web', 'web_nojs', 'open311', 'staff'] as const;
export type RequestChannel = (typeof REQUEST_CHANNELS)[number];

const LABELS = {
  en: {
    submitted: 'Received',
    in_review: 'Being reviewed',
    in_progress: 'In progress',
    waiting_for_resident: 'Waiting for your reply',
    resolved: 'Resolved',
    closed: 'Closed',
    rejected: 'Not accepted',
  },
  es: {
    submitted: 'Recibida',
    in_review: 'En revisión',
    in_progress: 'En curso',
    waiting_for_resident: 'Esperando su respuesta',
    resolved: 'Resuelta',
    closed: 'Cerrada',
    rejected: 'No aceptada',
  },
} as const satisfies Record<string, Record<RequestStatus, string>>;

/** A status as a resident reads it, in their language. */
export function statusLabel(status: RequestStatus, locale: string): string {
  return LABELS[messageLocale(locale)][status];
}
