// @ts-check
// Compiling USWDS's Sass takes about 5 s of CPU, and Vite did it in every build (twice: server and
// client), so each publish paid it again. The compiled CSS is kept on disk under a hash of what
// decides it (the entry file, the rewrite to logical sides, the versions of USWDS and Sass), and
// Vite reads that file as plain CSS. A change to uswds.scss or an upgrade makes a new hash, so a stale file is never used.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { toLogical } from './logical-css.mjs';

const ENTRY = fileURLToPath(new URL('./uswds.scss', import.meta.url));
const REWRITE = fileURLToPath(new URL('./logical-css.mjs', import.meta.url));
const ROOT = path.resolve(path.dirname(ENTRY), '..', '..');
/** @param {string} name */
// Read from node_modules directly: @uswds/uswds does not export its package.json.
const version = (name) => JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;

/**
 * Where the compiled CSS for the current sources lives (compiled now if it is not there yet).
 * @param {string[]} loadPaths
 */
export async function compiledUswdsFile(loadPaths) {
  const source = fs.readFileSync(ENTRY);
  const key = crypto.createHash('sha256').update(source).update(fs.readFileSync(REWRITE)).update(version('@uswds/uswds')).update(version('sass')).update(JSON.stringify(loadPaths)).digest('hex').slice(0, 16);
  // Inside the project, so Vite still resolves the icon URLs (@uswds/uswds/img/…) from node_modules.
  const file = path.join(ROOT, 'node_modules', '.cache', 'uswds-css', `uswds-${key}.css`);
  if (fs.existsSync(file)) return file;
  const sass = await import('sass');
  const { css } = await sass.compileAsync(ENTRY, { loadPaths, style: 'expanded', silenceDeprecations: ['import'] });
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Written whole, then renamed: a build running beside this one never reads half a file.
  const partial = `${file}.${process.pid}.tmp`;
  // Mirrored under dir="rtl" (Arabic): see logical-css.mjs.
  fs.writeFileSync(partial, toLogical(css));
  fs.renameSync(partial, file);
  return file;
}

/**
 * A Vite plugin that points imports of styles/uswds.scss at the compiled CSS.
 * @param {string[]} loadPaths
 */
export function precompiledUswds(loadPaths) {
  return {
    name: 'city:precompiled-uswds',
    enforce: /** @type {const} */ ('pre'),
    /** @param {string} source */
    async resolveId(source) {
      if (!source.endsWith('/styles/uswds.scss')) return null;
      return compiledUswdsFile(loadPaths);
    },
  };
}
