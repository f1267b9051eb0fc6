import { downloadFormat, isBareUrl, isVagueLinkText, namesFormatAndSize } from './links.js';
import { excerptOf, textOf, walk, type Node } from './nodes.js';
import type { Finding } from './types.js';

/** The site renders the entry's title as the page's h1, so the body's first heading should be an h2. */
const TITLE_LEVEL = 1;

const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif|svg|tiff?|bmp|heic)$/i;

/** Blocking problems in one blocks field. Strapi blocks have no tables: see `htmlTableFindings`. */
export function blocksAccessibility(field: string, blocks: Node[]): Finding[] {
  const findings: Finding[] = [];
  let previousLevel = TITLE_LEVEL;
  for (const { node, path } of walk(blocks)) {
    if (node.type === 'image') {
      const alt = typeof node.image?.alternativeText === 'string' ? node.image.alternativeText.trim() : '';
      const name = typeof node.image?.name === 'string' ? node.image.name : typeof node.image?.url === 'string' ? (node.image.url.split('/').pop() ?? '') : '';
      if (!alt) findings.push({ rule: 'image-missing-alt', field, path, excerpt: excerptOf(name), params: {} });
      else if (IMAGE_FILE.test(alt) || alt === name) findings.push({ rule: 'image-alt-is-filename', field, path, excerpt: excerptOf(alt), params: {} });
    }
    if (node.type === 'heading' && typeof node.level === 'number') {
      if (node.level > previousLevel + 1) {
        findings.push({ rule: 'heading-level-skipped', field, path, excerpt: excerptOf(textOf(node)), params: { level: node.level, expected: previousLevel + 1 } });
      }
      previousLevel = node.level;
    }
    if (node.type === 'link') findings.push(...linkFindings(field, path, textOf(node), typeof node.url === 'string' ? node.url : ''));
  }
  return findings;
}

/** A link's text must say where it goes, and a download's must name its format and size. */
export function linkFindings(field: string, path: number[], text: string, url: string): Finding[] {
  if (!text.trim()) return [{ rule: 'link-text-empty', field, path, excerpt: excerptOf(url), params: { url } }];
  if (isVagueLinkText(text)) return [{ rule: 'link-text-vague', field, path, excerpt: excerptOf(text), params: { url } }];
  if (isBareUrl(text, url)) return [{ rule: 'link-text-bare-url', field, path, excerpt: excerptOf(text), params: { url } }];
  const format = downloadFormat(url);
  if (format !== null && !namesFormatAndSize(text)) return [{ rule: 'document-link-missing-format-size', field, path, excerpt: excerptOf(text), params: { url, format } }];
  return [];
}

/**
 * Tables in a text field that holds HTML (pasted from elsewhere): a table needs header cells. The
 * city's rich text is Strapi blocks, which have no tables; Markdown tables always have a header row.
 */
export function htmlTableFindings(field: string, text: string): Finding[] {
  const findings: Finding[] = [];
  const tables = text.match(/<table\b[\s\S]*?<\/table>/gi) ?? [];
  for (const [index, table] of tables.entries()) {
    if (!/<th\b/i.test(table)) findings.push({ rule: 'table-missing-headers', field, path: [], excerpt: excerptOf(table.replace(/<[^>]+>/g, ' ')), params: { table: index + 1 } });
  }
  return findings;
}
