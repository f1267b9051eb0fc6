import { describe, expect, it } from 'vitest';
import { translationState } from './translation';

const at = (contentChangedAt: string | null, translationConfirmedAt: string | null = null) => ({ contentChangedAt, translationConfirmedAt });

describe('translation state', () => {
  it('is not asked of the default locale', () => {
    expect(translationState('en', at('2026-12-02T10:00:00.000Z'), at('2026-12-02T11:00:00.000Z'))).toBeNull();
  });

  it('is out of date when the source changed after the translation was saved', () => {
    expect(translationState('es', at('2026-12-02T10:00:00.000Z'), at('2026-12-02T11:00:00.000Z'))).toEqual({ source: 'en', sourceChangedAt: '2026-12-02T11:00:00.000Z', outOfDate: true });
  });

  it('is up to date once the translation is saved or confirmed after the source changed', () => {
    expect(translationState('es', at('2026-12-02T12:00:00.000Z'), at('2026-12-02T11:00:00.000Z'))?.outOfDate).toBe(false);
    expect(translationState('es', at('2026-12-02T10:00:00.000Z', '2026-12-02T12:00:00.000Z'), at('2026-12-02T11:00:00.000Z'))?.outOfDate).toBe(false);
  });

  it('works for any locale other than the default (Arabic, Amharic)', () => {
    expect(translationState('ar', at('2026-12-02T10:00:00.000Z'), at('2026-12-02T11:00:00.000Z'))?.outOfDate).toBe(true);
    expect(translationState('am', at('2026-12-02T12:00:00.000Z'), at('2026-12-02T11:00:00.000Z'))?.outOfDate).toBe(false);
  });

  it('is not out of date when either side’s changes are unknown', () => {
    expect(translationState('es', null, at('2026-12-02T11:00:00.000Z'))?.outOfDate).toBe(false);
    expect(translationState('es', at('2026-12-02T10:00:00.000Z'), null)?.outOfDate).toBe(false);
  });
});
