import { describe, expect, it } from 'vitest';
import { checkEntry, DEFAULT_THRESHOLDS, thresholdsFromEnv, type CheckOptions, type Rule } from './index.js';

const en: CheckOptions = { locale: 'en', thresholds: DEFAULT_THRESHOLDS };
const es: CheckOptions = { locale: 'es', thresholds: DEFAULT_THRESHOLDS };

const text = (value: string) => ({ type: 'text', text: value });
const paragraph = (...children: object[]) => ({ type: 'paragraph', children });
const heading = (level: number, value: string) => ({ type: 'heading', level, children: [text(value)] });
const link = (url: string, value: string) => ({ type: 'link', url, children: [text(value)] });
const image = (alternativeText: string | null, url = '/uploads/bridge_1a2b.jpg') => ({ type: 'image', image: { url, alternativeText, name: 'bridge.jpg' }, children: [text('')] });

const SUMMARY = 'How to pay a parking ticket online, by mail or in person.';
const rulesOf = (entry: Record<string, unknown>, options = en): Rule[] => {
  const result = checkEntry({ summary: SUMMARY, ...entry }, options);
  return [...result.blocking, ...result.warnings].map((finding) => finding.rule);
};
const blockingOf = (entry: Record<string, unknown>, options = en) => checkEntry({ summary: SUMMARY, ...entry }, options).blocking;

describe('images', () => {
  it('blocks an image without alternative text, naming its block', () => {
    const blocking = blockingOf({ body: [paragraph(text('Our new bridge.')), image(null)] });
    expect(blocking).toEqual([{ rule: 'image-missing-alt', field: 'body', path: [1], excerpt: 'bridge.jpg', params: {} }]);
  });
  it('blocks alternative text that is only spaces or a file name', () => {
    expect(blockingOf({ body: [image('   ')] }).map((finding) => finding.rule)).toEqual(['image-missing-alt']);
    expect(blockingOf({ body: [image('IMG_2041.JPG')] }).map((finding) => finding.rule)).toEqual(['image-alt-is-filename']);
  });
  it('passes an image with alternative text', () => {
    expect(blockingOf({ body: [image('The new King Street bridge at dusk')] })).toEqual([]);
  });
});

describe('headings', () => {
  it('blocks a skipped level (h2 then h4), naming the heading', () => {
    const blocking = blockingOf({ body: [heading(2, 'Fees'), paragraph(text('Fees are listed below.')), heading(4, 'Late fees')] });
    expect(blocking).toEqual([{ rule: 'heading-level-skipped', field: 'body', path: [2], excerpt: 'Late fees', params: { level: 4, expected: 3 } }]);
  });
  it('blocks a body starting at h3 (the title is the h1)', () => {
    expect(blockingOf({ body: [heading(3, 'Fees')] }).map((finding) => finding.rule)).toEqual(['heading-level-skipped']);
  });
  it('passes h2, h3, h2, h3 and going back up any number of levels', () => {
    expect(blockingOf({ body: [heading(2, 'A'), heading(3, 'B'), heading(4, 'C'), heading(2, 'D'), heading(3, 'E')] })).toEqual([]);
  });
});

describe('link text', () => {
  it.each(['click here', 'Click here.', 'here', 'haga clic aquí', 'Haga click aqui', 'aquí', 'leer más', 'more'])('blocks "%s" in either language', (value) => {
    for (const options of [en, es]) {
      const blocking = blockingOf({ body: [paragraph(text('To pay, '), link('https://pay.example.gov', value))] }, options);
      expect(blocking).toEqual([{ rule: 'link-text-vague', field: 'body', path: [0, 1], excerpt: value, params: { url: 'https://pay.example.gov' } }]);
    }
  });
  it.each(['https://pay.example.gov/tickets', 'www.example.gov', 'pay.example.gov/tickets'])('blocks a bare address as the text: %s', (value) => {
    expect(blockingOf({ body: [paragraph(link('https://pay.example.gov/tickets', value))] }).map((finding) => finding.rule)).toEqual(['link-text-bare-url']);
  });
  it('blocks a link without text', () => {
    expect(blockingOf({ body: [paragraph(link('https://pay.example.gov', ' '))] }).map((finding) => finding.rule)).toEqual(['link-text-empty']);
  });
  it('passes a link that says where it goes, in either language', () => {
    expect(blockingOf({ body: [paragraph(link('https://pay.example.gov', 'Pay a parking ticket'))] })).toEqual([]);
    expect(blockingOf({ body: [paragraph(link('https://pay.example.gov', 'Pagar una multa de estacionamiento'))] }, es)).toEqual([]);
  });
  it('finds links inside list items, with the path down to the link', () => {
    const body = [{ type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [text('Forms: '), link('https://example.gov', 'here')] }] }];
    expect(blockingOf({ body })[0]).toMatchObject({ rule: 'link-text-vague', path: [0, 0, 1] });
  });
});

describe('document links', () => {
  it('blocks "report.pdf" without its format and size', () => {
    const blocking = blockingOf({ body: [paragraph(link('https://example.gov/files/report.pdf', 'Annual report'))] });
    expect(blocking).toEqual([{ rule: 'document-link-missing-format-size', field: 'body', path: [0, 0], excerpt: 'Annual report', params: { url: 'https://example.gov/files/report.pdf', format: 'PDF' } }]);
  });
  it('blocks a link naming the format but not the size, and an upload of any kind', () => {
    expect(blockingOf({ body: [paragraph(link('/files/report.pdf?v=2', 'Annual report (PDF)'))] })).toHaveLength(1);
    expect(blockingOf({ body: [paragraph(link('/uploads/budget_9f8e.xlsx', 'Budget'))] })[0]?.params.format).toBe('Excel');
    expect(blockingOf({ body: [paragraph(link('/uploads/notice_9f8e.txt', 'Notice'))] })[0]?.params.format).toBe('TXT');
  });
  it('passes "(PDF, 1 MB)", "(Excel, 250 KB)" and the Spanish "(PDF, 1,2 MB)"', () => {
    expect(blockingOf({ body: [paragraph(link('https://example.gov/report.pdf', 'Annual report (PDF, 1 MB)'))] })).toEqual([]);
    expect(blockingOf({ body: [paragraph(link('/uploads/budget.xlsx', 'Budget (Excel, 250 KB)'))] })).toEqual([]);
    expect(blockingOf({ body: [paragraph(link('https://example.gov/informe.pdf', 'Informe anual (PDF, 1,2 MB)'))] }, es)).toEqual([]);
  });
  it('leaves links to web pages alone', () => {
    expect(blockingOf({ body: [paragraph(link('https://example.gov/budget/fy2019-plan', 'FY2019 plan'))] })).toEqual([]);
  });
  it('checks a list of documents by its titles, the text the site links', () => {
    const documents = [
      { title: 'Budget', url: 'https://example.gov/budget.pdf' },
      { title: 'Budget (PDF, 3 MB)', url: 'https://example.gov/budget.pdf' },
      { title: 'Plan', url: 'https://example.gov/plan' },
      { title: 'Map', url: null, file: { url: '/uploads/map.zip' } },
    ];
    expect(blockingOf({ documents }).map((finding) => [finding.field, finding.path])).toEqual([
      ['documents', [0]],
      ['documents', [3]],
    ]);
  });
});

describe('lists of links (navigation, footer)', () => {
  it('checks each label as link text, naming the item', () => {
    const navigation = [
      { label: 'Services', href: '/en/#services' },
      { label: 'Aquí', href: '/es/pages/about' },
      { label: 'Budget', href: '/uploads/budget.pdf' },
    ];
    expect(blockingOf({ navigation }).map((finding) => [finding.rule, finding.path])).toEqual([
      ['link-text-vague', [1]],
      ['document-link-missing-format-size', [2]],
    ]);
    expect(blockingOf({ navigation: [{ label: 'Services', href: '/en/#services' }] })).toEqual([]);
  });
});

describe('tables', () => {
  it('blocks an HTML table without header cells in a text field, passes one with them', () => {
    expect(blockingOf({ description: '<table><tr><td>Fee</td><td>$5</td></tr></table>' }).map((finding) => finding.rule)).toEqual(['table-missing-headers']);
    expect(blockingOf({ description: '<table><tr><th>Item</th><th>Fee</th></tr><tr><td>Permit</td><td>$5</td></tr></table>' })).toEqual([]);
  });
});

const EASY_EN =
  'You can pay your ticket online. It takes five minutes. You need the ticket number. Pay with a card or a bank account. We send a receipt by email. Keep it for your records. Call us if you have a question.';
const HARD_EN =
  'Municipal administrative adjudication procedures necessitate comprehensive documentation substantiating eligibility determinations. Supplementary verification requirements additionally apply to applications originating from organizational representatives. Documentation deficiencies consequently generate considerable processing delays affecting constituents.';
const EASY_ES =
  'Puede pagar su multa en línea. Tarda cinco minutos. Necesita el número de la multa. Pague con tarjeta o con su banco. Le enviamos un recibo por correo. Guárdelo. Llámenos si tiene una pregunta.';
const HARD_ES =
  'Los procedimientos administrativos municipales de adjudicación requieren documentación exhaustiva que fundamente las determinaciones de elegibilidad correspondientes. Adicionalmente, las verificaciones complementarias obligatorias corresponden a solicitudes presentadas por los representantes organizacionales autorizados.';

describe('reading grade', () => {
  it('warns when English text is above the city grade (Flesch-Kincaid) and passes easy text', () => {
    const hard = checkEntry({ summary: SUMMARY, body: [paragraph(text(HARD_EN))] }, en).warnings.find((finding) => finding.rule === 'reading-grade-too-high');
    expect(hard).toMatchObject({ field: 'body', params: { max: 9 } });
    expect(Number(hard?.params.grade)).toBeGreaterThan(15);
    expect(rulesOf({ body: [paragraph(text(EASY_EN))] })).not.toContain('reading-grade-too-high');
  });
  it('warns when Spanish text is above the city grade (Fernández-Huerta) and passes easy text', () => {
    expect(rulesOf({ body: [paragraph(text(HARD_ES))] }, es)).toContain('reading-grade-too-high');
    expect(rulesOf({ body: [paragraph(text(EASY_ES))] }, es)).not.toContain('reading-grade-too-high');
  });
  it('follows the threshold the city sets', () => {
    expect(rulesOf({ body: [paragraph(text(EASY_EN))] }, { locale: 'en', thresholds: { ...DEFAULT_THRESHOLDS, maxGrade: 1 } })).toContain('reading-grade-too-high');
  });
  it('does not grade a text too short to measure', () => {
    expect(rulesOf({ body: [paragraph(text('Comprehensive administrative documentation.'))] })).not.toContain('reading-grade-too-high');
  });
});

describe('long sentences', () => {
  const long = `${'The office is open on weekdays and '.repeat(5)}closed on holidays.`;
  it('warns about a sentence over the limit, quoting it and naming its block', () => {
    const finding = checkEntry({ summary: SUMMARY, body: [paragraph(text('Welcome.')), paragraph(text(long))] }, en).warnings.find((item) => item.rule === 'sentence-too-long');
    expect(finding).toMatchObject({ field: 'body', path: [1], params: { words: 38, max: 25 } });
    expect(finding?.excerpt.startsWith('The office is open')).toBe(true);
  });
  it('passes sentences at the limit', () => {
    expect(rulesOf({ body: [paragraph(text(EASY_EN))] })).not.toContain('sentence-too-long');
  });
  it('ends Arabic and Amharic sentences at their own marks (؟, ። and ፧)', () => {
    const arabic = 'هل تحتاج إلى مساعدة في تعبئة النموذج الإلكتروني الخاص بطلب الخدمة؟ '.repeat(4);
    const amharic = 'ቅጹን በመስመር ላይ ለመሙላት እገዛ ያስፈልግዎታል፧ ከሰኞ እስከ ዓርብ ይደውሉልን። '.repeat(4);
    expect(rulesOf({ body: [paragraph(text(arabic))] }, { locale: 'ar', thresholds: DEFAULT_THRESHOLDS })).not.toContain('sentence-too-long');
    expect(rulesOf({ body: [paragraph(text(amharic))] }, { locale: 'am', thresholds: DEFAULT_THRESHOLDS })).not.toContain('sentence-too-long');
    expect(rulesOf({ body: [paragraph(text(arabic.replaceAll('؟', '،')))] }, { locale: 'ar', thresholds: DEFAULT_THRESHOLDS })).toContain('sentence-too-long');
  });
  it('gives no reading grade nor passive share in a language without a formula (Arabic, Amharic)', () => {
    // English's formula counts vowels a-y: Arabic or Ge'ez script would read as grade 0 or worse.
    const long = `${'الخدمة متاحة من الاثنين إلى الجمعة بعد الموافقة المسبقة على الطلب. '.repeat(8)}`;
    const rules = rulesOf({ body: [paragraph(text(long))] }, { locale: 'ar', thresholds: { ...DEFAULT_THRESHOLDS, maxGrade: 0, maxPassivePercent: 0 } });
    expect(rules).not.toContain('reading-grade-too-high');
    expect(rules).not.toContain('passive-voice-share');
  });
});

describe('passive voice', () => {
  it('warns when more than the city share of English sentences are passive', () => {
    const passive = 'The form is reviewed by staff. Fees are paid online. A receipt was sent. The permit is given in a week. You can call us. We answer quickly.';
    const finding = checkEntry({ summary: SUMMARY, body: [paragraph(text(passive))] }, en).warnings.find((item) => item.rule === 'passive-voice-share');
    expect(finding?.params).toMatchObject({ passive: 4, sentences: 6, percent: 67, max: 20 });
  });
  it('warns for Spanish "ser + participio"', () => {
    const pasiva = 'El formulario es revisado por el personal. Las tasas son pagadas en línea. El recibo fue enviado. El permiso es entregado en una semana. Puede llamarnos. Respondemos pronto.';
    expect(rulesOf({ body: [paragraph(text(pasiva))] }, es)).toContain('passive-voice-share');
  });
  it('passes active text in both languages, and "need", "es nada" are not passive', () => {
    expect(rulesOf({ body: [paragraph(text(`${EASY_EN} That is indeed all you need.`))] })).not.toContain('passive-voice-share');
    expect(rulesOf({ body: [paragraph(text(`${EASY_ES} No es nada difícil.`))] }, es)).not.toContain('passive-voice-share');
  });
});

describe('summary', () => {
  it('warns when the summary is missing or blank', () => {
    expect(checkEntry({ summary: null, body: [] }, en).warnings.map((finding) => finding.rule)).toEqual(['summary-missing']);
    expect(checkEntry({ summary: '  ' }, en).warnings.map((finding) => finding.rule)).toEqual(['summary-missing']);
  });
  it('warns when the summary is over 160 characters, and passes 160', () => {
    expect(checkEntry({ summary: 'a'.repeat(161) }, en).warnings[0]).toMatchObject({ rule: 'summary-too-long', params: { length: 161, max: 160 } });
    expect(checkEntry({ summary: `${'Pay a fee. '.repeat(14)}Thank you.`.slice(0, 160) }, en).warnings).toEqual([]);
  });
  it('does not ask for a summary where the type has none', () => {
    expect(checkEntry({ message: 'The pool is closed today.' }, en).warnings).toEqual([]);
  });
});

describe('translations', () => {
  it('warns for each locale without a version', () => {
    expect(checkEntry({ summary: SUMMARY }, { ...en, missingLocales: ['es'] }).warnings).toEqual([{ rule: 'translation-missing', field: '', path: [], excerpt: '', params: { locale: 'es' } }]);
    expect(checkEntry({ summary: SUMMARY }, en).warnings).toEqual([]);
  });
});

describe('thresholds from the environment', () => {
  it('reads the city values and falls back to the defaults on missing or unusable ones', () => {
    expect(thresholdsFromEnv({})).toEqual(DEFAULT_THRESHOLDS);
    expect(thresholdsFromEnv({ PUBLISH_CHECK_MAX_GRADE: '8', PUBLISH_CHECK_MAX_SENTENCE_WORDS: 'many', PUBLISH_CHECK_MAX_PASSIVE_PERCENT: '-1', PUBLISH_CHECK_MAX_SUMMARY_LENGTH: '' })).toEqual({
      ...DEFAULT_THRESHOLDS,
      maxGrade: 8,
    });
  });
});

it('tolerates drafts with unexpected shapes', () => {
  expect(checkEntry({ summary: SUMMARY, body: [{ type: 'heading', level: 'two', children: 'x' }, { type: 'image', image: null }], title: 3 }, en).blocking).toEqual([
    { rule: 'image-missing-alt', field: 'body', path: [1], excerpt: '', params: {} },
  ]);
});
