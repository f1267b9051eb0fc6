import { z } from 'zod';
import { translator } from '../i18n/format.js';
import { status } from '../i18n/languages.js';
import { messageLocale } from './messages.js';

/** Where a request stands. The order is the usual path; staff may jump between any two. */
export const REQUEST_STATUSES = ['submitted', 'in_review', 'in_progress', 'waiting_for_resident', 'resolved', 'closed', 'rejected'] as const;
export const requestStatusSchema = z.enum(REQUEST_STATUSES);
export type RequestStatus = z.infer<typeof requestStatusSchema>;

/** What one entry of a request's history records; entries written before kinds existed are status changes. */
export const HISTORY_KINDS = ['status', 'note', 'assignment', 'priority', 'division', 'closure', 'duplicate', 'duplicated_by', 'resident_reply'] as const;
export type HistoryKind = (typeof HISTORY_KINDS)[number];

/** Why staff closed a request. */
export const CLOSURE_REASONS = ['fixed', 'no_action', 'referred', 'duplicate'] as const;
export type ClosureReason = (typeof CLOSURE_REASONS)[number];

/** How a request reached the city. */
export const REQUEST_CHANNELS = ['web', 'web_nojs', 'open311', 'staff'] as const;
export type RequestChannel = (typeof REQUEST_CHANNELS)[number];

const label = translator<(typeof status)['en']>(status);

/** A status as a resident reads it, in their language. */
export function statusLabel(requestStatus: RequestStatus, locale: string): string {
  return label(messageLocale(locale), requestStatus);
}
