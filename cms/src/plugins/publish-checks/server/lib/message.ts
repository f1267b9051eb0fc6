import type { Finding } from '@city/shared/publish-checks';
import { en } from '../../admin/src/translations/en';
import { fieldLabel, fieldWording, placeWording, ruleWording, type Wording } from '../../contract/wording';

const englishLanguages = new Intl.DisplayNames(['en'], { type: 'language' });

function format({ key, values }: Wording, fallback: string): string {
  const template: string = (en as Record<string, string>)[key] ?? fallback;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** "Page text, block 3: the image has no alternative text (bridge.jpg)", for an entry of type `uid`. */
export function describeFinding(finding: Finding, uid = ''): string {
  const field = fieldLabel(uid, finding.field, 'en') ?? format(fieldWording(finding), finding.field);
  const place = placeWording(finding);
  const where = place ? `${field}, ${format(place, '')}` : field;
  return `${where}: ${format(ruleWording(finding, (code) => englishLanguages.of(code) ?? code), finding.rule)}`;
}

/**
 * The refusal in English: Strapi's admin shows a publish error's message as it is, and the server
 * does not know the editor's admin language. The side panel words the same findings in it.
 */
export const refusalMessage = (findings: Finding[], uid: string): string =>
  format({ key: 'refusal', values: { problems: findings.map((finding) => describeFinding(finding, uid)).join('; ') } }, '');
