import { describe, expect, it } from 'vitest';
import { easeToGrade, fernandezHuertaEase, fleschKincaidGrade } from './readability.js';
import { englishSyllables, spanishSyllables } from './syllables.js';

describe('English syllables', () => {
  it.each([
    ['the', 1],
    ['make', 1],
    ['makes', 1],
    ['table', 2],
    ['buses', 2],
    ['pages', 2],
    ['walked', 1],
    ['needed', 2],
    ['city', 2],
    ['yellow', 2],
    ['information', 4],
    ['permit', 2],
  ])('%s has %i', (word, count) => expect(englishSyllables(word)).toBe(count));
});

describe('Spanish syllables', () => {
  it.each([
    ['casa', 2],
    ['ciudad', 2], // diphthong ia
    ['cuidado', 3], // ui diphthong
    ['poeta', 3], // hiatus oe
    ['leer', 2], // hiatus ee
    ['día', 2], // accented í breaks the diphthong
    ['baúl', 2],
    ['hoy', 1], // final y joins the vowel
    ['muy', 1],
    ['y', 1],
    ['información', 4],
    ['aeropuerto', 5],
    ['pingüino', 3],
  ])('%s has %i', (word, count) => expect(spanishSyllables(word)).toBe(count));
});

describe('formulas', () => {
  it('Flesch-Kincaid grade of a known text profile', () => {
    // 100 words, 5 sentences, 150 syllables: 0.39·20 + 11.8·1.5 − 15.59 = 9.91
    expect(fleschKincaidGrade({ words: 100, sentences: 5, syllables: 150 })).toBeCloseTo(9.91, 2);
  });
  it('Fernández-Huerta ease and its grade', () => {
    // 206.84 − 0.60·200 − 1.02·5 = 81.74
    expect(fernandezHuertaEase({ words: 100, sentences: 5, syllables: 200 })).toBeCloseTo(81.74, 2);
    expect(easeToGrade(95)).toBeCloseTo(4.5);
    expect(easeToGrade(60)).toBe(9);
    expect(easeToGrade(55)).toBeCloseTo(10.5);
    expect(easeToGrade(-10)).toBe(18);
    expect(easeToGrade(120)).toBe(4);
  });
});
