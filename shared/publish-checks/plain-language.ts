import { excerptOf, passages, type Node } from './nodes.js';
import { isPassive } from './passive.js';
import { readingGrade, sentencesOf, wordsOf } from './readability.js';
import type { Finding, Language, Thresholds } from './types.js';

/** Fewer sentences than this make a share of passive sentences meaningless (1 of 2 is 50%). */
export const MIN_SENTENCES_FOR_PASSIVE_SHARE = 5;

export interface Prose {
  field: string;
  /** Each passage's text and where it is (block path; empty for a plain text field). */
  passages: { text: string; path: number[] }[];
}

export const proseOfBlocks = (field: string, blocks: Node[]): Prose => ({ field, passages: [...passages(blocks)] });
export const proseOfText = (field: string, text: string): Prose => ({ field, passages: text.trim() ? [{ text: text.trim(), path: [] }] : [] });

/** Warnings about how a text reads: its grade, its long sentences, its share of passive sentences. */
export function plainLanguageFindings(prose: Prose, language: Language | null, thresholds: Thresholds): Finding[] {
  const findings: Finding[] = [];
  const { field } = prose;
  let sentences = 0;
  let passive = 0;
  for (const { text, path } of prose.passages) {
    for (const sentence of sentencesOf(text)) {
      sentences += 1;
      if (language && isPassive(sentence, language)) passive += 1;
      const words = wordsOf(sentence).length;
      if (words > thresholds.maxSentenceWords) {
        findings.push({ rule: 'sentence-too-long', field, path, excerpt: excerptOf(sentence), params: { words, max: thresholds.maxSentenceWords } });
      }
    }
  }
  // Sentence length is measured in every language; the grade and the passive voice only where a formula and patterns exist.
  const grade = language
    ? readingGrade(
        prose.passages.map((passage) => passage.text),
        language,
      )
    : null;
  if (grade !== null && grade > thresholds.maxGrade) {
    findings.push({ rule: 'reading-grade-too-high', field, path: [], excerpt: '', params: { grade: Math.round(grade * 10) / 10, max: thresholds.maxGrade } });
  }
  if (language && sentences >= MIN_SENTENCES_FOR_PASSIVE_SHARE) {
    const percent = Math.round((100 * passive) / sentences);
    if (percent > thresholds.maxPassivePercent) {
      findings.push({ rule: 'passive-voice-share', field, path: [], excerpt: '', params: { percent, max: thresholds.maxPassivePercent, passive, sentences } });
    }
  }
  return findings;
}

/** A summary is what search results and cards show: it should exist and fit. */
export function summaryFindings(field: string, summary: unknown, thresholds: Thresholds): Finding[] {
  const text = typeof summary === 'string' ? summary.trim() : '';
  if (!text) return [{ rule: 'summary-missing', field, path: [], excerpt: '', params: {} }];
  if (text.length > thresholds.maxSummaryLength) {
    return [{ rule: 'summary-too-long', field, path: [], excerpt: excerptOf(text), params: { length: text.length, max: thresholds.maxSummaryLength } }];
  }
  return [];
}
