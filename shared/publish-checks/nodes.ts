/**
 * A lenient view of Strapi "blocks" rich text: drafts are checked before anything validates them,
 * so unknown shapes are skipped rather than trusted or rejected.
 */
export interface Node {
  type?: unknown;
  level?: unknown;
  url?: unknown;
  text?: unknown;
  image?: { alternativeText?: unknown; url?: unknown; name?: unknown } | null;
  children?: unknown;
}

export const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

export const childrenOf = (node: Node): Node[] => (Array.isArray(node.children) ? node.children.filter(isNode) : []);

/** A field holds blocks when it is a list of nodes that each have a type (an empty list counts). */
export const isBlocks = (value: unknown): value is Node[] =>
  Array.isArray(value) && value.every((item) => isNode(item) && typeof item.type === 'string');

/** The plain text under a node. */
export function textOf(node: Node): string {
  if (node.type === 'text') return typeof node.text === 'string' ? node.text : '';
  return childrenOf(node).map(textOf).join('');
}

/** Every node under the blocks, depth first, with its index path from the top-level block. */
export function* walk(nodes: Node[], path: number[] = []): Generator<{ node: Node; path: number[] }> {
  for (const [index, node] of nodes.entries()) {
    const here = [...path, index];
    yield { node, path: here };
    yield* walk(childrenOf(node), here);
  }
}

/** A quote short enough to show beside a finding. */
export function excerptOf(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** The prose of a block tree: one passage per paragraph, list item or quote (headings and code are not prose). */
export function* passages(nodes: Node[]): Generator<{ text: string; path: number[] }> {
  for (const { node, path } of walk(nodes)) {
    if (node.type === 'paragraph' || node.type === 'quote' || node.type === 'list-item') {
      const text = textOf(node).trim();
      if (text) yield { text, path };
    }
  }
}
