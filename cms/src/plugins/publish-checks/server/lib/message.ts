import type { Finding } from '@city/shared/publish-checks';
import type { AdminLanguage } from '../../../../lib/admin-language';
import { translations } from '../../admin/src/translations';
import { fieldLabel, fieldWording, placeWording, ruleWording, type Wording } from '../../contract/wording';

/** One formatter for the side panel's messages (`{name}` placeholders only, see translations/en.ts). */
function format(language: AdminLanguage, { key, values }: Wording, fallback: string): string {
  const messages: Record<string, string> = translations[language];
  const english: Record<string, string> = translations.en;
  const template = messages[key] ?? english[key] ?? fallback;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** "Page text, block 3: the image has no alternative text (bridge.jpg)", for an entry of type `uid`, in the editor's language. */
export function describeFinding(finding: Finding, uid = '', language: AdminLanguage = 'en'): string {
  const languages = new Intl.DisplayNames([language], { type: 'language' });
  const field = fieldLabel(uid, finding.field, language) ?? format(language, fieldWording(finding), finding.field);
  const place = placeWording(finding);
  const where = place ? `${field}, ${format(language, place, '')}` : field;
  return `${where}: ${format(language, ruleWording(finding, (code) => languages.of(code) ?? code), finding.rule)}`;
}

/**
 * The refusal to publish, in the editor's admin language: Strapi's admin shows a publish error's
 * message as it is (a toast), so the server words it from the same messages as the side panel.
 */
export const refusalMessage = (findings: Finding[], uid: string, language: AdminLanguage = 'en'): string =>
  format(language, { key: 'refusal', values: { problems: findings.map((finding) => describeFinding(finding, uid, language)).join('; ') } }, '');
