import { describe, expect, it } from 'vitest';
import { checkEntry, DEFAULT_THRESHOLDS } from '@city/shared/publish-checks';
import { describeFinding, refusalMessage } from './message';

const body = [
  { type: 'paragraph', children: [{ type: 'text', text: 'Our new bridge.' }] },
  { type: 'heading', level: 2, children: [{ type: 'text', text: 'Photos' }] },
  { type: 'image', image: { url: '/uploads/bridge.jpg', name: 'bridge.jpg', alternativeText: null }, children: [] },
];

describe('the refusal in English', () => {
  it('names each problem and where it is', () => {
    const { blocking } = checkEntry({ body, documents: [{ title: 'Plan', url: '/uploads/plan.pdf' }] }, { locale: 'en', thresholds: DEFAULT_THRESHOLDS });
    expect(blocking.map((finding) => describeFinding(finding, 'api::department.department'))).toEqual([
      'Page text, block 3: the image has no alternative text (bridge.jpg)',
      'Documents, item 1: the link “Plan” downloads a file: give its format and size, for example “(PDF, 2 MB)”',
    ]);
    expect(refusalMessage(blocking, 'api::department.department')).toBe(
      'This entry cannot be published until these accessibility problems are fixed: Page text, block 3: the image has no alternative text (bridge.jpg); Documents, item 1: the link “Plan” downloads a file: give its format and size, for example “(PDF, 2 MB)”',
    );
  });
  it('names a missing language and falls back to the attribute name for unlabelled fields', () => {
    const { warnings } = checkEntry({ summary: 'Short.' }, { locale: 'en', thresholds: DEFAULT_THRESHOLDS, missingLocales: ['es'] });
    expect(warnings.map((finding) => describeFinding(finding))).toEqual(['Entry: there is no Spanish version yet']);
    expect(describeFinding({ rule: 'link-text-vague', field: 'footerLinks', path: [2], excerpt: 'here', params: { url: '/x' } })).toBe('Footer links, item 3: the link text “here” does not say where the link goes');
    expect(describeFinding({ rule: 'table-missing-headers', field: 'tagline', path: [], excerpt: '', params: { table: 1 } })).toBe('tagline: a table has no header cells');
  });
});
