import { englishSyllables, spanishSyllables } from './syllables.js';
import type { Language } from './types.js';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

export const wordsOf = (text: string): string[] => text.match(WORD) ?? [];

/**
 * Sentences: text up to . ! ? … (or ¡ ¿ starting a new one) followed by a space. Limits: an
 * abbreviation ("Dr. Smith", "p. ej.") ends a sentence early; a passage without final punctuation
 * is one sentence.
 */
export function sentencesOf(text: string): string[] {
  return text
    // Arabic ends a question with ؟; Amharic a sentence with ። and a question with ፧.
    .split(/(?<=[.!?…؟።፧])\s+|\s+(?=[¡¿])/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => wordsOf(sentence).length > 0);
}

export interface TextStats {
  words: number;
  sentences: number;
  syllables: number;
}

export function statsOf(passages: readonly string[], language: Language): TextStats {
  const count = language === 'es' ? spanishSyllables : englishSyllables;
  let words = 0;
  let sentences = 0;
  let syllables = 0;
  for (const passage of passages) {
    for (const sentence of sentencesOf(passage)) {
      const sentenceWords = wordsOf(sentence);
      sentences += 1;
      words += sentenceWords.length;
      for (const word of sentenceWords) syllables += count(word);
    }
  }
  return { words, sentences, syllables };
}

/** Flesch-Kincaid grade level (US school grade). */
export function fleschKincaidGrade({ words, sentences, syllables }: TextStats): number {
  return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
}

/** Fernández-Huerta reading ease, 0 (very hard) to about 100 (very easy). */
export function fernandezHuertaEase({ words, sentences, syllables }: TextStats): number {
  return 206.84 - 0.6 * ((100 * syllables) / words) - 1.02 * ((100 * sentences) / words);
}

/**
 * Fernández-Huerta's ease as a school grade, so one city threshold serves both languages. The
 * formula is a Spanish adaptation of Flesch's reading ease; this follows Flesch's own table of ease
 * to grade (90 → 5th, 80 → 6th, 70 → 7th, 60 → 8th–9th, 50 → 10th–12th, 30 → college), linear between.
 */
const EASE_TO_GRADE: readonly [ease: number, grade: number][] = [
  [100, 4],
  [90, 5],
  [80, 6],
  [70, 7],
  [60, 9],
  [50, 12],
  [30, 16],
  [0, 18],
];
export function easeToGrade(ease: number): number {
  const first = EASE_TO_GRADE[0]!;
  if (ease >= first[0]) return first[1];
  for (let index = 1; index < EASE_TO_GRADE.length; index++) {
    const [highEase, highGrade] = EASE_TO_GRADE[index - 1]!;
    const [lowEase, lowGrade] = EASE_TO_GRADE[index]!;
    if (ease >= lowEase) return lowGrade + ((ease - lowEase) / (highEase - lowEase)) * (highGrade - lowGrade);
  }
  return EASE_TO_GRADE[EASE_TO_GRADE.length - 1]![1];
}

/** Fewer words than this give a grade that says more about one sentence than about the text. */
export const MIN_WORDS_FOR_GRADE = 30;

/** The text's reading grade in its language, or null when it is too short to measure. */
export function readingGrade(passages: readonly string[], language: Language): number | null {
  const stats = statsOf(passages, language);
  if (stats.words < MIN_WORDS_FOR_GRADE || stats.sentences === 0) return null;
  return language === 'es' ? easeToGrade(fernandezHuertaEase(stats)) : fleschKincaidGrade(stats);
}
