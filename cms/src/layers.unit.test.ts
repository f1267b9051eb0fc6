import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The CMS's layers, checked on the import statements: cms/src/lib is what several APIs share and
 * knows none of them; Open311 reaches the ticket backend only through its services (the intake),
 * never its internals; the shared package is reached by its name, never by a path into shared/.
 */
const SRC = __dirname;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'admin' && dir === SRC ? [] : sourceFiles(full);
    return /\.(ts|mjs)$/.test(entry.name) ? [full] : [];
  });
}

/** Every module a file imports, relative ones resolved to a path from cms/src. */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((match) => {
    const spec = match[1] ?? '';
    return spec.startsWith('.') ? path.relative(SRC, path.resolve(path.dirname(file), spec)) : spec;
  });
}

const files = sourceFiles(SRC).map((file) => ({ file: path.relative(SRC, file), imports: importsOf(file) }));
const offending = (from: (file: string) => boolean, forbidden: (target: string) => boolean) =>
  files.filter(({ file }) => from(file)).flatMap(({ file, imports }) => imports.filter(forbidden).map((target) => `${file} -> ${target}`));

describe('the CMS layers', () => {
  it('finds the code it checks', () => {
    expect(files.some(({ file }) => file.startsWith('lib/'))).toBe(true);
    expect(files.some(({ file }) => file.startsWith('api/open311/'))).toBe(true);
  });

  it('keeps cms/src/lib below every API', () => {
    expect(offending((file) => file.startsWith('lib/'), (target) => /^(api|bootstrap)\//.test(target))).toEqual([]);
  });

  it('lets Open311 reach the ticket backend through its services only', () => {
    expect(offending((file) => file.startsWith('api/open311/'), (target) => target.startsWith('api/service-request/') && !target.startsWith('api/service-request/services/'))).toEqual([]);
  });

  it('reaches the shared package by name, and never a path into shared/ or its removed open311', () => {
    expect(offending(() => true, (target) => /^(\.\.\/)+shared\//.test(target) || target === '@city/shared/open311')).toEqual([]);
  });
});
