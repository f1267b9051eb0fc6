import { describe, expect, it } from 'vitest';
import { publicCodesOf } from './public-services';

const row = (code: string, open311Public: unknown, published: boolean, locale = 'en') => ({ code, locale, open311Public, publishedAt: published ? '2026-01-01T00:00:00Z' : null });

describe('services whose requests Open311 shows', () => {
  it('are only those ticked public in every published version and the default language draft, with a published one', () => {
    expect(
      publicCodesOf([
        row('wifi-outage', true, true),
        row('wifi-outage', true, false),
        row('records', false, true),
        row('unset', null, true),
        row('undefined', undefined, true),
        // Ticked in the draft only: public once published.
        row('draft-only', true, false),
        row('draft-only', false, true),
        // Unticked in the draft: hidden at once.
        row('unticked', true, true),
        row('unticked', false, false),
        // SQLite's boolean as stored.
        row('sqlite', 1, true),
        row('sqlite', 1, false),
        // One published language ticked, the other not.
        row('half', true, true),
        row('half', 0, true, 'es'),
        // Another language's draft left unticked by Strapi: the published versions decide for it.
        row('stale-es-draft', true, true),
        row('stale-es-draft', true, false),
        row('stale-es-draft', true, true, 'es'),
        row('stale-es-draft', false, false, 'es'),
      ]),
    ).toEqual(['sqlite', 'stale-es-draft', 'wifi-outage']);
  });

  it('are none when no form is ticked', () => {
    expect(publicCodesOf([])).toEqual([]);
    expect(publicCodesOf([row('a', false, true), { code: 7, open311Public: true, publishedAt: 'x' }])).toEqual([]);
  });
});
