import { describe, expect, it } from 'vitest';
import { REQUEST_STATUSES } from '@city/shared/forms';
import { LOCALES } from '@city/shared/locales';
import { OPEN311_MESSAGES } from './messages';
import { parseOpen311Datetime, readRequestQuery } from './query';
import { open311Status, portalStatuses } from './status';

const now = new Date('2026-05-20T12:00:00Z');
const DAY = 24 * 60 * 60 * 1000;

describe('GET requests parameters', () => {
  it('default to the 90 days before now, 100 results at most', () => {
    const read = readRequestQuery({}, 'en', now);
    expect(read).toEqual({ success: true, data: { kind: 'search', start: new Date(now.getTime() - 90 * DAY), end: now, limit: 100, serviceCodes: undefined, statuses: undefined } });
  });

  it('let service_request_id override every other filter, even invalid ones', () => {
    expect(readRequestQuery({ service_request_id: 'ALX-1111-2222, ALX-3333-4444,,', start_date: 'nonsense', status: 'lost' }, 'en', now)).toEqual({
      success: true,
      data: { kind: 'ids', ids: ['ALX-1111-2222', 'ALX-3333-4444'] },
    });
    const many = Array.from({ length: 101 }, (_x, index) => `ID-${index}`).join(',');
    expect(readRequestQuery({ service_request_id: many }, 'en', now)).toMatchObject({ success: false, errors: [{ field: 'service_request_id' }] });
  });

  it('read comma lists of service codes and statuses', () => {
    const read = readRequestQuery({ service_code: 'wifi-outage,gis-data-request', status: 'open,closed' }, 'en', now);
    expect(read).toMatchObject({ success: true, data: { serviceCodes: ['wifi-outage', 'gis-data-request'], statuses: ['open', 'closed'] } });
    expect(readRequestQuery({ status: 'pending' }, 'es', now)).toEqual({ success: false, errors: [{ field: 'status', message: 'status debe ser open, closed, o ambos separados por una coma' }] });
  });

  it('complete a half-open range to 90 days and refuse a wider one', () => {
    const start = '2026-04-01T00:00:00-04:00';
    expect(readRequestQuery({ start_date: start }, 'en', now)).toMatchObject({ success: true, data: { start: new Date(start), end: now } });
    const old = readRequestQuery({ start_date: '2025-01-01T00:00:00Z' }, 'en', now);
    expect(old).toMatchObject({ success: true, data: { end: new Date(Date.parse('2025-01-01T00:00:00Z') + 90 * DAY) } });
    expect(readRequestQuery({ end_date: '2026-03-01T00:00:00Z' }, 'en', now)).toMatchObject({ success: true, data: { start: new Date(Date.parse('2026-03-01T00:00:00Z') - 90 * DAY) } });
    expect(readRequestQuery({ start_date: '2026-01-01T00:00:00Z', end_date: '2026-03-31T00:00:00Z' }, 'en', now).success).toBe(true);
    expect(readRequestQuery({ start_date: '2026-01-01T00:00:00Z', end_date: '2026-04-01T00:00:01Z' }, 'en', now)).toEqual({
      success: false,
      errors: [{ field: 'end_date', message: 'start_date and end_date can be 90 days apart at most' }],
    });
    expect(readRequestQuery({ start_date: '2026-02-01T00:00:00Z', end_date: '2026-01-01T00:00:00Z' }, 'en', now)).toMatchObject({ success: false, errors: [{ field: 'start_date' }] });
  });

  it('accept ISO 8601 with a time zone (or a bare date) and refuse anything else', () => {
    expect(parseOpen311Datetime('2026-03-01T10:00:00Z')?.toISOString()).toBe('2026-03-01T10:00:00.000Z');
    expect(parseOpen311Datetime('2026-03-01T10:00:00.123+0530')?.toISOString()).toBe('2026-03-01T04:30:00.123Z');
    expect(parseOpen311Datetime('2026-03-01')?.toISOString()).toBe('2026-03-01T00:00:00.000Z');
    for (const bad of ['yesterday', '2026-02-30T00:00:00Z', '2026-13-01T00:00:00Z', '2026-03-01T24:00:00Z', '2026-03-01T10:00:00', '01/03/2026', '2026-03-01T10:00:00+15:00']) {
      expect(parseOpen311Datetime(bad), bad).toBeUndefined();
    }
    expect(readRequestQuery({ start_date: 'yesterday' }, 'en', now)).toEqual({
      success: false,
      errors: [{ field: 'start_date', message: 'start_date must be an ISO 8601 date and time with a time zone, like 2025-03-01T00:00:00Z' }],
    });
  });
});

describe('statuses', () => {
  it('map every portal status onto open or closed, and back', () => {
    expect(REQUEST_STATUSES.map(open311Status)).toEqual(['open', 'open', 'open', 'open', 'closed', 'closed', 'closed']);
    expect(portalStatuses('closed')).toEqual(['resolved', 'closed', 'rejected']);
    expect([...portalStatuses('open'), ...portalStatuses('closed')].sort()).toEqual([...REQUEST_STATUSES].sort());
  });
});

describe('Open311 messages', () => {
  it('exist, non-empty and with the same placeholders, in every language', () => {
    const english = OPEN311_MESSAGES.en;
    for (const locale of LOCALES) {
      const catalogue = OPEN311_MESSAGES[locale];
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(english).sort());
      for (const [key, text] of Object.entries(catalogue)) {
        expect(text, `${locale} ${key}`).not.toBe('');
        const holes = (value: string) => [...value.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
        expect(holes(text), `${locale} ${key}`).toEqual(holes(english[key as keyof typeof english]));
      }
    }
  });
});
