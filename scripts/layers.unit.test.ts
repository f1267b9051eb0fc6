// The layers of the code, checked on every import: shared <- cms, shared <- site <- publisher.
// A lower layer never imports a higher one, the CMS and the site never import each other, and
// the islands (the code shipped to readers' browsers) import neither Node's modules nor the
// publisher's server.
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const LAYERS = ['shared', 'site', 'publisher', 'cms'] as const;
type Layer = (typeof LAYERS)[number];

/** Where each layer's code lives, relative to the root. */
const SOURCES: Record<Layer, string> = { shared: 'shared', site: 'site', publisher: 'publisher', cms: 'cms/src' };
/** The layers each layer may not import. */
const FORBIDDEN: Record<Layer, readonly Layer[]> = {
  shared: ['site', 'publisher', 'cms'],
  site: ['publisher', 'cms'],
  publisher: ['cms'],
  cms: ['site', 'publisher'],
};
/**
 * Imports that cross a layer on purpose, each with the reason. A contract test between two layers
 * is one; code that runs is never one.
 */
const CROSSINGS_ALLOWED: Record<string, string> = {
  // Checks the site's real queries against the CMS's GraphQL limits; it belongs with the other
  // tests that start both sides (cms/tests), where layers are not checked.
  'cms/src/graphql/selection-limits.unit.test.ts ../../../site/graphql/generated/graphql': 'contract test',
};
const BROWSER_ONLY = 'site/islands/';
/** Inside the site: build-time data (site/loaders) reads helpers from site/lib, never the reverse, and the browser's code never reads build-time data. */
const FOLDERS_FORBIDDEN: readonly [from: string, to: string][] = [
  ['site/lib/', 'site/loaders/'],
  ['site/islands/', 'site/loaders/'],
];
const EXTENSIONS = new Set(['.ts', '.tsx', '.astro', '.mjs', '.js', '.cjs']);
const SKIPPED_FOLDERS = new Set(['node_modules', 'dist', '.astro']);

const IMPORT_PATTERNS = [
  // import x from '…', import type { x } from '…', import '…', export { x } from '…' (over several lines too)
  /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"\n]+)['"]/g,
  /\bimport\(\s*['"]([^'"\n]+)['"]\s*\)/g,
  /\brequire\(\s*['"]([^'"\n]+)['"]\s*\)/g,
];

function importsOf(source: string): string[] {
  return IMPORT_PATTERNS.flatMap((pattern) => [...source.matchAll(pattern)].map((match) => match[1] ?? ''));
}

function layerOfPath(relative: string): Layer | null {
  for (const layer of LAYERS) {
    const folder = layer === 'cms' ? 'cms' : SOURCES[layer];
    if (relative === folder || relative.startsWith(`${folder}/`)) return layer;
  }
  return null;
}

/** The project path an import names (relative to the root), or null for a package outside the project. */
function pathOfImport(file: string, specifier: string): string | null {
  if (specifier.startsWith('@site/')) return `site/${specifier.slice('@site/'.length)}`;
  if (specifier === '@city/shared' || specifier.startsWith('@city/shared/')) return `shared${specifier.slice('@city/shared'.length)}`;
  if (!specifier.startsWith('.')) return null;
  return path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
}

const isNodeBuiltin = (specifier: string) => specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0] ?? '');

/** What is wrong with one file's imports; `file` is relative to the root, with forward slashes. */
function layerViolations(file: string, source: string): string[] {
  const layer = layerOfPath(file);
  if (!layer) return [];
  const problems: string[] = [];
  for (const specifier of importsOf(source)) {
    const targetPath = pathOfImport(file, specifier);
    const target = targetPath === null ? null : layerOfPath(targetPath);
    const allowed = `${file} ${specifier}` in CROSSINGS_ALLOWED;
    if (target && FORBIDDEN[layer].includes(target) && !allowed) problems.push(`${file}: imports '${specifier}' (${layer} must not import ${target})`);
    for (const [from, to] of FOLDERS_FORBIDDEN) {
      if (file.startsWith(from) && targetPath?.startsWith(to)) problems.push(`${file}: imports '${specifier}' (${from} must not import ${to})`);
    }
    if (file.startsWith(BROWSER_ONLY)) {
      if (isNodeBuiltin(specifier)) problems.push(`${file}: imports '${specifier}' (islands run in the browser: no Node modules)`);
    }
  }
  return problems;
}

function sourceFiles(folder: string): string[] {
  const files: string[] = [];
  for (const entry of fs.readdirSync(path.join(ROOT, folder), { withFileTypes: true })) {
    const relative = `${folder}/${entry.name}`;
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) files.push(...sourceFiles(relative));
    } else if (EXTENSIONS.has(path.extname(entry.name))) {
      files.push(relative);
    }
  }
  return files;
}

describe('layers', () => {
  it('finds every form of import', () => {
    const source = [
      "import fs from 'node:fs';",
      "import type { A } from './a';",
      "import {\n  b,\n  c,\n} from '../b';",
      "import './style.css';",
      "export * from './d.js';",
      "const e = await import('../e');",
      "const f = require('./f');",
    ].join('\n');
    expect(importsOf(source)).toEqual(['node:fs', './a', '../b', './style.css', './d.js', '../e', './f']);
  });

  it('names the file and the import that crosses a layer', () => {
    expect(layerViolations('site/islands/x/X.tsx', "import { createStaticHandler } from '../../../publisher/server/static';")).toEqual([
      "site/islands/x/X.tsx: imports '../../../publisher/server/static' (site must not import publisher)",
    ]);
    expect(layerViolations('site/islands/x/X.tsx', "import fs from 'fs';")).toHaveLength(1);
    expect(layerViolations('shared/forms/x.ts', "import { a } from '../../cms/src/a';")).toHaveLength(1);
    expect(layerViolations('cms/src/api/x.ts', "import { routes } from '@site/lib/config';")).toHaveLength(1);
    expect(layerViolations('site/lib/x.ts', "import type { CollectionName } from '../loaders/collections';")).toEqual([
      "site/lib/x.ts: imports '../loaders/collections' (site/lib/ must not import site/loaders/)",
    ]);
    // Going down is what layers are for.
    expect(layerViolations('publisher/server/x.ts', "import fs from 'node:fs';\nimport { a } from '../../site/lib/a';\nimport { b } from '@city/shared/routes';")).toEqual([]);
  });

  it('holds for every file of shared, site, publisher and cms/src', () => {
    const problems = LAYERS.flatMap((layer) => sourceFiles(SOURCES[layer])).flatMap((file) => layerViolations(file, fs.readFileSync(path.join(ROOT, file), 'utf8')));
    expect(problems).toEqual([]);
  });
});
