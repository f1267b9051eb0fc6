// Named examples of the status look-up and of what the CMS answers, for the unit tests and as docs.
import { resources } from '@city/shared/i18n';
import type { Locale } from '@city/shared/locales';
import type { StatusView } from './lookup';
import type { StatusLookupProps } from './StatusLookup';

export function lookupProps(locale: Locale): StatusLookupProps {
  return { locale, messages: resources[locale].statusLookup, formMessages: resources[locale].requestForm, timeZone: 'America/New_York' };
}

/** A request two staff changes along, as `serviceRequestStatus` returns it. */
export const inProgressView: StatusView = {
  reference: 'ALX-7K4M-2Q9P',
  status: 'in_progress',
  statusLabel: 'In progress',
  formTitle: 'Report a problem with a City website or online service',
  submittedAt: '2026-05-04T14:30:00.000Z',
  updatedAt: '2026-05-05T16:05:00.000Z',
  publicNotes: ['We found the fault in the payment page and are fixing it.'],
  timeline: [
    { status: 'submitted', statusLabel: 'Received', publicNote: null, at: '2026-05-04T14:30:00.000Z' },
    { status: 'in_review', statusLabel: 'Being reviewed', publicNote: null, at: '2026-05-05T09:00:00.000Z' },
    { status: 'in_progress', statusLabel: 'In progress', publicNote: 'We found the fault in the payment page and are fixing it.', at: '2026-05-05T16:05:00.000Z' },
  ],
};

export const examples = {
  'English': lookupProps('en'),
  'Spanish': lookupProps('es'),
} satisfies Record<string, StatusLookupProps>;
