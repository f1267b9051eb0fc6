import { blocksAccessibility, htmlTableFindings, linkFindings } from './accessibility.js';
import { downloadFormat, namesFormatAndSize } from './links.js';
import { excerptOf, isBlocks, isNode } from './nodes.js';
import { plainLanguageFindings, proseOfBlocks, proseOfText, summaryFindings } from './plain-language.js';
import { BLOCKING_RULES, type CheckOptions, type CheckResult, type Finding, type Language } from './types.js';

export * from './types.js';
export { DEFAULT_THRESHOLDS, thresholdsFromEnv } from './thresholds.js';

/** The field editors write a summary in; an entry without one (an alert, a form) is not asked for it. */
const SUMMARY_FIELD = 'summary';
/** Plain-text fields read as prose besides the summary and the rich text. */
const PROSE_FIELDS = ['message', 'introduction', 'description', 'confirmationText'];

/**
 * The language whose reading-grade formula and passive-voice patterns apply, or null for a language
 * that has neither here (Arabic, Amharic): English's would measure its text wrongly.
 */
const languageOf = (locale: string): Language | null => {
  const code = locale.toLowerCase().split('-')[0];
  return code === 'es' || code === 'en' ? code : null;
};

/** A component list of documents (title plus address or file): the title is the link's text on the site. */
function documentFindings(field: string, items: unknown[]): Finding[] {
  const findings: Finding[] = [];
  for (const [index, item] of items.entries()) {
    if (!isNode(item)) continue;
    const record = item as Record<string, unknown>;
    const file = isNode(record.file) ? (record.file as Record<string, unknown>) : null;
    const url = typeof record.url === 'string' && record.url ? record.url : typeof file?.url === 'string' ? file.url : '';
    const title = typeof record.title === 'string' ? record.title : '';
    const format = url ? downloadFormat(url) : null;
    if (format !== null && !namesFormatAndSize(title)) {
      findings.push({ rule: 'document-link-missing-format-size', field, path: [index], excerpt: excerptOf(title), params: { url, format } });
    }
  }
  return findings;
}

const isDocumentList = (value: unknown): value is unknown[] =>
  Array.isArray(value) && value.length > 0 && value.every((item) => isNode(item) && 'title' in item && ('url' in item || 'file' in item));

/** A component list of links (the global navigation and footer): label and address, as the site links them. */
const isLinkList = (value: unknown): value is Record<string, unknown>[] =>
  Array.isArray(value) && value.length > 0 && value.every((item) => isNode(item) && 'label' in item && 'href' in item);

function linkListFindings(field: string, items: Record<string, unknown>[]): Finding[] {
  return items.flatMap((item, index) => linkFindings(field, [index], typeof item.label === 'string' ? item.label : '', typeof item.href === 'string' ? item.href : ''));
}

/**
 * Checks before publishing (README "Checks before publishing"): the same rules in the admin's side
 * panel and in the publish check. `entry` is the draft as the Document Service or the content
 * manager gives it; blocks fields are found by their shape, so every editorial type is covered.
 */
export function checkEntry(entry: Record<string, unknown>, options: CheckOptions): CheckResult {
  const language = languageOf(options.locale);
  const findings: Finding[] = [];
  for (const [field, value] of Object.entries(entry)) {
    if (isBlocks(value) && value.length > 0) {
      findings.push(...blocksAccessibility(field, value));
      findings.push(...plainLanguageFindings(proseOfBlocks(field, value), language, options.thresholds));
    } else if (isLinkList(value)) {
      findings.push(...linkListFindings(field, value));
    } else if (isDocumentList(value)) {
      findings.push(...documentFindings(field, value));
    } else if (typeof value === 'string') {
      findings.push(...htmlTableFindings(field, value));
      if (field === SUMMARY_FIELD || PROSE_FIELDS.includes(field)) {
        findings.push(...plainLanguageFindings(proseOfText(field, value), language, options.thresholds));
      }
    }
  }
  if (SUMMARY_FIELD in entry) findings.push(...summaryFindings(SUMMARY_FIELD, entry[SUMMARY_FIELD], options.thresholds));
  for (const locale of options.missingLocales ?? []) {
    findings.push({ rule: 'translation-missing', field: '', path: [], excerpt: '', params: { locale } });
  }
  const blocking = new Set<string>(BLOCKING_RULES);
  return {
    blocking: findings.filter((finding) => blocking.has(finding.rule)),
    warnings: findings.filter((finding) => !blocking.has(finding.rule)),
  };
}
