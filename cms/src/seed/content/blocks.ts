import type { Block, ListItem } from '../types';

/** Plain paragraphs as Strapi blocks. */
export const paragraphs = (...texts: string[]): Block[] =>
  texts.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));

export const heading = (text: string, level: 2 | 3 | 4 = 2): Block => ({ type: 'heading', level, children: [{ type: 'text', text }] });

export const bulletList = (...items: string[]): Block => ({
  type: 'list',
  format: 'unordered',
  children: items.map((text) => ({ type: 'list-item', children: [{ type: 'text', text }] })),
});

export const listItems = (...texts: string[]): ListItem[] => texts.map((text) => ({ text }));
