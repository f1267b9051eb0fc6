import type { TranslationState } from '../../contract';
import { DEFAULT_LOCALE } from './locales';
import type { ReviewRow } from './store';

type Times = Pick<ReviewRow, 'contentChangedAt' | 'translationConfirmedAt'>;

/**
 * A translation may be out of date when its source (the default locale) changed after the
 * translation was last saved or confirmed as still right. The default locale has no source.
 * Times unknown (entries written before the plugin) count as not out of date: nothing to go on.
 */
export function translationState(locale: string, own: Times | null, source: Times | null): TranslationState | null {
  if (locale === DEFAULT_LOCALE) return null;
  const sourceChangedAt = source?.contentChangedAt ?? null;
  const seen = [own?.contentChangedAt, own?.translationConfirmedAt].filter((time): time is string => Boolean(time)).sort().at(-1);
  return { source: DEFAULT_LOCALE, sourceChangedAt, outOfDate: Boolean(sourceChangedAt && seen && sourceChangedAt > seen) };
}
