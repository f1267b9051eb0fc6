import { z } from 'zod';

/**
 * Strapi's "blocks" rich text. The recursive types are written out because zod cannot infer a
 * schema that refers to itself; each schema is checked against its type with `z.ZodType<T>`.
 */
export const textNodeSchema = z.object({
  type: z.literal('text'),
  text: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  underline: z.boolean().optional(),
  strikethrough: z.boolean().optional(),
  code: z.boolean().optional(),
});
export type TextNode = z.infer<typeof textNodeSchema>;

export const linkNodeSchema = z.object({
  type: z.literal('link'),
  /** Checked when rendering: an unsafe URL renders as plain text, never as a link. */
  url: z.string(),
  children: z.array(textNodeSchema),
});
export type LinkNode = z.infer<typeof linkNodeSchema>;

export const inlineNodeSchema = z.discriminatedUnion('type', [textNodeSchema, linkNodeSchema]);
export type InlineNode = z.infer<typeof inlineNodeSchema>;

export const listItemBlockSchema = z.object({ type: z.literal('list-item'), children: z.array(inlineNodeSchema) });
export type ListItemBlock = z.infer<typeof listItemBlockSchema>;

export interface ListBlock {
  type: 'list';
  format: 'ordered' | 'unordered';
  indentLevel?: number | undefined;
  children: (ListItemBlock | ListBlock)[];
}
export const listBlockSchema: z.ZodType<ListBlock> = z.lazy(() =>
  z.object({
    type: z.literal('list'),
    format: z.enum(['ordered', 'unordered']),
    indentLevel: z.number().int().nonnegative().optional(),
    children: z.array(z.union([listItemBlockSchema, listBlockSchema])),
  }),
);

export const imageBlockSchema = z.object({
  type: z.literal('image'),
  image: z.object({
    url: z.string(),
    alternativeText: z.string().nullish(),
    caption: z.string().nullish(),
    width: z.number().nullish(),
    height: z.number().nullish(),
  }),
  children: z.array(inlineNodeSchema),
});
export type ImageBlock = z.infer<typeof imageBlockSchema>;

export const paragraphBlockSchema = z.object({ type: z.literal('paragraph'), children: z.array(inlineNodeSchema) });
export const headingBlockSchema = z.object({
  type: z.literal('heading'),
  level: z.number().int().min(1).max(6),
  children: z.array(inlineNodeSchema),
});
export const quoteBlockSchema = z.object({ type: z.literal('quote'), children: z.array(inlineNodeSchema) });
export const codeBlockSchema = z.object({ type: z.literal('code'), language: z.string().optional(), children: z.array(inlineNodeSchema) });

export type ParagraphBlock = z.infer<typeof paragraphBlockSchema>;
export type HeadingBlock = z.infer<typeof headingBlockSchema>;
export type QuoteBlock = z.infer<typeof quoteBlockSchema>;
export type CodeBlock = z.infer<typeof codeBlockSchema>;
export type Block = ParagraphBlock | HeadingBlock | ListBlock | QuoteBlock | CodeBlock | ImageBlock;

/** One top-level block; an unknown block type fails validation, naming its path. */
export const blockSchema: z.ZodType<Block> = z.union([
  paragraphBlockSchema,
  headingBlockSchema,
  listBlockSchema,
  quoteBlockSchema,
  codeBlockSchema,
  imageBlockSchema,
]);

/** A rich-text field: absent (null) or a list of blocks. */
export const blocksSchema = z.array(blockSchema);
export type Blocks = z.infer<typeof blocksSchema>;
