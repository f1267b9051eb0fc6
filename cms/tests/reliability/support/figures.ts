import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { SCALE } from './scale';

/**
 * The figures a reliability test measured, written to `.cache/reliability/<id>.json` and turned
 * into docs/reliability.md by scripts/reliability.ts. A test writes its figures before it asserts,
 * so a failing run still reports what it saw.
 */
// import.meta.url, not __dirname: scripts/reliability.ts loads this file as an ES module.
export const ROOT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
export const FIGURES_DIR = path.join(ROOT_DIR, '.cache', 'reliability');

export const figureSchema = z.object({
  /** What was counted, e.g. "answered 5xx". */
  label: z.string(),
  value: z.union([z.number(), z.string()]),
  /** The invariant, when there is one, e.g. "= 0". */
  must: z.string().optional(),
  /** Whether the value meets `must`. */
  ok: z.boolean().optional(),
});

export const tableSchema = z.object({
  title: z.string(),
  columns: z.array(z.string()),
  rows: z.array(z.array(z.string())),
});

export const sectionFiguresSchema = z.object({
  /** File name and sort key, e.g. `1-bad-input` or `3-crashes-postgres`. */
  id: z.string(),
  /** The report's item this belongs to (1 to 8). */
  item: z.number().int(),
  title: z.string(),
  scale: z.enum(['short', 'full']),
  measuredAt: z.string(),
  durationSeconds: z.number(),
  figures: z.array(figureSchema),
  tables: z.array(tableSchema).default([]),
  notes: z.array(z.string()).default([]),
});

export type Figure = z.infer<typeof figureSchema>;
export type FigureTable = z.infer<typeof tableSchema>;
export type SectionFigures = z.infer<typeof sectionFiguresSchema>;

/** A figure with an invariant: `must` is "= N" or "≥ N" (or "≤ N"). */
export function checked(label: string, value: number, must: string): Figure {
  const match = /^([=≥≤])\s*([\d.]+)$/.exec(must);
  if (!match) throw new Error(`unknown invariant ${must}`);
  const bound = Number(match[2]);
  const ok = match[1] === '=' ? value === bound : match[1] === '≥' ? value >= bound : value <= bound;
  return { label, value, must, ok };
}

export function writeFigures(section: Omit<z.input<typeof sectionFiguresSchema>, 'scale' | 'measuredAt'>): void {
  const full: SectionFigures = sectionFiguresSchema.parse({ ...section, scale: SCALE, measuredAt: new Date().toISOString() });
  fs.mkdirSync(FIGURES_DIR, { recursive: true });
  fs.writeFileSync(path.join(FIGURES_DIR, `${full.id}.json`), `${JSON.stringify(full, null, 2)}\n`);
}

export function readAllFigures(): SectionFigures[] {
  if (!fs.existsSync(FIGURES_DIR)) return [];
  return fs
    .readdirSync(FIGURES_DIR)
    .filter((name) => name.endsWith('.json') && !name.startsWith('_'))
    .map((name) => sectionFiguresSchema.parse(JSON.parse(fs.readFileSync(path.join(FIGURES_DIR, name), 'utf8'))))
    .sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
}
