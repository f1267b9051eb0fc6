/**
 * Serializes Open311 answers as XML. GeoReport v2 wraps every list in a plural element whose items
 * have a singular name (`<services><service>…`, `<attributes><attribute>…`); the item names are
 * given here once, so JSON and XML are built from the same objects. Text is escaped, and characters
 * XML 1.0 cannot carry at all (control characters, lone surrogates) are dropped, so the document is
 * well-formed whatever a resident or an editor typed.
 */
export type XmlValue = string | number | boolean | null | undefined | readonly XmlValue[] | { readonly [key: string]: XmlValue };

/** The element name of the items of each list element in GeoReport v2. */
export const OPEN311_LIST_ITEMS: Readonly<Record<string, string>> = {
  services: 'service',
  attributes: 'attribute',
  values: 'value',
  service_requests: 'request',
  errors: 'error',
  endpoints: 'endpoint',
  formats: 'format',
};

// XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text made safe for element content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML_CHAR, '').replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

const NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

function element(name: string, value: XmlValue, items: Readonly<Record<string, string>>, depth: number): string {
  if (!NAME.test(name)) throw new Error(`not an XML element name: ${name}`);
  const indent = '  '.repeat(depth);
  if (value === null || value === undefined) return `${indent}<${name}/>`;
  if (Array.isArray(value)) {
    const item = items[name];
    if (!item) throw new Error(`no item element name for the list <${name}>`);
    if (value.length === 0) return `${indent}<${name}/>`;
    return `${indent}<${name}>\n${value.map((child: XmlValue) => element(item, child, items, depth + 1)).join('\n')}\n${indent}</${name}>`;
  }
  if (typeof value === 'object') {
    const children = Object.entries(value as Record<string, XmlValue>).map(([key, child]) => element(key, child, items, depth + 1));
    return children.length === 0 ? `${indent}<${name}/>` : `${indent}<${name}>\n${children.join('\n')}\n${indent}</${name}>`;
  }
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : String(value);
  return text === '' ? `${indent}<${name}/>` : `${indent}<${name}>${escapeXml(text)}</${name}>`;
}

/** A complete UTF-8 XML document whose root element is `root`. */
export function toXml(root: string, value: XmlValue, items: Readonly<Record<string, string>> = OPEN311_LIST_ITEMS): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${element(root, value, items, 0)}\n`;
}
