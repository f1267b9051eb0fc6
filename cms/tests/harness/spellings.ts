/**
 * Other spellings of a route path, the ways a client can write it: letter case, a trailing slash,
 * repeated slashes, percent-encoded letters, and all of them at once. Only the route's own words
 * change; `:name` parameters and regular-expression parts of a route template are kept as written.
 */
export const SPELLINGS = ['upper case', 'mixed case', 'trailing slash', 'double slashes', 'encoded letters', 'combined'] as const;
export type Spelling = (typeof SPELLINGS)[number];

const LETTER = /[A-Za-z]/;
const encodeLetter = (letter: string) => `%${letter.charCodeAt(0).toString(16).toUpperCase()}`;

/** The literal start of a segment (up to a parameter or a pattern), and the rest. */
function split(segment: string): [string, string] {
  const end = segment.search(/[:(]/);
  return end === -1 ? [segment, ''] : [segment.slice(0, end), segment.slice(end)];
}

function mapWords(template: string, change: (word: string) => string): string {
  return template
    .split('/')
    .map((segment) => {
      const [word, rest] = split(segment);
      return change(word) + rest;
    })
    .join('/');
}

function capitalize(word: string): string {
  const index = word.search(LETTER);
  return index === -1 ? word : word.slice(0, index) + word.charAt(index).toUpperCase() + word.slice(index + 1);
}

function encodeFirstLetter(word: string): string {
  const index = word.search(LETTER);
  return index === -1 ? word : word.slice(0, index) + encodeLetter(word.charAt(index)) + word.slice(index + 1);
}

/** `template` (a path such as `/api/pages` or `/upload/files/:id`) in the given spelling. */
export function spell(template: string, spelling: Spelling): string {
  switch (spelling) {
    case 'upper case':
      return mapWords(template, (word) => word.toUpperCase());
    case 'mixed case':
      return mapWords(template, capitalize);
    case 'trailing slash':
      return `${template}/`;
    case 'double slashes':
      return template.replace(/\//g, '//');
    case 'encoded letters':
      return mapWords(template, encodeFirstLetter);
    case 'combined':
      return `${mapWords(template, (word) => encodeFirstLetter(word.toUpperCase())).replace(/\//g, '//')}/`;
  }
}

/** Spellings that name the same route once the path is canonical (letter case does not). */
export const sameRoute = (spelling: Spelling): boolean => spelling === 'trailing slash' || spelling === 'double slashes' || spelling === 'encoded letters';
