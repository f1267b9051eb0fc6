import type { Finding } from '@city/shared/publish-checks';
import { en } from '../../admin/src/translations/en';
import { fieldWording, placeWording, ruleWording, type Wording } from '../../contract/wording';

const englishLanguages = new Intl.DisplayNames(['en'], { type: 'language' });

function format({ key, values }: Wording, fallback: string): string {
  const template: string = (en as Record<string, string>)[key] ?? fallback;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** "Body, block 3: the image has no alternative text (bridge.jpg)". */
export function describeFinding(finding: Finding): string {
  const field = format(fieldWording(finding), finding.field);
  const place = placeWording(finding);
  const where = place ? `${field}, ${format(place, '')}` : field;
  return `${where}: ${format(ruleWording(finding, (code) => englishLanguages.of(code) ?? code), finding.rule)}`;
}

/**
 * The refusal in English: Strapi's admin shows a publish error's message as it is, and the server
 * does not know the editor's admin language. The side panel words the same findings in it.
 */
export const refusalMessage = (findings: Finding[]): string => format({ key: 'refusal', values: { problems: findings.map(describeFinding).join('; ') } }, '');
