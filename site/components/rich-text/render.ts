// Renders Strapi "blocks" rich text to semantic HTML. Nothing from the CMS is ever passed through
// as HTML: every text is escaped, and a link is a link only when its URL is safe (isSafeHref);
// otherwise its words render as plain text.
import { isSafeHref, type Block, type InlineNode, type ListBlock, type TextNode } from '@city/shared/content';
import { escapeHtml } from '../../lib/html';

export interface RichTextOptions {
  /**
   * The level of the field's top headings. Pages have their own h1, so content starts at h2 (or
   * deeper, under a section heading) and deeper levels follow it, never skipping.
   */
  topHeadingLevel?: 2 | 3 | 4;
  /** Prefix for site-relative media URLs (uploads live on the CMS). */
  mediaBaseUrl?: string;
}

function renderText(node: TextNode): string {
  let html = escapeHtml(node.text).replace(/\n/g, '<br>');
  if (node.code) html = `<code>${html}</code>`;
  if (node.strikethrough) html = `<s>${html}</s>`;
  if (node.underline) html = `<span class="rich-text__underline">${html}</span>`;
  if (node.italic) html = `<em>${html}</em>`;
  if (node.bold) html = `<strong>${html}</strong>`;
  return html;
}

function renderInline(nodes: readonly InlineNode[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return renderText(node);
      const label = node.children.map(renderText).join('');
      if (!isSafeHref(node.url)) return label;
      const external = /^https?:/i.test(node.url.trim());
      return `<a class="usa-link${external ? ' usa-link--external' : ''}" href="${escapeHtml(node.url.trim())}">${label}</a>`;
    })
    .join('');
}

const isBlank = (nodes: readonly InlineNode[]) =>
  nodes.every((node) => (node.type === 'text' ? node.text.trim() === '' : node.children.every((child) => child.text.trim() === '')));

function renderList(list: ListBlock): string {
  const tag = list.format === 'ordered' ? 'ol' : 'ul';
  const items: string[] = [];
  for (const child of list.children) {
    if (child.type === 'list') {
      // An indented list belongs inside the item before it.
      const nested = renderList(child);
      if (items.length > 0) items[items.length - 1] += nested;
      else items.push(nested);
    } else {
      items.push(renderInline(child.children));
    }
  }
  return `<${tag} class="usa-list">${items.map((item) => `<li>${item}</li>`).join('')}</${tag}>`;
}

type HeadingBlock = Extract<Block, { type: 'heading' }>;

/**
 * The HTML level of each heading. Editors often start at "heading 2" or skip a level, which would
 * break the page's outline (axe heading-order): the field's highest level used becomes
 * topHeadingLevel, each deeper level used one more, and no heading goes more than one level below
 * the heading before it.
 */
function headingLevels(blocks: readonly Block[], top: number): Map<Block, number> {
  const headings = blocks.filter((block): block is HeadingBlock => block.type === 'heading' && !isBlank(block.children));
  const used = [...new Set(headings.map((block) => block.level))].sort((a, b) => a - b);
  const levels = new Map<Block, number>();
  let previous = top - 1;
  for (const block of headings) {
    const level = Math.min(6, top + used.indexOf(block.level), previous + 1);
    levels.set(block, level);
    previous = level;
  }
  return levels;
}

function renderBlock(block: Block, options: Required<RichTextOptions>, levels: Map<Block, number>): string {
  switch (block.type) {
    case 'paragraph':
      return isBlank(block.children) ? '' : `<p>${renderInline(block.children)}</p>`;
    case 'heading': {
      const level = levels.get(block);
      return level === undefined ? '' : `<h${level}>${renderInline(block.children)}</h${level}>`;
    }
    case 'list':
      return renderList(block);
    case 'quote':
      return `<blockquote><p>${renderInline(block.children)}</p></blockquote>`;
    case 'code':
      return `<pre><code>${block.children.map((node) => escapeHtml(node.type === 'text' ? node.text : node.children.map((c) => c.text).join(''))).join('')}</code></pre>`;
    case 'image': {
      const { url, alternativeText, caption } = block.image;
      const src = url.startsWith('/') && !url.startsWith('//') ? `${options.mediaBaseUrl.replace(/\/$/, '')}${url}` : url;
      if (!/^https?:\/\//i.test(src) && !src.startsWith('/')) return '';
      if (!isSafeHref(src)) return '';
      const figcaption = caption ? `<figcaption>${escapeHtml(caption)}</figcaption>` : '';
      return `<figure class="rich-text__figure"><img src="${escapeHtml(src)}" alt="${escapeHtml(alternativeText ?? '')}" loading="lazy">${figcaption}</figure>`;
    }
  }
}

/** HTML for a rich-text field; empty string for an empty field. */
export function renderRichText(blocks: readonly Block[] | null, options: RichTextOptions = {}): string {
  if (!blocks) return '';
  const resolved: Required<RichTextOptions> = { topHeadingLevel: options.topHeadingLevel ?? 2, mediaBaseUrl: options.mediaBaseUrl ?? '' };
  const levels = headingLevels(blocks, resolved.topHeadingLevel);
  return blocks.map((block) => renderBlock(block, resolved, levels)).join('');
}
