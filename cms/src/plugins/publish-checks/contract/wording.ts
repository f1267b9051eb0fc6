import type { Finding } from '@city/shared/publish-checks';
import { adminWording } from '../../../admin-wording';

/** A message key (without the plugin's prefix) and its values: one way to word a finding for both sides. */
export interface Wording {
  key: string;
  values: Record<string, string | number>;
}

/** The field's message key, for fields the admin's field wording does not label (and the entry as a whole). */
export const fieldWording = (finding: Finding): Wording => ({ key: `field.${finding.field || 'entry'}`, values: {} });

/**
 * The field's label as the editor reads it above the field in the edit view ("Page text"), from the
 * admin's field wording; undefined when it has none, and the caller falls back to `fieldWording`.
 */
export function fieldLabel(uid: string, field: string, language: string): string | undefined {
  const wording = adminWording[language === 'es' ? 'es' : 'en'];
  return field ? wording[uid]?.[field]?.label : undefined;
}

/** Fields that hold a list of components (documents, links) rather than rich text. */
const COMPONENT_LISTS = new Set(['documents', 'navigation', 'footerLinks']);

/** "block 3" for rich text, "item 2" for a list of components, nothing for a whole field. */
export function placeWording(finding: Finding): Wording | null {
  const first = finding.path[0];
  if (first === undefined) return null;
  return { key: COMPONENT_LISTS.has(finding.field) ? 'place.item' : 'place.block', values: { number: first + 1 } };
}

/**
 * The rule's message and its values. `language` turns a locale code into its name in the reader's
 * language, so adding a locale needs no wording.
 */
export function ruleWording(finding: Finding, languageName: (code: string) => string): Wording {
  const values: Record<string, string | number> = { ...finding.params, excerpt: finding.excerpt };
  if (finding.rule === 'document-link-missing-format-size' && !values.format) values.format = 'PDF';
  if (finding.rule === 'translation-missing') values.language = languageName(String(finding.params.locale ?? ''));
  return { key: `rule.${finding.rule}`, values };
}
