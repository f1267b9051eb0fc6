// Named examples of the status look-up and of what the CMS answers, for the unit tests and as docs.
import { namespaces, resources } from '@city/shared/i18n';
import type { Locale } from '@city/shared/locales';
import type { StatusView } from './lookup';
import type { StatusLookupProps } from './StatusLookup';

export function lookupProps(locale: Locale): StatusLookupProps {
  return { locale, messages: resources[locale].statusLookup, formMessages: resources[locale].requestForm, statusLabels: namespaces.status[locale], timeZone: 'America/New_York', replyUrl: 'https://cms.example/api/service-requests/reply' };
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
    { kind: 'received', status: 'submitted', at: '2026-05-04T14:30:00.000Z', publicNote: null, detail: null },
    { kind: 'status', status: 'in_review', at: '2026-05-05T09:00:00.000Z', publicNote: null, detail: null },
    { kind: 'status', status: 'in_progress', at: '2026-05-05T16:05:00.000Z', publicNote: TIMELINE_REPLY, detail: null },
  ],
};

/** A request the City asked the resident about ("waiting for your reply"): the reply form shows. */
export const waitingView: StatusView = {
  ...inProgressView,
  status: 'waiting_for_resident',
  updatedAt: '2026-05-06T09:00:00.000Z',
  events: [...inProgressView.events, { kind: 'status', status: 'waiting_for_resident', at: '2026-05-06T09:00:00.000Z', publicNote: 'Which browser do you use?', detail: null }],
};

/** `waitingView` once the resident replied (as the CMS answers the reply), then closed as fixed. */
export const repliedView: StatusView = {
  ...waitingView,
  status: 'in_review',
  updatedAt: '2026-05-06T10:00:00.000Z',
  events: [...waitingView.events, { kind: 'resident_reply', status: 'in_review', at: '2026-05-06T10:00:00.000Z', publicNote: 'Firefox 140.', detail: 'screen.png' }],
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
  /** Right to left: the reference and dates inside Arabic text. */
  'A request found, with its timeline, in Arabic': foundProps('ar'),
  'A request found, with its timeline, in Amharic': foundProps('am'),
  'A request waiting for the resident’s reply': { ...lookupProps('en'), server: { values: { reference: waitingView.reference, email: 'ana@example.com' }, view: waitingView } },
} satisfies Record<string, StatusLookupProps>;
