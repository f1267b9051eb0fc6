// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '@city/shared/locales';
import { servicePerformanceSchema } from '@city/shared/performance';
import { axeViolations } from '../../islands/lib/axe-jsdom';
import { performanceChartExamples } from './PerformanceChart.examples';
import { chartIdPrefix, renderPerformanceChart, scaleTop, widthInEms } from './render';

const render = (name: keyof typeof performanceChartExamples, locale: Locale = 'en') => {
  const service = performanceChartExamples[name];
  document.body.innerHTML = `<main><h1>Figures</h1>${renderPerformanceChart(service, { locale, idPrefix: chartIdPrefix(service.formCode) })}</main>`;
  return document.body;
};

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the performance chart', () => {
  it('takes examples the CMS could send', () => {
    for (const example of Object.values(performanceChartExamples)) expect(servicePerformanceSchema.safeParse(example).success).toBe(true);
  });

  it('is one image named by its title and description, with a bar per figure', () => {
    const body = render('a busy service with a target');
    const svg = body.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    const named = svg.getAttribute('aria-labelledby')!.split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(named[0]).toBe('Report a public Wi-Fi outage: requests received and resolved each month');
    expect(named[1]).toContain('December 2025 to December 2026');
    expect(named[1]).toContain('The most requests received in one month: 56, in December 2026.');
    // 13 months, two bars each (none is zero here), plus the two legend swatches.
    expect(svg.querySelectorAll('rect:not(pattern rect)')).toHaveLength(13 * 2 + 2);
  });

  it('tells received from resolved without colour: resolved bars are striped and outlined, and a legend names both', () => {
    const svg = render('a busy service with a target').querySelector('svg')!;
    const pattern = svg.querySelector('pattern')!;
    const resolvedBars = [...svg.querySelectorAll('rect')].filter((rect) => rect.getAttribute('fill') === `url(#${pattern.id})`);
    expect(resolvedBars.length).toBe(14);
    expect(resolvedBars.every((rect) => rect.getAttribute('stroke') === '#1b1b1b')).toBe(true);
    expect([...svg.querySelectorAll('text')].map((text) => text.textContent)).toEqual(expect.arrayContaining(['Received', 'Resolved']));
  });

  it('gives every figure in a table with a caption and headers for rows and columns', () => {
    const table = render('a busy service with a target').querySelector('table')!;
    expect(table.querySelector('caption')?.textContent).toBe('Report a public Wi-Fi outage: figures by month');
    expect([...table.querySelectorAll('thead th')].map((th) => [th.getAttribute('scope'), th.textContent])).toEqual([
      ['col', 'Month'],
      ['col', 'Received'],
      ['col', 'Resolved'],
      ['col', 'Median days to resolve'],
      ['col', 'Resolved within target'],
    ]);
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows).toHaveLength(13);
    expect(rows.every((row) => row.querySelector('th')?.getAttribute('scope') === 'row')).toBe(true);
    expect([...rows[0]!.children].map((cell) => cell.textContent)).toEqual(['December 2025', '20', '18', '1.5', '83% (15 of 18)']);
    expect(rows[12]!.querySelector('th')?.textContent).toBe('December 2026 (so far)');
  });

  it('writes numbers, months and shares in the page language', () => {
    const rows = [...render('a busy service with a target', 'es').querySelectorAll('tbody tr')];
    expect([...rows[0]!.children].map((cell) => cell.textContent)).toEqual(['diciembre de 2025', '20', '18', '1,5', '83\u00a0% (15 de 18)']);
    expect(rows[12]!.querySelector('th')?.textContent).toBe('diciembre de 2026 (hasta hoy)');
    const quiet = [...render('a title with markup in it', 'es').querySelectorAll('tbody tr')][0]!;
    expect(quiet.children[1]?.textContent).toBe('1200');
    expect(quiet.children[3]?.textContent).toBe('Ninguna resuelta');
  });

  it('reads in Arabic: Arabic months and words in the image and the table, the drawing kept left to right', () => {
    const body = render('a busy service, named in Arabic', 'ar');
    const svg = body.querySelector('svg')!;
    // An inherited right-to-left direction would turn each label around its anchor, off its bar.
    expect(svg.getAttribute('direction')).toBe('ltr');
    const named = svg.getAttribute('aria-labelledby')!.split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(named[0]).toBe('الإبلاغ عن انقطاع شبكة الواي فاي العامة: الطلبات المستلَمة والمعالَجة كل شهر');
    expect(named[1]).toContain('من ديسمبر 2025 إلى ديسمبر 2026');
    expect([...svg.querySelectorAll('text')].map((text) => text.textContent)).toEqual(expect.arrayContaining(['المستلَمة', 'المعالَجة', 'يناير']));
    const table = body.querySelector('table')!;
    expect(table.querySelector('caption')?.textContent).toBe('الإبلاغ عن انقطاع شبكة الواي فاي العامة: الأرقام حسب الشهر');
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['الشهر', 'المستلَمة', 'المعالَجة', 'الوسيط بالأيام حتى المعالجة', 'المعالَجة ضمن المدة المستهدفة']);
    const rows = [...table.querySelectorAll('tbody tr')];
    // The percent sign keeps its place beside the number with left-to-right marks, as Arabic writes it.
    expect([...rows[0]!.children].map((cell) => cell.textContent)).toEqual(['ديسمبر 2025', '20', '18', '1.5', '83\u200e%\u200e (15 من 18)']);
    expect(rows[12]!.querySelector('th')?.textContent).toBe('ديسمبر 2026 (حتى الآن)');
  });

  it('reads in Amharic: Amharic months and words in the image and the table', () => {
    const body = render('a busy service, named in Amharic', 'am');
    const named = body.querySelector('svg')!.getAttribute('aria-labelledby')!.split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(named[0]).toBe('የሕዝብ ዋይፋይ መቋረጥን ሪፖርት ያድርጉ፦ በየወሩ የደረሱና የተፈቱ ጥያቄዎች');
    expect(named[1]).toContain('ከዲሴምበር 2025 እስከ ዲሴምበር 2026');
    const table = body.querySelector('table')!;
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['ወር', 'የደረሱ', 'የተፈቱ', 'ለመፍታት የወሰደው መካከለኛ ቀናት', 'በግቡ ውስጥ የተፈቱ']);
    const rows = [...table.querySelectorAll('tbody tr')];
    expect([...rows[0]!.children].map((cell) => cell.textContent)).toEqual(['ዲሴምበር 2025', '20', '18', '1.5', '83% (ከ18 ውስጥ 15)']);
    expect(rows[12]!.querySelector('th')?.textContent).toBe('ዲሴምበር 2026 (እስካሁን)');
  });

  it('keeps thirteen month names apart in every language, shrinking them only where they would touch', () => {
    const sizes: Record<string, number> = {};
    for (const locale of LOCALES) {
      const svg = render('a busy service with a target', locale).querySelector('svg')!;
      // The month names: the centred texts on the first line under the axis (the years are on the next).
      const centred = [...svg.querySelectorAll('text[text-anchor="middle"]')];
      const names = centred.filter((text) => text.getAttribute('y') === centred[0]?.getAttribute('y'));
      expect(names, locale).toHaveLength(13);
      const size = Number(names[0]!.getAttribute('font-size') ?? svg.getAttribute('font-size'));
      sizes[locale] = size;
      for (let index = 1; index < names.length; index += 1) {
        const [left, right] = [names[index - 1]!, names[index]!];
        const gap = Number(right.getAttribute('x')) - Number(left.getAttribute('x')) - ((widthInEms(left.textContent ?? '') + widthInEms(right.textContent ?? '')) / 2) * size;
        expect(gap, `${locale}: ${left.textContent} | ${right.textContent}`).toBeGreaterThanOrEqual(4);
      }
    }
    // English and Spanish keep the chart's size; Arabic's long names are made smaller, not cut.
    expect(sizes).toMatchObject({ en: 13, es: 13 });
    expect(sizes.ar).toBeLessThan(13);
  });

  it('says when a month had nothing resolved, or no target to measure against', () => {
    const rows = [...render('a quiet service without a target').querySelectorAll('tbody tr')];
    expect([...rows[0]!.children].slice(3).map((cell) => cell.textContent)).toEqual(['None resolved', 'None resolved']);
    expect([...rows[11]!.children].slice(1).map((cell) => cell.textContent)).toEqual(['1', '1', '12.3', 'No target']);
  });

  it('escapes what the CMS sends, in the image and in the table', () => {
    const body = render('a title with markup in it');
    expect(body.querySelector('script')).toBeNull();
    expect(body.querySelector('title')?.textContent).toContain('<script>alert("x")</script> & "more"');
    expect(body.querySelector('caption')?.textContent).toContain('<script>');
    expect(body.querySelector('svg')?.getAttribute('aria-labelledby')).toBe('performance-odd-code--title performance-odd-code--desc');
  });

  it('rounds the scale up to 1, 2 or 5 times a power of ten', () => {
    expect([0, 1, 3, 7, 10, 11, 56, 1200].map(scaleTop)).toEqual([1, 1, 5, 10, 10, 20, 100, 2000]);
  });

  for (const name of Object.keys(performanceChartExamples) as (keyof typeof performanceChartExamples)[]) {
    it(`passes axe in every language: ${name}`, async () => {
      for (const locale of LOCALES) expect(await axeViolations(render(name, locale)), locale).toEqual([]);
    });
  }
});
