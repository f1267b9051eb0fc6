/**
 * Syllable counts for the readability formulas. Both are heuristics, good enough for an average
 * over a text, not for one word.
 *
 * English: vowel groups (y counts as a vowel), less a silent final -e and a final -es/-ed that adds
 * no syllable. Limits: misses some silent letters ("Wednesday"), compounds ("lifeline" counts 3)
 * and words like "create" where two vowels belong to two syllables.
 *
 * Spanish: one syllable per vowel group, split where two strong vowels (a, e, o) meet (hiatus) or an
 * accented í/ú touches another vowel; a weak vowel (i, u, ü) with any other is a diphthong. A final y
 * ("hoy", "muy") joins the group before it. Limits: an h between vowels ("prohibir") is not seen,
 * and unwritten hiatus ("rio" without its accent) counts as a diphthong.
 */
export function englishSyllables(word: string): number {
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 0;
  if (w.length <= 3) return 1;
  // A final -es after a hissing sound ("buses") and -ed after t or d ("needed") are syllables of their own.
  if (!/(?:[sxzgc]|ch|sh)es$/.test(w)) w = w.replace(/(?:[^laeiouy]es|[^laeiouy]e)$/, '');
  if (/[^aeiouytd]ed$/.test(w)) w = w.slice(0, -2);
  w = w.replace(/^y/, '');
  const groups = w.match(/[aeiouy]+/g);
  return Math.max(1, groups?.length ?? 0);
}

const STRONG = new Set(['a', 'e', 'o', 'á', 'é', 'ó', 'í', 'ú']);
const VOWEL = /[aeiouáéíóúü]/;

export function spanishSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-záéíóúüñ]/g, '');
  if (!w) return 0;
  let count = 0;
  let previousVowel: string | null = null;
  for (const [index, letter] of [...w].entries()) {
    const finalY: boolean = letter === 'y' && index === w.length - 1 && previousVowel !== null;
    if (!VOWEL.test(letter) && !finalY) {
      previousVowel = null;
      continue;
    }
    const vowel: string = finalY ? 'i' : letter;
    if (previousVowel === null || (STRONG.has(previousVowel) && STRONG.has(vowel))) count += 1;
    previousVowel = vowel;
  }
  return Math.max(1, count);
}
