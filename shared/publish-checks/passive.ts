import type { Language } from './types.js';

/**
 * Passive voice, by pattern. English: a form of "to be" (or "get"), at most one adverb, then a past
 * participle (-ed or a common irregular one). Spanish: a form of "ser", at most one -mente adverb,
 * then a participle (-ado/-ido and their feminine and plural, or a common irregular one).
 *
 * Limits: adjectives that look like participles count ("is tired", "es conocido"), participles
 * without -ed that are not listed are missed, and the Spanish reflexive passive ("se publican los
 * avisos") is not counted, since "se" has too many other uses to tell apart by pattern.
 */
const EN_BE = "(?:am|is|are|was|were|be|been|being|get|gets|got|gotten|getting|it's|that's|there's)";
const EN_IRREGULAR =
  'known|given|taken|made|done|seen|written|paid|sent|held|built|sold|told|found|kept|left|shown|chosen|hidden|broken|spoken|driven|drawn|thrown|grown|brought|bought|caught|taught|thought|set|put|cut|read|won|lost|met|led|fed|begun|forgotten|frozen|stolen|worn|torn|born|hit|hurt|shut|spent|lent|meant|understood|forbidden|forgiven|sworn|withdrawn';
const EN_NOT_PARTICIPLES = new Set(['need', 'feed', 'seed', 'speed', 'indeed', 'exceed', 'proceed', 'succeed', 'bed', 'red', 'shed', 'bred', 'hundred']);
const EN_PASSIVE = new RegExp(`\\b${EN_BE}\\s+(?:\\w+ly\\s+)?(\\w+ed|${EN_IRREGULAR})\\b`, 'gi');

const ES_SER = '(?:soy|eres|es|somos|son|era|eran|fue|fueron|fui|será|serán|sería|serían|sea|sean|fuera|fueran|ser|sido|siendo)';
const ES_IRREGULAR = '(?:hech|dich|escrit|vist|puest|abiert|cubiert|resuelt|vuelt|rot|muert|impres|devuelt|descubiert|satisfech)[oa]s?';
const ES_PASSIVE = new RegExp(`(?<![\\p{L}])${ES_SER}\\s+(?:\\p{L}+mente\\s+)?(\\p{L}+(?:ad|id)[oa]s?|${ES_IRREGULAR})(?![\\p{L}])`, 'giu');

/** Spanish nouns and pronouns ending like participles that often follow "es" ("es nada", "es una salida"). */
const ES_NOT_PARTICIPLES = new Set(['nada', 'cada', 'vida', 'medida', 'comida', 'salida', 'llegada', 'entrada', 'partida', 'ida', 'lado', 'estado', 'mercado', 'pasado', 'resultado']);

export function isPassive(sentence: string, language: Language): boolean {
  const [pattern, exceptions] = language === 'es' ? [ES_PASSIVE, ES_NOT_PARTICIPLES] : [EN_PASSIVE, EN_NOT_PARTICIPLES];
  return [...sentence.matchAll(pattern)].some((match) => !exceptions.has((match[1] ?? '').toLowerCase()));
}
