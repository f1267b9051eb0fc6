import { XMLParser, XMLValidator } from 'fast-xml-parser';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeXml, toXml } from './xml';

const parser = new XMLParser({ parseTagValue: false, isArray: (name) => ['service', 'attribute', 'value', 'request', 'error'].includes(name) });

describe('Open311 XML', () => {
  it('wraps lists in their plural element with singular items, and writes null as an empty element', () => {
    const xml = toXml('services', [
      { service_code: 'wifi-outage', service_name: 'Wi-Fi', metadata: true, keywords: null },
      { service_code: 'gis', service_name: 'GIS', metadata: false, keywords: 'maps, data' },
    ]);
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<services>\n  <service>\n    <service_code>wifi-outage</service_code>')).toBe(true);
    expect(xml).toContain('<keywords/>');
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(parser.parse(xml).services.service).toEqual([
      { service_code: 'wifi-outage', service_name: 'Wi-Fi', metadata: 'true', keywords: '' },
      { service_code: 'gis', service_name: 'GIS', metadata: 'false', keywords: 'maps, data' },
    ]);
  });

  it('nests attribute values inside a definition', () => {
    const xml = toXml('service_definition', {
      service_code: 'x',
      attributes: [{ code: 'format', order: 1, values: [{ key: 'pdf', name: 'PDF' }] }],
    });
    const parsed = parser.parse(xml);
    expect(parsed.service_definition.attributes.attribute[0].values.value).toEqual([{ key: 'pdf', name: 'PDF' }]);
  });

  it('escapes markup and drops characters XML cannot carry', () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;');
    expect(escapeXml('bell\u0007 nul\u0000 tab\t ok\uFFFE \uD800lone')).toBe('bell nul tab\t ok lone');
    expect(escapeXml('emoji 🚧 and ñ')).toBe('emoji 🚧 and ñ');
  });

  it('is well-formed and round-trips any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const xml = toXml('errors', [{ code: 400, description: text }]);
        expect(XMLValidator.validate(xml)).toBe(true);
        const kept = text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
        const parsed = new XMLParser({ parseTagValue: false, trimValues: false, processEntities: true, htmlEntities: false }).parse(xml);
        expect(String(parsed.errors.error.description ?? '')).toBe(kept.replace(/\r\n?/g, '\n'));
      }),
      { numRuns: 300 },
    );
  });

  it('refuses an element name that is not one, and a list without an item name', () => {
    expect(() => toXml('bad name', 'x')).toThrow(/element name/);
    expect(() => toXml('root', { unknown_list: [1] })).toThrow(/item element/);
  });
});
