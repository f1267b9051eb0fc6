/** Rules that stop publishing: accessibility errors a reader using assistive technology would meet. */
export const BLOCKING_RULES = [
  'image-missing-alt',
  'image-alt-is-filename',
  'heading-level-skipped',
  'link-text-vague',
  'link-text-bare-url',
  'link-text-empty',
  'table-missing-headers',
  'document-link-missing-format-size',
] as const;

/** Rules that only warn: plain language, which an editor may judge worth breaking. */
export const WARNING_RULES = [
  'reading-grade-too-high',
  'sentence-too-long',
  'passive-voice-share',
  'summary-missing',
  'summary-too-long',
  'translation-missing',
] as const;

export type BlockingRule = (typeof BLOCKING_RULES)[number];
export type WarningRule = (typeof WARNING_RULES)[number];
export type Rule = BlockingRule | WarningRule;

/**
 * One problem and where it is. No wording: the admin words `rule` with `params` in the editor's
 * language, and the server words it in English for its error message.
 */
export interface Finding {
  rule: Rule;
  /** The entry's attribute, e.g. `body`, `summary`, `documents`. */
  field: string;
  /**
   * Where in the field: for blocks, the index of the top-level block and then of the nodes inside it
   * (0-based); for a component list, the item's index; empty for the field as a whole.
   */
  path: number[];
  /** A short quote of the text in question, so the editor can find it. */
  excerpt: string;
  params: Record<string, string | number>;
}

export interface CheckResult {
  blocking: Finding[];
  warnings: Finding[];
}

/** What the city sets (thresholds.ts reads them from the environment). */
export interface Thresholds {
  /** School grade above which the text is too hard (Flesch-Kincaid / Fernández-Huerta as a grade). */
  maxGrade: number;
  /** Words above which a sentence is too long. */
  maxSentenceWords: number;
  /** Share of sentences in the passive voice, 0–100, above which the text warns. */
  maxPassivePercent: number;
  /** Characters above which a summary is too long for a search result or a card. */
  maxSummaryLength: number;
}

export type Language = 'en' | 'es';

export interface CheckOptions {
  /** The entry's locale; decides the readability formula and the passive-voice patterns. */
  locale: string;
  thresholds: Thresholds;
  /** Locales in which this document has no version yet (the caller knows; the entry does not). */
  missingLocales?: readonly string[];
}
