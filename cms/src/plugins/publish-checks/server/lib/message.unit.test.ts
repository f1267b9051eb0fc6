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

describe('the refusal in Spanish, for an editor who reads the admin in Spanish', () => {
  it('names each problem and where it is, with the Spanish field labels and messages', () => {
    const { blocking } = checkEntry({ body, documents: [{ title: 'Plan', url: '/uploads/plan.pdf' }] }, { locale: 'en', thresholds: DEFAULT_THRESHOLDS });
    const uid = 'api::department.department';
    expect(refusalMessage(blocking, uid, 'es')).toBe(
      'Esta entrada no se puede publicar hasta corregir estos problemas de accesibilidad: ' +
        `${describeFinding(blocking[0]!, uid, 'es')}; ${describeFinding(blocking[1]!, uid, 'es')}`,
    );
    expect(describeFinding(blocking[0]!, uid, 'es')).toMatch(/^Texto de la página, bloque 3: la imagen no tiene texto alternativo \(bridge\.jpg\)$/);
    expect(describeFinding(blocking[1]!, uid, 'es')).toMatch(/^Documentos, elemento 1: el enlace «Plan» descarga un archivo: indique su formato y tamaño, por ejemplo «\(PDF, 2 MB\)»$/);
  });
  it('names a missing language in Spanish', () => {
    const { warnings } = checkEntry({ summary: 'Short.' }, { locale: 'en', thresholds: DEFAULT_THRESHOLDS, missingLocales: ['ar'] });
    expect(warnings.map((finding) => describeFinding(finding, '', 'es'))).toEqual(['Entrada: todavía no hay versión en árabe']);
  });
});
