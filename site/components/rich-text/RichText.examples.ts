// Named examples of rich text from the CMS: documentation, and the fixtures the unit tests render.
// The hostile ones are what an attacker with an editor account (or a compromised CMS) could send.
import type { Block, InlineNode } from '@city/shared/content';

const text = (value: string, marks: Partial<Record<'bold' | 'italic' | 'underline' | 'strikethrough' | 'code', boolean>> = {}) => ({ type: 'text' as const, text: value, ...marks });
const link = (url: string, label: string) => ({ type: 'link' as const, url, children: [text(label)] });
const paragraph = (...children: InlineNode[]): Block => ({ type: 'paragraph', children });

export const richTextExamples = {
  'headings, marks and lists': [
    { type: 'heading', level: 1, children: [text('Before you start')] },
    paragraph(text('You will need '), text('proof of address', { bold: true }), text(' and '), text('a photo ID', { italic: true }), text('.')),
    { type: 'heading', level: 2, children: [text('Documents')] },
    {
      type: 'list',
      format: 'unordered',
      children: [
        { type: 'list-item', children: [text('A utility bill')] },
        { type: 'list', format: 'unordered', indentLevel: 1, children: [{ type: 'list-item', children: [text('from the last 3 months')] }] },
        { type: 'list-item', children: [text('A lease')] },
      ],
    },
    { type: 'list', format: 'ordered', children: [{ type: 'list-item', children: [text('Fill in the form')] }, { type: 'list-item', children: [text('Send it')] }] },
    { type: 'quote', children: [text('We reply within 2 business days.')] },
    { type: 'code', children: [text('https://example.gov/path?x=1&y=2')] },
  ],
  'safe links': [
    paragraph(
      link('/en/services/pay-city-bills-online', 'Pay a bill'),
      text(' · '),
      link('https://www.alexandriava.gov/', 'City website'),
      text(' · '),
      link('mailto:its@alexandriava.gov', 'Email us'),
      text(' · '),
      link('tel:+17037464357', 'Call us'),
      text(' · '),
      link('#contact', 'Contact section'),
    ),
  ],
  'hostile: markup in text': [
    paragraph(text('<script>alert("x")</script>')),
    paragraph(text('<img src=x onerror=alert(1)>')),
    { type: 'heading', level: 2, children: [text('"><svg onload=alert(1)>')] },
  ],
  'hostile: dangerous links': [
    paragraph(link('javascript:alert(document.cookie)', 'Click me')),
    paragraph(link('  JaVaScRiPt:alert(1)', 'Mixed case')),
    paragraph(link('java\tscript:alert(1)', 'Tab inside')),
    paragraph(link('data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'Data link')),
    paragraph(link('vbscript:msgbox(1)', 'VBScript')),
    paragraph(link('//evil.example/phish', 'Protocol-relative')),
    paragraph(link('https://example.gov/" onmouseover="alert(1)', 'Quote breakout')),
  ],
} satisfies Record<string, Block[]>;

export type RichTextExampleName = keyof typeof richTextExamples;
