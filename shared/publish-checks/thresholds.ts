import type { Thresholds } from './types.js';

export const DEFAULT_THRESHOLDS: Thresholds = {
  maxGrade: 9,
  maxSentenceWords: 25,
  maxPassivePercent: 20,
  maxSummaryLength: 160,
};

const positive = (raw: string | undefined, fallback: number): number => {
  const value = raw === undefined || raw.trim() === '' ? Number.NaN : Number(raw);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};

/**
 * The city's thresholds: PUBLISH_CHECK_MAX_GRADE, PUBLISH_CHECK_MAX_SENTENCE_WORDS,
 * PUBLISH_CHECK_MAX_PASSIVE_PERCENT, PUBLISH_CHECK_MAX_SUMMARY_LENGTH. A missing or unusable value
 * falls back to the default rather than switching the check off.
 */
export function thresholdsFromEnv(env: Record<string, string | undefined>): Thresholds {
  return {
    maxGrade: positive(env.PUBLISH_CHECK_MAX_GRADE, DEFAULT_THRESHOLDS.maxGrade),
    maxSentenceWords: positive(env.PUBLISH_CHECK_MAX_SENTENCE_WORDS, DEFAULT_THRESHOLDS.maxSentenceWords),
    maxPassivePercent: positive(env.PUBLISH_CHECK_MAX_PASSIVE_PERCENT, DEFAULT_THRESHOLDS.maxPassivePercent),
    maxSummaryLength: positive(env.PUBLISH_CHECK_MAX_SUMMARY_LENGTH, DEFAULT_THRESHOLDS.maxSummaryLength),
  };
}
