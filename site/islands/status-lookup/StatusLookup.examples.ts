// Named examples of the status look-up and of what the CMS answers, for the unit tests and as docs.
import { namespaces, resources } from '@city/shared/i18n';
import type { Locale } from '@city/shared/locales';
import type { StatusView } from './lookup';
import type { StatusLookupProps } from './StatusLookup';

export function lookupProps(locale: Locale): StatusLookupProps {
  return { locale, messages: resources[locale].statusLookup, formMessages: resources[locale].requestForm, statusLabels: namespaces.status[locale], timeZone: 'America/New_York' };
}

/** A staff reply of two paragraphs, with markup that must stay text. */
export const TIMELINE_REPLY = 'We found the fault in the payment page and are fixing it.\n\nIt should work again by Friday. <b>Thank you</b> for telling us.';

/**
 * A request two staff changes along, as `serviceRequestStatus` returns it. Between them staff wrote
 * an internal note alone (same status): the CMS leaves that out of the timeline, so it is not here.
 */
export const inProgressView: StatusView = {
  reference: 'ALX-7K4M-2Q9P',
  status: 'in_progress',
  statusLabel: 'In progress',
  formTitle: 'Report a problem with a City website or online service',
  submittedAt: '2026-05-04T14:30:00.000Z',
  updatedAt: '2026-05-05T16:05:00.000Z',
  publicNotes: [TIMELINE_REPLY],
  events: [
    { kind: 'received', status: 'submitted', at: '2026-05-04T14:30:00.000Z', publicNote: null },
    { kind: 'status', status: 'in_review', at: '2026-05-05T09:00:00.000Z', publicNote: null },
    { kind: 'status', status: 'in_progress', at: '2026-05-05T16:05:00.000Z', publicNote: TIMELINE_REPLY },
  ],
};

/** The props the page and the publisher give a look-up that found `inProgressView`. */
export function foundProps(locale: Locale): StatusLookupProps {
  return { ...lookupProps(locale), server: { values: { reference: inProgressView.reference, email: 'ana@example.com' }, view: inProgressView } };
}

export const examples = {
  'English': lookupProps('en'),
  'Spanish': lookupProps('es'),
  'A request found, with its timeline': foundProps('en'),
  'A request found, with its timeline, in Spanish': foundProps('es'),
} satisfies Record<string, StatusLookupProps>;
