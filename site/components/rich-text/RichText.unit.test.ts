import { blocksSchema } from '@city/shared/content';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { richTextExamples } from './RichText.examples';
import { renderRichText } from './render';

const parse = (html: string) => new JSDOM(`<body>${html}</body>`).window.document.body;

describe('rich text', () => {
  it('accepts every example as valid CMS data', () => {
    for (const blocks of Object.values(richTextExamples)) expect(blocksSchema.safeParse(blocks).success).toBe(true);
  });

  it('renders headings below the page title, marks, nested lists, quotes and code as semantic HTML', () => {
    const html = renderRichText(richTextExamples['headings, marks and lists']);
    expect(html).toBe(
      '<h2>Before you start</h2>' +
        '<p>You will need <strong>proof of address</strong> and <em>a photo ID</em>.</p>' +
        '<h3>Documents</h3>' +
        '<ul class="usa-list"><li>A utility bill<ul class="usa-list"><li>from the last 3 months</li></ul></li><li>A lease</li></ul>' +
        '<ol class="usa-list"><li>Fill in the form</li><li>Send it</li></ol>' +
        '<blockquote><p>We reply within 2 business days.</p></blockquote>' +
        '<pre><code>https://example.gov/path?x=1&amp;y=2</code></pre>',
    );
  });

  it('starts at a deeper heading level when asked', () => {
    expect(renderRichText(richTextExamples['headings, marks and lists'], { topHeadingLevel: 3 })).toContain('<h3>Before you start</h3>');
  });

  it('never skips a heading level, whatever levels the editor picked', () => {
    const heading = (level: 1 | 2 | 3 | 4 | 5 | 6, text: string) => ({ type: 'heading' as const, level, children: [{ type: 'text' as const, text }] });
    // A field that starts at "heading 2" under a section's h2, then jumps from 2 to 4.
    const html = renderRichText([heading(2, 'Organization'), heading(4, 'Teams'), heading(2, 'History')], { topHeadingLevel: 3 });
    expect(html).toBe('<h3>Organization</h3><h4>Teams</h4><h3>History</h3>');
    // A deeper heading first still comes only one level below the section heading.
    expect(renderRichText([heading(3, 'Details'), heading(1, 'Overview')])).toBe('<h2>Details</h2><h2>Overview</h2>');
  });

  it('keeps safe links: site paths, http(s), mailto, tel and fragments', () => {
    const links = [...parse(renderRichText(richTextExamples['safe links'])).querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/en/services/pay-city-bills-online', 'https://www.alexandriava.gov/', 'mailto:its@alexandriava.gov', 'tel:+17037464357', '#contact']);
  });

  it('escapes markup in text, so <script> and onerror= stay inert words', () => {
    const html = renderRichText(richTextExamples['hostile: markup in text']);
    const body = parse(html);
    expect(body.querySelector('script, img, svg')).toBeNull();
    expect([...body.querySelectorAll('*')].flatMap((element) => element.getAttributeNames())).toEqual([]);
    expect(body.textContent).toContain('<script>alert("x")</script>');
    expect(body.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(html).not.toMatch(/<(script|img|svg)/i);
  });

  it('renders javascript:, data:, vbscript: and protocol-relative links as plain text', () => {
    const body = parse(renderRichText(richTextExamples['hostile: dangerous links']));
    const hrefs = [...body.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    // Only the last example is a real https URL; its quote cannot break out of the attribute.
    expect(hrefs).toEqual(['https://example.gov/" onmouseover="alert(1)']);
    expect(body.querySelector('a')?.getAttributeNames().sort()).toEqual(['class', 'href']);
    for (const label of ['Click me', 'Mixed case', 'Tab inside', 'Data link', 'VBScript', 'Protocol-relative']) {
      expect(body.textContent).toContain(label);
    }
  });

  it('skips empty paragraphs and renders nothing for an empty field', () => {
    expect(renderRichText(null)).toBe('');
    expect(renderRichText([{ type: 'paragraph', children: [{ type: 'text', text: '  ' }] }])).toBe('');
  });

  it('renders images with their alternative text, from the CMS for uploads, and drops unsafe image URLs', () => {
    const image = (url: string) => ({ type: 'image' as const, image: { url, alternativeText: 'Map of <the> city', caption: null }, children: [] });
    const body = parse(renderRichText([image('/uploads/map.png'), image('javascript:alert(1)'), image('data:image/png;base64,AAAA')], { mediaBaseUrl: 'https://cms.example.gov/' }));
    const images = [...body.querySelectorAll('img')];
    expect(images.map((img) => [img.getAttribute('src'), img.getAttribute('alt')])).toEqual([['https://cms.example.gov/uploads/map.png', 'Map of <the> city']]);
  });
});
