/**
 * Link text that says nothing out of context: a screen reader's list of links reads "here, here,
 * click here". Both admin languages are checked whatever the entry's locale, since editors paste.
 */
const VAGUE_LINK_TEXTS = new Set([
  // English
  'click here',
  'click',
  'here',
  'click this',
  'this link',
  'link',
  'read more',
  'more',
  'more info',
  'learn more',
  'this page',
  // Spanish (accents removed before comparing)
  'haga clic aqui',
  'haga click aqui',
  'haz clic aqui',
  'haz click aqui',
  'clic aqui',
  'click aqui',
  'pulse aqui',
  'pincha aqui',
  'aqui',
  'aca',
  'este enlace',
  'enlace',
  'leer mas',
  'mas',
  'mas informacion',
  'ver mas',
]);

const normalise = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

export const isVagueLinkText = (text: string): boolean => VAGUE_LINK_TEXTS.has(normalise(text));

/** The link's text is an address: "https://…", "www.…", or the link's own URL. */
export function isBareUrl(text: string, url: string): boolean {
  const trimmed = text.trim();
  if (/^(?:https?:\/\/|www\.)\S+$/i.test(trimmed)) return true;
  const strip = (value: string) => value.trim().replace(/^(?:https?:\/\/)?(?:www\.)?/i, '').replace(/\/$/, '').toLowerCase();
  return trimmed.length > 0 && strip(trimmed) === strip(url);
}

/** Formats a reader should know before a download starts, by file extension. */
const FORMATS: Record<string, string> = {
  pdf: 'PDF',
  doc: 'Word',
  docx: 'Word',
  xls: 'Excel',
  xlsx: 'Excel',
  csv: 'CSV',
  zip: 'ZIP',
  ppt: 'PowerPoint',
  pptx: 'PowerPoint',
  odt: 'ODT',
  ods: 'ODS',
  rtf: 'RTF',
};
/** Words that name a format in link text: the extension itself or the program's name. */
const FORMAT_WORDS = /\b(?:pdf|docx?|word|xlsx?|excel|csv|zip|pptx?|powerpoint|odt|ods|rtf|txt|jpe?g|png|gif|webp)\b/i;
const SIZE = /\b\d+(?:[.,]\d+)?\s?(?:bytes?|[kmg]i?b|[kmg]o)\b/i;

/**
 * The file a link downloads, or null for a web page: an address whose path ends in a document
 * extension, or any file the CMS serves from /uploads/. Returns the format to name ('' if unknown).
 */
export function downloadFormat(url: string): string | null {
  const path = url.split(/[?#]/)[0] ?? '';
  const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  if (extension && FORMATS[extension]) return FORMATS[extension];
  if (/(?:^|\/)uploads\//.test(path)) return extension ? extension.toUpperCase() : '';
  return null;
}

/** "Annual report (PDF, 2 MB)": the text names a format and a size. */
export const namesFormatAndSize = (text: string): boolean => FORMAT_WORDS.test(text) && SIZE.test(text);
